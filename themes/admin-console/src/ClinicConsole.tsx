import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import {
  AdminClientContext,
  AppContexts,
  Header,
  initAdminClient,
  PageBreadCrumbs,
  useEnvironment,
  useWhoAmI,
  type AdminEnvironment,
} from "@keycloak/keycloak-admin-ui";
import { Page, Spinner } from "@patternfly/react-core";
import { Suspense, useEffect, useState } from "react";
import { Outlet } from "react-router-dom";
import { ClinicNav } from "./ClinicNav";
import { FormatsProvider } from "./formats";
import { i18n } from "./i18n";

/** The language the signed-in staff member chose in Keycloak, for our pages and Keycloak's. */
const FollowStaffLanguage = () => {
  const { whoAmI } = useWhoAmI();
  useEffect(() => {
    if (whoAmI.locale && whoAmI.locale !== i18n.language) {
      void i18n.changeLanguage(whoAmI.locale);
    }
  }, [whoAmI.locale]);
  return null;
};

/**
 * Keycloak's admin console frame (its header, contexts and pages) with the clinic's entries in the
 * navigation: the stock App, except for the sidebar, which the package does not let us extend.
 */
export const ClinicConsole = () => {
  const { keycloak, environment } = useEnvironment<AdminEnvironment>();
  const [adminClient, setAdminClient] = useState<KeycloakAdminClient>();

  useEffect(() => {
    initAdminClient(keycloak, environment).then(setAdminClient).catch(console.error);
  }, []);

  if (!adminClient) return <Spinner aria-label="Loading" />;
  return (
    <AdminClientContext.Provider value={{ keycloak, adminClient }}>
      <AppContexts>
        <FollowStaffLanguage />
        <FormatsProvider>
          <Page
            header={<Header />}
            isManagedSidebar
            sidebar={<ClinicNav />}
            breadcrumb={<PageBreadCrumbs />}
            mainContainerId="kc-main-content-page-container"
          >
            <Suspense fallback={<Spinner aria-label="Loading" />}>
              <Outlet />
            </Suspense>
          </Page>
        </FormatsProvider>
      </AppContexts>
    </AdminClientContext.Provider>
  );
};
