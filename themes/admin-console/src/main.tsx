import "@patternfly/react-core/dist/styles/base.css";
// PatternFly's utility classes (pf-v5-u-*), which Keycloak's own components use for spacing, as its app does.
import "@patternfly/patternfly/patternfly-addons.css";
import "@keycloak/keycloak-admin-ui/styles.css";
import "./clinic-console.css";

import { KeycloakProvider } from "@keycloak/keycloak-admin-ui";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createHashRouter, RouterProvider } from "react-router-dom";
import { ClinicConsole } from "./ClinicConsole";
import { environment } from "./environment";
import { i18n } from "./i18n";
import { consoleRoutes } from "./routes";

await i18n.init();

const router = createHashRouter([
  { path: "/", element: <ClinicConsole />, children: consoleRoutes },
]);

createRoot(document.getElementById("app")!).render(
  <StrictMode>
    <KeycloakProvider environment={environment}>
      <RouterProvider router={router} />
    </KeycloakProvider>
  </StrictMode>,
);
