import { Alert } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { formatDateTime } from "../formatDateTime";
import { patientPath } from "./registrationPaths";
import type { Registration } from "./registrationTypes";

/** An entry no longer waiting: how and when it was decided, and the record the account acts for. */
export const DecidedNotice = ({ realm, registration }: { realm: string; registration: Registration }) => {
  const { t } = useTranslation();
  const record = registration.patient;
  const recordId = record?.mergedInto ?? record?.id;
  return (
    <Alert
      isInline
      component="h2"
      variant="info"
      title={t("patientAccess.registrations.alreadyDecided", {
        status: t(`patientAccess.registrations.status.${registration.status}`),
        when: formatDateTime(registration.decidedAt ?? registration.createdAt),
      })}
      actionLinks={
        recordId && (
          <Link to={patientPath(realm, recordId)}>
            {t("patientAccess.registrations.openRecord")}
          </Link>
        )
      }
    />
  );
};
