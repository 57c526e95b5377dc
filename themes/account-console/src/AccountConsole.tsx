import { Header, PageNav } from "@keycloak/keycloak-account-ui";
import { Page, Spinner } from "@patternfly/react-core";
import { Suspense } from "react";
import { Outlet } from "react-router-dom";

/**
 * Keycloak's account console frame (its masthead and its menu, read from our content.json) around
 * the page of the current route, stock or ours.
 */
export function AccountConsole() {
  return (
    <Page header={<Header />} sidebar={<PageNav />} isManagedSidebar>
      <Suspense fallback={<Spinner />}>
        <Outlet />
      </Suspense>
    </Page>
  );
}
