import { ViewHeader } from "@keycloak/keycloak-admin-ui";
import {
  Alert,
  Divider,
  EmptyState,
  EmptyStateBody,
  EmptyStateHeader,
  PageSection,
  Pagination,
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
import { useCanManage } from "../components/useCanManage";
import { usePaginationTitles } from "../components/usePaginationTitles";
import type { Grade } from "../registrations/registrationTypes";
import { type PairOutcome, PairOutcomeAlert } from "./PairOutcomeAlert";
import { PairsTable } from "./PairsTable";
import { ScanPanel } from "./ScanPanel";
import { usePairs } from "./usePairs";
import { useScan } from "./useScan";

const GRADES: Grade[] = ["certain", "probable", "possible"];

/** "Possible duplicates": the latest scan of the realm's records and the pairs it found, best first. */
export default function PossibleDuplicates() {
  const { t } = useTranslation();
  const { realm } = usePatientAccessApi();
  const canManage = useCanManage();
  const done = (useLocation().state as { done?: PairOutcome } | null)?.done;
  const [grade, setGrade] = useState<Grade>();
  const [{ first, max }, setPaging] = useState({ first: 0, max: 20 });
  const { page, error, reload } = usePairs(grade, first, max);
  const { scan, error: scanError, start, starting, startError } = useScan(reload);

  const choose = (chosen: Grade | undefined) => {
    setGrade(chosen);
    setPaging({ first: 0, max });
  };
  const titles = {
    top: usePaginationTitles(t("patientAccess.duplicates.pagination", { context: "top" })),
    bottom: usePaginationTitles(t("patientAccess.duplicates.pagination", { context: "bottom" })),
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
      <ViewHeader titleKey="patientAccess.possibleDuplicates" subKey="patientAccess.duplicates.intro" />
      <PageSection variant="light">
        {done && <PairOutcomeAlert realm={realm} done={done} />}
        {scanError && (
          <Alert isInline component="h2" variant="danger" title={t("patientAccess.duplicates.scanLoadFailed")}>
            {scanError.message}
          </Alert>
        )}
        {scan === undefined && !scanError && <Spinner aria-label={t("patientAccess.duplicates.loading")} />}
        {scan !== undefined && (
          <ScanPanel scan={scan} canManage={canManage} starting={starting} startError={startError} onStart={start} />
        )}
      </PageSection>
      {scan && (
        <>
          <Divider />
          <PageSection variant="light">
            <Toolbar>
              <ToolbarContent>
                <ToolbarItem>
                  <ToggleGroup aria-label={t("patientAccess.duplicates.gradeFilter")}>
                    <ToggleGroupItem
                      text={t("patientAccess.duplicates.allGrades")}
                      buttonId="duplicates-all"
                      isSelected={grade === undefined}
                      onChange={() => choose(undefined)}
                    />
                    {GRADES.map((each) => (
                      <ToggleGroupItem
                        key={each}
                        text={t(`patientAccess.registrations.grade.${each}`)}
                        buttonId={`duplicates-${each}`}
                        isSelected={grade === each}
                        onChange={() => choose(each)}
                      />
                    ))}
                  </ToggleGroup>
                </ToolbarItem>
                <ToolbarItem variant="pagination">{pagination("top")}</ToolbarItem>
              </ToolbarContent>
            </Toolbar>
            {error && (
              <Alert isInline component="h2" variant="danger" title={t("patientAccess.duplicates.loadFailed")}>
                {error.message}
              </Alert>
            )}
            {!page && !error && <Spinner aria-label={t("patientAccess.duplicates.loading")} />}
            {page && page.pairs.length === 0 && (
              <EmptyState>
                <EmptyStateHeader
                  titleText={t(grade ? "patientAccess.duplicates.emptyGrade" : "patientAccess.duplicates.empty", {
                    grade: grade && t(`patientAccess.registrations.grade.${grade}`),
                  })}
                  headingLevel="h2"
                />
                <EmptyStateBody>{t("patientAccess.duplicates.emptyBody")}</EmptyStateBody>
              </EmptyState>
            )}
            {page && page.pairs.length > 0 && (
              <>
                <PairsTable realm={realm} pairs={page.pairs} />
                {pagination("bottom")}
              </>
            )}
          </PageSection>
        </>
      )}
    </>
  );
}
