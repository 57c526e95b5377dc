import type { AccountEnvironment } from "@keycloak/keycloak-account-ui";

/** The settings Keycloak's account index.ftl writes into the page (element `#environment`). */
export const environment: AccountEnvironment = JSON.parse(
  document.getElementById("environment")!.textContent!,
);
