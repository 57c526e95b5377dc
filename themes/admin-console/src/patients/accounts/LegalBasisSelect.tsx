import { FormSelect, FormSelectOption } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import { LEGAL_BASES } from "./choices";

type LegalBasisSelectProps = {
  id: string;
  value: string;
  onChange: (value: string) => void;
  isDisabled?: boolean;
  isError?: boolean;
  describedBy?: string;
};

/** "Legal basis": the five grounds, or "Not recorded" (the empty value, which the API takes as none). */
export const LegalBasisSelect = ({ id, value, onChange, isDisabled, isError, describedBy }: LegalBasisSelectProps) => {
  const { t } = useTranslation();
  return (
    <FormSelect
      id={id}
      value={value}
      onChange={(_event, chosen) => onChange(chosen)}
      isDisabled={isDisabled}
      validated={isError ? "error" : "default"}
      aria-describedby={describedBy}
    >
      <FormSelectOption value="" label={t("patientAccess.legalBasis.none")} />
      {LEGAL_BASES.map((basis) => (
        <FormSelectOption key={basis} value={basis} label={t(`patientAccess.legalBasis.${basis}`)} />
      ))}
    </FormSelect>
  );
};

/** A grant's or invitation's legal basis in words. */
export const LegalBasisText = ({ legalBasis }: { legalBasis?: string }) => {
  const { t } = useTranslation();
  return <>{t(`patientAccess.legalBasis.${legalBasis ?? "none"}`)}</>;
};
