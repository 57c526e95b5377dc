import { Label } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";

/** A value the person typed, with a label when Keycloak verified it (a confirmed email). */
export const TypedValue = ({ value, verified }: { value?: string; verified: boolean }) => {
  const { t } = useTranslation();
  if (!value) return <EmptyValue />;
  return (
    <>
      {value}{" "}
      {verified && (
        <Label isCompact color="green">
          {t("patientAccess.registrations.verified")}
        </Label>
      )}
    </>
  );
};

/** A field with no value, said in words for screen readers. */
export const EmptyValue = () => {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="pf-v5-screen-reader">{t("patientAccess.registrations.noValue")}</span>
    </>
  );
};
