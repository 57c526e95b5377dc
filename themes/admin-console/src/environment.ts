import type { AdminEnvironment } from "@keycloak/keycloak-admin-ui";

/** The settings Keycloak's admin index.ftl writes into the page (element `#environment`). */
export const environment: AdminEnvironment = JSON.parse(
  document.getElementById("environment")!.textContent!,
);
