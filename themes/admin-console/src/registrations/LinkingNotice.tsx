import { Alert } from "@patternfly/react-core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ok, type Schemas } from "../api/client";
import { usePatientAccessApi } from "../api/usePatientAccessApi";

type Linking = Schemas["RegistrationLinking"];

/** The realm settings the API names (`reasonCode`) when a verified email proves nothing. */
const KNOWN_REASONS = ["EMAIL_NOT_VERIFIED", "PASSWORD_BEFORE_VERIFICATION", "TRUSTED_IDENTITY_PROVIDER"] as const;

type KnownReason = (typeof KNOWN_REASONS)[number];

/** Which known setting the API names, if any. */
export const knownReason = (code?: string): KnownReason | undefined => KNOWN_REASONS.find((known) => known === code);

/**
 * At the top of the queue: where the realm's settings make a verified email prove nothing, no
 * registration links by itself, and staff are told why in their language (an unknown reason in the
 * API's words).
 */
export const LinkingNotice = () => {
  const { t } = useTranslation();
  const { api, realm } = usePatientAccessApi();
  const [linking, setLinking] = useState<Linking>();

  useEffect(() => {
    let current = true;
    ok(api.GET("/admin/realms/{realm}/patient-access/registrations/linking", { params: { path: { realm } } }))
      // Without the answer the page says nothing more: the queue itself still loads.
      .then((answer) => current && setLinking(answer), () => undefined);
    return () => {
      current = false;
    };
  }, [api, realm]);

  if (!linking || linking.linksByItself) return null;
  const known = knownReason(linking.reasonCode);
  return (
    <Alert
      isInline
      variant="info"
      component="h2"
      className="pf-v5-u-mb-md"
      title={t("patientAccess.registrations.linking.title")}
    >
      <p>
        {known
          ? t(`patientAccess.registrations.linking.reason.${known}`)
          : t("patientAccess.registrations.linking.reason.OTHER", { reason: linking.reason ?? "" })}
      </p>
      <p>{t("patientAccess.registrations.linking.waits")}</p>
    </Alert>
  );
};
