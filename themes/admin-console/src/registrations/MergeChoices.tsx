import { FormGroup, Radio } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import { useFormats } from "../formats";
import { comparedFields, differs, valueOf } from "./comparedFields";
import type { Patient, PatientField } from "./registrationTypes";

/** The fields where the registration's record and the candidate disagree and both have a value. */
export function choosableFields(registered: Patient | undefined, clinic: Patient | undefined) {
  return comparedFields.filter(
    (field) => differs(field, registered, clinic) && valueOf(clinic, field) !== undefined,
  );
}

/** The fields the candidate lacks and the merge fills from the registration, whatever staff choose. */
export function filledFields(registered: Patient | undefined, clinic: Patient | undefined) {
  return comparedFields.filter(
    (field) => valueOf(registered, field) !== undefined && valueOf(clinic, field) === undefined,
  );
}

/** The message keys that say, on each page that merges, what is kept, taken and filled. */
export type MergeWording = {
  /** `{{value}}`: the surviving record's value. */
  keep: string;
  /** `{{value}}`: the merged record's value. */
  take: string;
  /** `{{fields}}`: the fields the merge fills. */
  filled: string;
  nothing: string;
};

export const registrationWording: MergeWording = {
  keep: "patientAccess.registrations.keepClinicValue",
  take: "patientAccess.registrations.takeTypedValue",
  filled: "patientAccess.registrations.filledFromRegistration",
  nothing: "patientAccess.registrations.nothingToChoose",
};

/**
 * Per field that differs, which value the surviving record keeps: its own (the default) or the
 * merged record's (`registered`: for a registration, its provisional record, which the merge reads).
 */
export const MergeChoices = ({
  registered,
  clinic,
  take,
  onChange,
  wording,
}: {
  registered: Patient | undefined;
  clinic: Patient | undefined;
  take: PatientField[];
  onChange: (take: PatientField[]) => void;
  wording: MergeWording;
}) => {
  const { t } = useTranslation();
  const format = useFormats();
  const choosable = choosableFields(registered, clinic);
  const filled = filledFields(registered, clinic);
  const choose = (field: PatientField, taken: boolean) =>
    onChange(taken ? [...take, field] : take.filter((f) => f !== field));

  return (
    <>
      {choosable.length === 0 && <p>{t(wording.nothing)}</p>}
      {choosable.map((field) => {
        const label = t(`patientAccess.registrations.field.${field}`);
        return (
          <FormGroup key={field} role="radiogroup" isInline fieldId={`merge-${field}`} label={label}>
            <Radio
              id={`merge-${field}-keep`}
              name={`merge-${field}`}
              label={t(wording.keep, {
                value: format.field(field, valueOf(clinic, field)),
              })}
              isChecked={!take.includes(field)}
              onChange={() => choose(field, false)}
            />
            <Radio
              id={`merge-${field}-take`}
              name={`merge-${field}`}
              label={t(wording.take, {
                value: format.field(field, valueOf(registered, field)),
              })}
              isChecked={take.includes(field)}
              onChange={() => choose(field, true)}
            />
          </FormGroup>
        );
      })}
      {filled.length > 0 && (
        <p>
          {t(wording.filled, {
            fields: filled.map((field) => t(`patientAccess.registrations.field.${field}`)).join(", "),
          })}
        </p>
      )}
    </>
  );
};
