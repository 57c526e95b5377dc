import { ViewHeader } from "@keycloak/keycloak-admin-ui";
import { Alert, PageSection, Spinner, Stack, StackItem } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router-dom";
import { usePatientAccessApi } from "../api/usePatientAccessApi";
import { useCanManage } from "../components/useCanManage";
import { useFormats } from "../formats";
import { ComparisonTable } from "./ComparisonTable";
import { byScore, fullName } from "./comparedFields";
import type { Decision } from "./DecisionAlert";
import { DecidedNotice } from "./DecidedNotice";
import { RegistrationDecisions } from "./RegistrationDecisions";
import { patientPath, queuePath } from "./registrationPaths";
import { useRegistration } from "./useRegistration";

/** One queue entry beside its candidates, with the staff's decisions while it is pending. */
export default function RegistrationComparison() {
  const { t } = useTranslation();
  const format = useFormats();
  const { id } = useParams<{ id: string }>();
  const { realm } = usePatientAccessApi();
  const canManage = useCanManage();
  const navigate = useNavigate();
  const { registration, error } = useRegistration(id!);

  const backToQueue = (decided: Decision) => navigate(queuePath(realm), { state: { decided } });

  if (error || registration === null) {
    return (
      <>
        <ViewHeader titleKey="patientAccess.registrations.comparison" />
        <PageSection variant="light">
          <Alert
            isInline
            component="h2"
            variant="danger"
            title={t(
              error ? "patientAccess.registrations.loadFailed" : "patientAccess.registrations.notFound",
            )}
            actionLinks={<Link to={queuePath(realm)}>{t("patientAccess.registrations.backToQueue")}</Link>}
          >
            {error?.message}
          </Alert>
        </PageSection>
      </>
    );
  }
  if (!registration) return <Spinner aria-label={t("patientAccess.registrations.loading")} />;

  const candidates = byScore(registration.candidates);
  const pending = registration.status === "PENDING";
  return (
    <>
      <ViewHeader
        noTranslate
        titleKey={t("patientAccess.registrations.comparisonTitle", {
          name: fullName(registration.claimed),
        })}
        subKey={t("patientAccess.registrations.comparisonIntro", {
          when: format.dateTime(registration.createdAt),
          relationship: t(`patientAccess.registrations.relationship.${registration.relationship}`),
          username: registration.username ?? "",
        })}
      />
      <PageSection variant="light">
        <Stack hasGutter>
          {!pending && (
            <StackItem>
              <DecidedNotice realm={realm} registration={registration} />
            </StackItem>
          )}
          {pending && registration.patient?.id && (
            <StackItem>
              <Link to={patientPath(realm, registration.patient.id)}>
                {t("patientAccess.registrations.openProvisional")}
              </Link>
            </StackItem>
          )}
          <StackItem>
            {candidates.length === 0 && (
              <Alert
                isInline
                component="h2"
                variant="info"
                title={t("patientAccess.registrations.noCandidates")}
              />
            )}
            <ComparisonTable realm={realm} registration={registration} candidates={candidates} />
          </StackItem>
          {pending && canManage && (
            <StackItem>
              <RegistrationDecisions
                registration={registration}
                candidates={candidates}
                onDecided={backToQueue}
              />
            </StackItem>
          )}
        </Stack>
      </PageSection>
    </>
  );
}
