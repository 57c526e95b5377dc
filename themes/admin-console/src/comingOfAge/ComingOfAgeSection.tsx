import { ViewHeader } from "@keycloak/keycloak-admin-ui";
import {
  Alert,
  EmptyState,
  EmptyStateBody,
  EmptyStateHeader,
  Label,
  PageSection,
  Pagination,
  Spinner,
  ToggleGroup,
  ToggleGroupItem,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { usePatientAccessApi } from "../api/usePatientAccessApi";
import { usePaginationTitles } from "../components/usePaginationTitles";
import { useFormats } from "../formats";
import { toPatient } from "../patients/patientPaths";
import { useApiData } from "../patients/useApiData";
import { AgeBandsSetting } from "./AgeBandsSetting";
import { type ComingOfAgeKind, useComingOfAgeApi } from "./comingOfAgeApi";
import { useAgeBandWords } from "./useAgeBandWords";

const DAYS = [30, 90, 365];

/**
 * "Coming of age": the records reaching the age of majority (or the own-account age, or one of the
 * realm's age bands) soon, the soonest first, and the realm's age-band setting.
 */
export default function ComingOfAgeSection() {
  const { t } = useTranslation();
  const format = useFormats();
  const { realm } = usePatientAccessApi();
  const api = useComingOfAgeApi();
  const [kind, setKind] = useState<ComingOfAgeKind>("majority");
  const [days, setDays] = useState(30);
  const [{ first, max }, setPaging] = useState({ first: 0, max: 20 });
  const { data: page, error } = useApiData(() => api.list({ kind, days, first, max }), [api, kind, days, first, max]);
  // Every page says whether the realm sets an own-account age at all.
  const ownAccountAge = page?.ownAccountAge;
  const hasAgeBands = (page?.ageBands.bands.length ?? 0) > 0;
  const bandWords = useAgeBandWords();
  const dayHeading = {
    majority: "patientAccess.comingOfAge.day",
    "own-account": "patientAccess.comingOfAge.ownAccountDay",
    "age-band": "patientAccess.comingOfAge.ageBandDay",
  }[kind];

  const choose = (next: { kind?: ComingOfAgeKind; days?: number }) => {
    if (next.kind) setKind(next.kind);
    if (next.days) setDays(next.days);
    setPaging({ first: 0, max });
  };
  const titles = {
    top: usePaginationTitles(t("patientAccess.comingOfAge.pagination", { context: "top" })),
    bottom: usePaginationTitles(t("patientAccess.comingOfAge.pagination", { context: "bottom" })),
  };
  const pagination = (variant: "top" | "bottom") => (
    <Pagination
      variant={variant}
      isCompact={variant === "top"}
      itemCount={page?.total ?? 0}
      page={Math.floor(first / max) + 1}
      perPage={max}
      perPageOptions={[10, 20, 50, 100].map((value) => ({ title: `${value}`, value }))}
      onSetPage={(_, chosen) => setPaging({ first: (chosen - 1) * max, max })}
      onPerPageSelect={(_, perPage) => setPaging({ first: 0, max: perPage })}
      titles={titles[variant]}
    />
  );

  return (
    <>
      <ViewHeader titleKey="patientAccess.comingOfAgeNav" subKey="patientAccess.comingOfAge.intro" />
      <PageSection variant="light">
        <Toolbar>
          <ToolbarContent>
            {(ownAccountAge !== undefined || hasAgeBands || kind !== "majority") && (
              <ToolbarItem>
                <ToggleGroup aria-label={t("patientAccess.comingOfAge.kindFilter")}>
                  <ToggleGroupItem
                    text={t("patientAccess.comingOfAge.kind.majority", { age: page?.ageOfMajority })}
                    buttonId="coming-of-age-majority"
                    isSelected={kind === "majority"}
                    onChange={() => choose({ kind: "majority" })}
                  />
                  {ownAccountAge !== undefined && (
                    <ToggleGroupItem
                      text={t("patientAccess.comingOfAge.kind.ownAccount", { age: ownAccountAge })}
                      buttonId="coming-of-age-own-account"
                      isSelected={kind === "own-account"}
                      onChange={() => choose({ kind: "own-account" })}
                    />
                  )}
                  {(hasAgeBands || kind === "age-band") && (
                    <ToggleGroupItem
                      text={t("patientAccess.comingOfAge.kind.ageBand")}
                      buttonId="coming-of-age-age-band"
                      isSelected={kind === "age-band"}
                      onChange={() => choose({ kind: "age-band" })}
                    />
                  )}
                </ToggleGroup>
              </ToolbarItem>
            )}
            <ToolbarItem>
              <ToggleGroup aria-label={t("patientAccess.comingOfAge.daysFilter")}>
                {DAYS.map((each) => (
                  <ToggleGroupItem
                    key={each}
                    text={t("patientAccess.comingOfAge.nextDays", { count: each })}
                    buttonId={`coming-of-age-${each}`}
                    isSelected={days === each}
                    onChange={() => choose({ days: each })}
                  />
                ))}
              </ToggleGroup>
            </ToolbarItem>
            <ToolbarItem variant="pagination">{pagination("top")}</ToolbarItem>
          </ToolbarContent>
        </Toolbar>
        {page && <AgeBandsSetting ageBands={page.ageBands} />}
        {error && (
          <Alert isInline component="h2" variant="danger" title={t("patientAccess.comingOfAge.listFailed")}>
            {error.message}
          </Alert>
        )}
        {!page && !error && <Spinner aria-label={t("patientAccess.comingOfAge.loading")} />}
        {page && page.entries.length === 0 && (
          <EmptyState>
            <EmptyStateHeader titleText={t("patientAccess.comingOfAge.empty", { count: days })} headingLevel="h2" />
            <EmptyStateBody>{t("patientAccess.comingOfAge.emptyBody")}</EmptyStateBody>
          </EmptyState>
        )}
        {page && page.entries.length > 0 && (
          <>
            <Table aria-label={t("patientAccess.comingOfAgeNav")} variant="compact">
              <Thead>
                <Tr>
                  <Th modifier="wrap">{t("patientAccess.comingOfAge.patient")}</Th>
                  <Th modifier="wrap">{t("patientAccess.comingOfAge.birthDate")}</Th>
                  <Th modifier="wrap">{t(dayHeading)}</Th>
                  <Th modifier="wrap">
                    {t(kind === "age-band" ? "patientAccess.comingOfAge.ageBandDoes" : "patientAccess.comingOfAge.grantsEnding")}
                  </Th>
                  <Th modifier="wrap">{t("patientAccess.comingOfAge.continuedGuardianship")}</Th>
                  <Th modifier="wrap">{t("patientAccess.comingOfAge.notice")}</Th>
                </Tr>
              </Thead>
              <Tbody>
                {page.entries.map(({ patient, day, comingOfAge, ageBand }) => (
                  <Tr key={`${patient.id}-${day}`}>
                    <Td dataLabel={t("patientAccess.comingOfAge.patient")}>
                      <Link to={toPatient(realm, patient.id!, "details")}>{`${patient.firstName} ${patient.lastName}`}</Link>
                    </Td>
                    <Td dataLabel={t("patientAccess.comingOfAge.birthDate")}>{format.date(patient.birthDate)}</Td>
                    <Td dataLabel={t(dayHeading)}>{format.date(day)}</Td>
                    {ageBand ? (
                      <Td dataLabel={t("patientAccess.comingOfAge.ageBandDoes")}>{bandWords(ageBand.band)}</Td>
                    ) : (
                      <Td dataLabel={t("patientAccess.comingOfAge.grantsEnding")}>{comingOfAge.guardianGrantsEnding}</Td>
                    )}
                    <Td dataLabel={t("patientAccess.comingOfAge.continuedGuardianship")}>
                      {comingOfAge.continuedGuardianship ? (
                        <Label color="orange" title={comingOfAge.continuedGuardianship.reason}>
                          {t("patientAccess.comingOfAge.kept")}
                        </Label>
                      ) : (
                        t("patientAccess.comingOfAge.none")
                      )}
                    </Td>
                    <Td dataLabel={t("patientAccess.comingOfAge.notice")}>
                      {(ageBand ? ageBand.noticeSentAt : comingOfAge.noticeSentAt)
                        ? format.date((ageBand ? ageBand.noticeSentAt : comingOfAge.noticeSentAt)!)
                        : t("patientAccess.comingOfAge.notSent")}
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
            {pagination("bottom")}
          </>
        )}
      </PageSection>
    </>
  );
}
