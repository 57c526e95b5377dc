import { Header, PageNav } from "@keycloak/keycloak-account-ui";
import { Page, Spinner } from "@patternfly/react-core";
import { Suspense, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Outlet, useLocation } from "react-router-dom";

/** PatternFly's breakpoint from which the menu sits beside the page instead of over it. */
const WIDE = "(min-width: 1200px)";
const isWide = () => window.matchMedia(WIDE).matches;
/** The menu button of Keycloak's masthead, by the id it has there. */
const MENU_BUTTON_ID = "nav-toggle";
/** The masthead's account menu on a phone, which Keycloak 26.7 leaves without a name (axe: button-name). */
const PHONE_ACCOUNT_MENU = '[data-testid="options-kebab-toggle"]';

/**
 * Keycloak's account console frame (its masthead and its menu, read from our content.json) around
 * the page of the current route, stock or ours.
 *
 * The package's masthead and menu bring their own copy of PatternFly, so its menu button cannot
 * reach our Page's sidebar state: the menu would stay open over the page on a phone. This frame
 * keeps that state itself, toggled by that button, and hides the menu while it is closed.
 */
export function AccountConsole() {
  const [isNavOpen, setNavOpen] = useState(isWide);
  const { pathname } = useLocation();
  const { t } = useTranslation();

  // On a phone the menu covers the page: a chosen page closes it.
  useEffect(() => {
    if (!isWide()) setNavOpen(false);
  }, [pathname]);

  useEffect(() => {
    const toggleOnMenuButton = (event: MouseEvent) => {
      if ((event.target as Element).closest(`#${MENU_BUTTON_ID}`)) setNavOpen((open) => !open);
    };
    document.addEventListener("click", toggleOnMenuButton, true);
    return () => document.removeEventListener("click", toggleOnMenuButton, true);
  }, []);

  useEffect(() => {
    document.getElementById(MENU_BUTTON_ID)?.setAttribute("aria-expanded", String(isNavOpen));
    document.querySelector(PHONE_ACCOUNT_MENU)?.setAttribute("aria-label", t("clinic.accountMenu"));
  });

  return (
    <Page
      header={<Header />}
      sidebar={
        <div className={isNavOpen ? "clinic-nav" : "clinic-nav clinic-nav-closed"}>
          <PageNav />
        </div>
      }
    >
      <Suspense fallback={<Spinner />}>
        <Outlet />
      </Suspense>
    </Page>
  );
}
