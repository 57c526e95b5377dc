import { Alert } from "@patternfly/react-core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ok, type Schemas } from "../api/client";
import { usePatientAccessApi } from "../api/usePatientAccessApi";

type Linking = Schemas["RegistrationLinking"];

/** The realm settings the API names when a verified email proves nothing (its reason is English prose). */
const KNOWN_REASONS = [
  ["EMAIL_NOT_VERIFIED", "the realm does not verify"],
  ["PASSWORD_BEFORE_VERIFICATION", "the registration form sets the password"],
  ["TRUSTED_IDENTITY_PROVIDER", "an identity provider"],
] as const;

type KnownReason = (typeof KNOWN_REASONS)[number][0];

/** Which known setting the API's reason names, if any. */
export const knownReason = (reason?: string): KnownReason | undefined =>
  KNOWN_REASONS.find(([, words]) => reason?.toLowerCase().startsWith(words))?.[0];

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
  const known = knownReason(linking.reason);
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
