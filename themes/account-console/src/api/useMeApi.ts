import { useEnvironment, type AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { useMemo } from "react";
import { createMeApi } from "./client";

/** The person's API, with the token of the account console's own sign-in. */
export function useMeApi() {
  const { environment, keycloak } = useEnvironment<AccountEnvironment>();
  return useMemo(() => createMeApi(environment, keycloak), [environment, keycloak]);
}
