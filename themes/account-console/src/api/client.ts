import type { AccountEnvironment } from "@keycloak/keycloak-account-ui";
import type Keycloak from "keycloak-js";
import createClient, { type Middleware } from "openapi-fetch";
import type { components, paths } from "./schema";

type Schemas = components["schemas"];
export type MyPatient = Schemas["MyPatient"];
export type MyAccountGrant = Schemas["MyAccountGrant"];
export type MyInvitation = Schemas["MyInvitation"];
export type MyActivityPerson = Schemas["MyActivityPerson"];
export type MyActivityPage = Schemas["MyActivityPage"];
export type MyActivityEntry = Schemas["MyActivityEntry"];
export type MyActivityWho = Schemas["MyActivityWho"];
export type AssentRequest = Schemas["AssentRequest"];
export type Relationship = MyPatient["relationship"];
export type Permission = MyPatient["permissions"][number];
export type Contact = { email: string | null; phone: string | null };
export type NewDependent = {
  firstName: string;
  lastName: string;
  birthDate: string;
  email?: string;
  phone?: string;
};

/** An answer of the person's API that was not a success, in the API's own words. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The message for each field the API named (a 400 names one or several). */
    readonly fieldErrors: Record<string, string> = {},
    /** A 429's Retry-After: in how many seconds the API accepts the call again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

type ErrorBody = {
  errorMessage?: string;
  error?: string;
  field?: string;
  errors?: { field?: string; errorMessage?: string }[];
};

/** Returns the data of a call, or throws an ApiError carrying the API's message. */
export async function ok<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  const body = (typeof error === "object" && error ? error : {}) as ErrorBody;
  const fieldErrors: Record<string, string> = {};
  for (const { field, errorMessage } of body.errors ?? []) {
    if (field && errorMessage) fieldErrors[field] = errorMessage;
  }
  if (body.field && body.errorMessage) fieldErrors[body.field] ??= body.errorMessage;
  const retryAfter = Number(response.headers.get("Retry-After"));
  throw new ApiError(
    response.status,
    body.errorMessage ?? body.error ?? response.statusText,
    fieldErrors,
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
  );
}

/**
 * The signed-in person's API (/realms/{realm}/patient-access/me), typed from docs/openapi.yaml and
 * called with the account console's own access token, which carries the API's audience.
 */
export function createMeApi(environment: AccountEnvironment, keycloak: Keycloak) {
  const client = createClient<paths>({ baseUrl: environment.serverBaseUrl });
  const authenticate: Middleware = {
    async onRequest({ request }) {
      await keycloak.updateToken(5);
      request.headers.set("Authorization", `Bearer ${keycloak.token}`);
      return request;
    },
  };
  client.use(authenticate);
  const realm = { realm: environment.realm };
  const grant = (grantId: string) => ({ path: { ...realm, grantId } });
  const invitation = (invitationId: string) => ({ path: { ...realm, invitationId } });

  return {
    formats: (signal?: AbortSignal) =>
      ok(client.GET("/realms/{realm}/patient-access/me/formats", { params: { path: realm }, signal })),
    patients: (signal?: AbortSignal) =>
      ok(client.GET("/realms/{realm}/patient-access/me/patients", { params: { path: realm }, signal })),
    leave: (grantId: string) =>
      ok(client.DELETE("/realms/{realm}/patient-access/me/patients/{grantId}", { params: grant(grantId) })),
    correctContact: (grantId: string, contact: Contact) =>
      ok(
        client.PUT("/realms/{realm}/patient-access/me/patients/{grantId}/contact", {
          params: grant(grantId),
          // The contract types both as strings; null clears as "" does.
          body: contact as Schemas["Contact"],
        }),
      ),
    confirmEmail: (grantId: string, email: string) =>
      ok(
        client.POST("/realms/{realm}/patient-access/me/patients/{grantId}/email-confirmation", {
          params: grant(grantId),
          // Only this address is confirmed: 409 when the record holds another since it was read.
          body: { email },
        }),
      ),
    accounts: (signal?: AbortSignal) =>
      ok(client.GET("/realms/{realm}/patient-access/me/accounts", { params: { path: realm }, signal })),
    revoke: (grantId: string) =>
      ok(client.DELETE("/realms/{realm}/patient-access/me/accounts/{grantId}", { params: grant(grantId) })),
    giveAssent: (grantId: string, assent: AssentRequest) =>
      ok(
        client.PUT("/realms/{realm}/patient-access/me/accounts/{grantId}/assent", {
          params: grant(grantId),
          body: assent,
        }),
      ),
    withdrawAssent: (grantId: string) =>
      ok(client.DELETE("/realms/{realm}/patient-access/me/accounts/{grantId}/assent", { params: grant(grantId) })),
    invitations: (signal?: AbortSignal) =>
      ok(client.GET("/realms/{realm}/patient-access/me/invitations", { params: { path: realm }, signal })),
    accept: (invitationId: string) =>
      ok(
        client.POST("/realms/{realm}/patient-access/me/invitations/{invitationId}/accept", {
          params: invitation(invitationId),
        }),
      ),
    decline: (invitationId: string) =>
      ok(
        client.POST("/realms/{realm}/patient-access/me/invitations/{invitationId}/decline", {
          params: invitation(invitationId),
        }),
      ),
    activityPeople: (signal?: AbortSignal) =>
      ok(client.GET("/realms/{realm}/patient-access/me/activity", { params: { path: realm }, signal })),
    activity: (grantId: string, first: number, max: number, signal?: AbortSignal) =>
      ok(
        client.GET("/realms/{realm}/patient-access/me/patients/{grantId}/activity", {
          params: { ...grant(grantId), query: { first, max } },
          signal,
        }),
        // Asked without format=csv, the answer is the JSON page (the contract also lists the CSV).
      ) as Promise<MyActivityPage>,
    /** The whole activity (up to the API's export limit) as the CSV file the API writes. */
    activityCsv: (grantId: string) =>
      ok(
        client.GET("/realms/{realm}/patient-access/me/patients/{grantId}/activity", {
          params: { ...grant(grantId), query: { format: "csv" } },
          parseAs: "blob",
        }),
      ) as Promise<Blob>,
    addDependent: (dependent: NewDependent) =>
      ok(
        client.POST("/realms/{realm}/patient-access/me/dependents", {
          params: { path: realm },
          body: dependent,
        }),
      ),
  };
}

export type MeApi = ReturnType<typeof createMeApi>;
