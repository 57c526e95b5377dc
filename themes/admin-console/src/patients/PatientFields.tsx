import { FormGroup, FormHelperText, HelperText, HelperTextItem, TextInput } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import { EDITABLE_FIELDS, type EditableField, type PatientFields as Values } from "./editableFields";

const REQUIRED = new Set<EditableField>(["firstName", "lastName"]);
const INPUT_TYPES: Record<EditableField, "text" | "date" | "email" | "tel"> = {
  firstName: "text",
  lastName: "text",
  birthDate: "date",
  email: "email",
  phone: "tel",
  externalId: "text",
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
  values: Values;
  errors: Partial<Record<string, string>>;
  onChange: (values: Values) => void;
  isReadOnly?: boolean;
}) => {
  const { t } = useTranslation();
  return (
    <>
      {EDITABLE_FIELDS.map((name) => {
        const id = `${idPrefix}-${name}`;
        const error = errors[name];
        return (
          <FormGroup
            key={name}
            label={t(`patientAccess.field.${name}`)}
            fieldId={id}
            isRequired={!isReadOnly && REQUIRED.has(name)}
          >
            <TextInput
              id={id}
              name={name}
              type={INPUT_TYPES[name]}
              value={values[name]}
              onChange={(_event, value) => onChange({ ...values, [name]: value })}
              isRequired={REQUIRED.has(name)}
              readOnlyVariant={isReadOnly ? "default" : undefined}
              validated={error ? "error" : "default"}
              aria-describedby={error ? `${id}-error` : undefined}
            />
            {error && (
              <FormHelperText>
                <HelperText>
                  <HelperTextItem variant="error" id={`${id}-error`}>
                    {error}
                  </HelperTextItem>
                </HelperText>
              </FormHelperText>
            )}
          </FormGroup>
        );
      })}
    </>
  );
};
