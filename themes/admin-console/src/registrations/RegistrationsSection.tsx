import { ViewHeader } from "@keycloak/keycloak-admin-ui";
import {
  Alert,
  EmptyState,
  EmptyStateBody,
  EmptyStateHeader,
  PageSection,
  Spinner,
  ToggleGroup,
  ToggleGroupItem,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router-dom";
import { usePatientAccessApi } from "../api/usePatientAccessApi";
import { NextPagePagination } from "../components/NextPagePagination";
import { DecisionAlert, type Decision } from "./DecisionAlert";
import { LinkingNotice } from "./LinkingNotice";
import { RegistrationQueueTable } from "./RegistrationQueueTable";
import { type QueueFilter, useRegistrationQueue } from "./useRegistrationQueue";

/** "Online registrations": the queue of people who registered and wait for staff, pending first. */
export default function RegistrationsSection() {
  const { t } = useTranslation();
  const { realm } = usePatientAccessApi();
  const decided = (useLocation().state as { decided?: Decision } | null)?.decided;
  const [filter, setFilter] = useState<QueueFilter>("pending");
  const [{ first, max }, setPaging] = useState({ first: 0, max: 10 });
  const { page, error } = useRegistrationQueue(first, max, filter);

  const choose = (chosen: QueueFilter) => {
    setFilter(chosen);
    setPaging({ first: 0, max });
  };
  const pagination = (variant: "top" | "bottom") => (
    <NextPagePagination
      first={first}
      max={max}
      shown={page?.rows.length ?? 0}
      hasNext={page?.hasNext ?? false}
      onChange={(nextFirst, nextMax) => setPaging({ first: nextFirst, max: nextMax })}
      variant={variant}
      aria-label={t("patientAccess.registrations.pagination", { context: variant })}
    />
  );

  return (
    <>
      <ViewHeader
        titleKey="patientAccess.onlineRegistrations"
        subKey="patientAccess.registrations.intro"
      />
      <PageSection variant="light">
        <LinkingNotice />
        {decided && <DecisionAlert realm={realm} decided={decided} />}
        <Toolbar>
          <ToolbarContent>
            <ToolbarItem>
              <ToggleGroup aria-label={t("patientAccess.registrations.filter")}>
                <ToggleGroupItem
                  text={t("patientAccess.registrations.filterPending")}
                  buttonId="registrations-pending"
                  isSelected={filter === "pending"}
                  onChange={() => choose("pending")}
                />
                <ToggleGroupItem
                  text={t("patientAccess.registrations.filterAll")}
                  buttonId="registrations-all"
                  isSelected={filter === "all"}
                  onChange={() => choose("all")}
                />
              </ToggleGroup>
            </ToolbarItem>
            <ToolbarItem variant="pagination">{pagination("top")}</ToolbarItem>
          </ToolbarContent>
        </Toolbar>
        {error && (
          <Alert
            isInline
            component="h2"
            variant="danger"
            title={t("patientAccess.registrations.loadFailed")}
          >
            {error.message}
          </Alert>
        )}
        {!page && !error && <Spinner aria-label={t("patientAccess.registrations.loading")} />}
        {page && page.rows.length === 0 && (
          <EmptyState>
            <EmptyStateHeader
              titleText={t(
                filter === "pending"
                  ? "patientAccess.registrations.emptyPending"
                  : "patientAccess.registrations.emptyAll",
              )}
              headingLevel="h2"
            />
            <EmptyStateBody>{t("patientAccess.registrations.emptyBody")}</EmptyStateBody>
          </EmptyState>
        )}
        {page && page.rows.length > 0 && (
          <>
            <RegistrationQueueTable realm={realm} rows={page.rows} />
            {pagination("bottom")}
          </>
        )}
      </PageSection>
    </>
  );
}
