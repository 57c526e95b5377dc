import "@patternfly/react-core/dist/styles/base.css";
// PatternFly's utility classes (pf-v5-u-*), which Keycloak's own components use for spacing, as its app does.
import "@patternfly/patternfly/patternfly-addons.css";
// The styles of the components the package bundles (its masthead, menu and pages). The package
// exports no path to them, hence the file itself.
import "../node_modules/@keycloak/keycloak-account-ui/lib/keycloak-account-ui.css";
import "./account-console.css";

import { KeycloakProvider } from "@keycloak/keycloak-account-ui";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter, RouterProvider } from "react-router-dom";
import { environment } from "./environment";
import { i18n } from "./i18n";
import { routes } from "./routes";

await i18n.init();

const router = createBrowserRouter(routes);

createRoot(document.getElementById("app")!).render(
  <StrictMode>
    <KeycloakProvider environment={environment}>
      <RouterProvider router={router} />
    </KeycloakProvider>
  </StrictMode>,
);
