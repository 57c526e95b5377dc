import { ViewHeader } from "@keycloak/keycloak-admin-ui";
import { Alert, PageSection, Spinner, Stack, StackItem } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router-dom";
import { usePatientAccessApi } from "../api/usePatientAccessApi";
import { useCanManage } from "../components/useCanManage";
import { GradeLabel } from "../registrations/GradeLabel";
import { duplicatesPath } from "./duplicatePaths";
import type { PairOutcome } from "./PairOutcomeAlert";
import { PairDecisions } from "./PairDecisions";
import { pairNames } from "./pairFields";
import { SideBySideTable } from "./SideBySideTable";
import { usePair } from "./usePair";

/** One pair side by side, with the staff's decisions (merge, not the same person). */
export default function PairComparison() {
  const { t } = useTranslation();
  const { pairId } = useParams<{ pairId: string }>();
  const { realm } = usePatientAccessApi();
  const canManage = useCanManage();
  const navigate = useNavigate();
  const { pair, error } = usePair(pairId!);

  const backToList = (done: PairOutcome) => navigate(duplicatesPath(realm), { state: { done } });

  if (error || pair === null) {
    return (
      <>
        <ViewHeader titleKey="patientAccess.duplicates.comparison" />
        <PageSection variant="light">
          <Alert
            isInline
            component="h2"
            variant={error ? "danger" : "info"}
            title={t(error ? "patientAccess.duplicates.loadFailed" : "patientAccess.duplicates.pairGone")}
            actionLinks={<Link to={duplicatesPath(realm)}>{t("patientAccess.duplicates.backToList")}</Link>}
          >
            {error?.message}
          </Alert>
        </PageSection>
      </>
    );
  }
  if (!pair) return <Spinner aria-label={t("patientAccess.duplicates.loading")} />;

  return (
    <>
      <ViewHeader
        noTranslate
        titleKey={t("patientAccess.duplicates.pairName", pairNames(pair))}
        subKey={t("patientAccess.duplicates.comparisonIntro", { score: Math.round(pair.score * 100) })}
        badges={[{ id: "grade", text: <GradeLabel grade={pair.grade} /> }]}
      />
      <PageSection variant="light">
        <Stack hasGutter>
          <StackItem>
            <Link to={duplicatesPath(realm)}>{t("patientAccess.duplicates.backToList")}</Link>
          </StackItem>
          <StackItem>
            <SideBySideTable realm={realm} pair={pair} />
          </StackItem>
          {canManage && (
            <StackItem>
              <PairDecisions pair={pair} onDone={backToList} />
            </StackItem>
          )}
        </Stack>
      </PageSection>
    </>
  );
}
