import { Alert } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useFormats } from "../formats";
import { patientPath } from "./registrationPaths";
import type { Registration } from "./registrationTypes";

/** An entry no longer waiting: how, when and by whom it was decided, and the record the account acts for. */
export const DecidedNotice = ({ realm, registration }: { realm: string; registration: Registration }) => {
  const { t } = useTranslation();
  const format = useFormats();
  const record = registration.patient;
  const recordId = record?.mergedInto ?? record?.id;
  // Without a username (the account is gone, or hidden from this staff member) the notice names no one.
  const decider = registration.decidedBy?.username;
  return (
    <Alert
      isInline
      component="h2"
      variant="info"
      title={t(
        decider ? "patientAccess.registrations.alreadyDecidedBy" : "patientAccess.registrations.alreadyDecided",
        {
          status: t(`patientAccess.registrations.status.${registration.status}`),
          when: format.dateTime(registration.decidedAt ?? registration.createdAt),
          who: decider,
        },
      )}
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
