import { FormGroup, FormHelperText, HelperText, HelperTextItem, TextInput } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import type { Patient, PatientField } from "../api/types";

export const editableFields: PatientField[] = ["firstName", "lastName", "birthDate", "email", "phone", "externalId"];
const required = new Set<PatientField>(["firstName", "lastName"]);
const inputType: Partial<Record<PatientField, "date" | "email" | "tel">> = {
  birthDate: "date",
  email: "email",
  phone: "tel",
};

/** The editable fields of a patient record, each with its label and the API's message under it. */
export const PatientFields = ({
  idPrefix,
  values,
  errors,
  onChange,
  isReadOnly = false,
}: {
  idPrefix: string;
  values: Partial<Patient>;
  errors: Record<string, string>;
  onChange: (field: PatientField, value: string) => void;
  isReadOnly?: boolean;
}) => {
  const { t } = useTranslation();
  return (
    <>
      {editableFields.map((field) => {
        const id = `${idPrefix}-${field}`;
        const error = errors[field];
        return (
          <FormGroup key={field} label={t(`patientAccess.field.${field}`)} fieldId={id} isRequired={required.has(field)}>
            <TextInput
              id={id}
              type={inputType[field] ?? "text"}
              value={(values[field] as string | undefined) ?? ""}
              onChange={(_e, value) => onChange(field, value)}
              isRequired={required.has(field)}
              readOnlyVariant={isReadOnly ? "default" : undefined}
              validated={error ? "error" : "default"}
              aria-describedby={error ? `${id}-error` : undefined}
            />
            {error && (
              <FormHelperText>
                <HelperText id={`${id}-error`}>
                  <HelperTextItem variant="error">{error}</HelperTextItem>
                </HelperText>
              </FormHelperText>
            )}
          </FormGroup>
        );
      })}
    </>
  );
};

/** The body the API takes: empty optional fields are left out rather than sent as "". */
export const toPatientBody = (values: Partial<Patient>) =>
  Object.fromEntries(
    editableFields.flatMap((field) => {
      const value = (values[field] as string | undefined)?.trim();
      return value ? [[field, value]] : [];
    }),
  ) as unknown as Patient;
