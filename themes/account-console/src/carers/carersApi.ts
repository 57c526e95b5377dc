import { useEnvironment, type AccountEnvironment } from "@keycloak/keycloak-account-ui";
import type Keycloak from "keycloak-js";
import createClient, { type Middleware } from "openapi-fetch";
import { useMemo } from "react";
import { ok } from "../api/client";
import type { components, paths } from "../api/schema";

export type Carers = components["schemas"]["Carers"];
export type CarerInvitation = components["schemas"]["CarerInvitation"];
export type CarerGrant = components["schemas"]["CarerGrant"];

/** The person's API for the temporary carers of one record they act for, through their grant on it. */
function createCarersApi(environment: AccountEnvironment, keycloak: Keycloak) {
  const client = createClient<paths>({ baseUrl: environment.serverBaseUrl });
  const authenticate: Middleware = {
    async onRequest({ request }) {
      await keycloak.updateToken(5);
      request.headers.set("Authorization", `Bearer ${keycloak.token}`);
      return request;
    },
  };
  client.use(authenticate);
  const realm = environment.realm;
  const base = "/realms/{realm}/patient-access/me/patients/{grantId}/carers" as const;

  return {
    list: (grantId: string, signal?: AbortSignal) =>
      ok(client.GET(base, { params: { path: { realm, grantId } }, signal })),
    invite: (grantId: string, email: string, until: string) =>
      ok(client.POST(base, { params: { path: { realm, grantId } }, body: { email, until } })),
    resend: (grantId: string, invitationId: string) =>
      ok(client.POST(`${base}/invitations/{invitationId}/resend`, { params: { path: { realm, grantId, invitationId } } })),
    withdraw: (grantId: string, invitationId: string) =>
      ok(client.DELETE(`${base}/invitations/{invitationId}`, { params: { path: { realm, grantId, invitationId } } })),
    end: (grantId: string, carerGrantId: string) =>
      ok(client.DELETE(`${base}/grants/{carerGrantId}`, { params: { path: { realm, grantId, carerGrantId } } })),
  };
}

export function useCarersApi() {
  const { environment, keycloak } = useEnvironment<AccountEnvironment>();
  return useMemo(() => createCarersApi(environment, keycloak), [environment, keycloak]);
}
