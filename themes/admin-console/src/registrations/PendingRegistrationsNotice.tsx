import { useRealm } from "@keycloak/keycloak-admin-ui";
import { Alert, PageSection } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { usePendingRegistrations } from "./usePendingRegistrations";

/** On the realm's landing page: the online registrations that wait for staff. */
export const PendingRegistrationsNotice = () => {
  const { t } = useTranslation();
  const { realm } = useRealm();
  const pending = usePendingRegistrations();
  if (pending === 0) return null;
  return (
    <PageSection variant="light" padding={{ default: "noPadding" }}>
      <Alert
        isInline
        variant="info"
        title={t("patientAccess.pendingCount", { count: pending })}
        actionLinks={
          <Link to={`/${encodeURIComponent(realm)}/online-registrations`}>
            {t("patientAccess.reviewRegistrations")}
          </Link>
        }
      />
    </PageSection>
  );
};
