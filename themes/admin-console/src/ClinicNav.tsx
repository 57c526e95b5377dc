import { PageNav, useAccess, useRealm } from "@keycloak/keycloak-admin-ui";
import {
  Badge,
  Nav,
  NavGroup,
  PageSidebar,
  PageSidebarBody,
} from "@patternfly/react-core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router-dom";
import { usePendingRegistrations } from "./registrations/usePendingRegistrations";

const ClinicLink = ({ to, children }: { to: string; children: ReactNode }) => (
  <li className="pf-v5-c-nav__item">
    <NavLink
      to={to}
      className={({ isActive }) => `pf-v5-c-nav__link${isActive ? " pf-m-current" : ""}`}
    >
      {children}
    </NavLink>
  </li>
);

/** The clinic's pages first, then Keycloak's own navigation, in one sidebar. */
export const ClinicNav = () => {
  const { t } = useTranslation();
  const { hasAccess } = useAccess();
  const { realm } = useRealm();
  const pending = usePendingRegistrations();
  const base = `/${encodeURIComponent(realm)}`;

  return (
    <PageSidebar className="clinic-nav">
      {hasAccess("view-users") && (
        <PageSidebarBody isFilled={false}>
          <Nav aria-label={t("patientAccess.nav")}>
            <NavGroup title={t("patientAccess.nav")}>
              <ClinicLink to={`${base}/patients`}>{t("patientAccess.patients")}</ClinicLink>
              <ClinicLink to={`${base}/online-registrations`}>
                {t("patientAccess.onlineRegistrations")}
                {pending > 0 && (
                  // A nav link lays out as flex, which drops a space between the label and the badge.
                  <Badge className="pf-v5-u-ml-sm" aria-label={t("patientAccess.pendingCount", { count: pending })}>
                    {pending}
                  </Badge>
                )}
              </ClinicLink>
              <ClinicLink to={`${base}/possible-duplicates`}>
                {t("patientAccess.possibleDuplicates")}
              </ClinicLink>
              <ClinicLink to={`${base}/recent-merges`}>{t("patientAccess.recentMerges")}</ClinicLink>
              <ClinicLink to={`${base}/coming-of-age`}>{t("patientAccess.comingOfAgeNav")}</ClinicLink>
              <ClinicLink to={`${base}/grant-reviews`}>{t("patientAccess.reviewsNav")}</ClinicLink>
            </NavGroup>
          </Nav>
        </PageSidebarBody>
      )}
      <PageNav />
    </PageSidebar>
  );
};
