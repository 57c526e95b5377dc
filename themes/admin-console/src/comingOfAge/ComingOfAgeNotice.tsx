import { Alert, AlertActionLink, PageSection } from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client";
import { useCanManage } from "../components/useCanManage";
import { useFormats } from "../formats";
import { useApiData } from "../patients/useApiData";
import { useComingOfAgeApi } from "./comingOfAgeApi";
import { ContinuedGuardianshipModal } from "./ContinuedGuardianshipModal";

/**
 * On a minor's page (or a record marked for continued guardianship): the day the patient comes of
 * age, how many guardian grants end on it, and the mark with its reason, which manage-users staff
 * set, change and clear.
 */
export const ComingOfAgeNotice = ({ patientId }: { patientId: string }) => {
  const { t } = useTranslation();
  const format = useFormats();
  const canManage = useCanManage();
  const api = useComingOfAgeApi();
  const { data: status, error, reload } = useApiData(() => api.status(patientId), [api, patientId]);
  const [editing, setEditing] = useState(false);
  const [clearError, setClearError] = useState<ApiError>();

  if (error) {
    return (
      <PageSection variant="light" className="pf-v5-u-pb-0">
        <Alert isInline variant="danger" title={t("patientAccess.comingOfAge.notLoaded")}>
          {error.message}
        </Alert>
      </PageSection>
    );
  }
  if (!status) return null;
  const mark = status.continuedGuardianship;
  if (!status.comesOfAgeOn || (!status.minor && !mark)) return null;

  const clear = async () => {
    setClearError(undefined);
    try {
      await api.clear(patientId);
      reload();
    } catch (e) {
      setClearError(e as ApiError);
    }
  };
  const day = format.date(status.comesOfAgeOn);
  const title = !status.minor
    ? t("patientAccess.comingOfAge.cameOfAge", { day })
    : mark
      ? t("patientAccess.comingOfAge.comesOfAgeKept", { day, count: status.guardianGrantsEnding })
      : t("patientAccess.comingOfAge.comesOfAge", { day, count: status.guardianGrantsEnding });
  const actions = canManage
    ? mark
      ? [
          <AlertActionLink key="change" onClick={() => setEditing(true)}>
            {t("patientAccess.comingOfAge.changeReason")}
          </AlertActionLink>,
          <AlertActionLink key="clear" onClick={clear}>
            {t("patientAccess.comingOfAge.clear")}
          </AlertActionLink>,
        ]
      : [
          <AlertActionLink key="mark" onClick={() => setEditing(true)}>
            {t("patientAccess.comingOfAge.mark")}
          </AlertActionLink>,
        ]
    : undefined;

  return (
    <PageSection variant="light" className="pf-v5-u-pb-0">
      <Alert
        isInline
        variant={mark ? "warning" : "info"}
        title={title}
        component="h2"
        actionLinks={actions}
        data-testid="coming-of-age-notice"
      >
        {mark ? (
          <p>
            {t("patientAccess.comingOfAge.markedBecause", {
              reason: mark.reason,
              by: mark.setBy.username ?? mark.setBy.userId,
              on: format.date(mark.setAt),
            })}
          </p>
        ) : (
          <p>{t("patientAccess.comingOfAge.notMarked")}</p>
        )}
        {status.ownAccountFrom && <p>{t("patientAccess.comingOfAge.ownAccountFrom", { day: format.date(status.ownAccountFrom) })}</p>}
        {status.noticeSentAt && <p>{t("patientAccess.comingOfAge.noticeSent", { on: format.date(status.noticeSentAt) })}</p>}
        {clearError && (
          <Alert isInline isPlain variant="danger" title={t("patientAccess.comingOfAge.clearFailed")}>
            {clearError.message}
          </Alert>
        )}
      </Alert>
      {editing && (
        <ContinuedGuardianshipModal
          patientId={patientId}
          reason={mark?.reason}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            reload();
          }}
        />
      )}
    </PageSection>
  );
};
