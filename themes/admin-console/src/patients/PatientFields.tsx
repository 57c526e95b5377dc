import { FormGroup, FormHelperText, HelperText, HelperTextItem, TextInput } from "@patternfly/react-core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { EDITABLE_FIELDS, type EditableField, type PatientFields as Values } from "./editableFields";

const REQUIRED = new Set<EditableField>(["firstName", "lastName"]);
// A birth date is typed as YYYY-MM-DD: the browser's date field writes 12/01/1978, which a Canadian
// and an American read as two different days.
const INPUT_TYPES: Record<EditableField, "text" | "email" | "tel"> = {
  firstName: "text",
  lastName: "text",
  birthDate: "text",
  email: "email",
  phone: "tel",
  externalId: "text",
};

/**
 * What the page says under a field about its stored value (where the email came from), tied to the
 * field for screen readers, with an action after it (Confirm email) that is not part of that text.
 */
export type FieldNote = { text: string; variant?: "default" | "warning"; action?: ReactNode };

/** The id of the note under a field: a page may move the focus to it (tabIndex -1) after an action. */
export const fieldNoteId = (idPrefix: string, name: EditableField) => `${idPrefix}-${name}-note`;

/** The editable fields of a patient record, each with its label and the API's message under it. */
export const PatientFields = ({
  idPrefix,
  values,
  errors,
  onChange,
  isReadOnly = false,
  notes = {},
}: {
  idPrefix: string;
  values: Values;
  errors: Partial<Record<string, string>>;
  onChange: (values: Values) => void;
  isReadOnly?: boolean;
  notes?: Partial<Record<EditableField, FieldNote>>;
}) => {
  const { t } = useTranslation();
  return (
    <>
      {EDITABLE_FIELDS.map((name) => {
        const id = `${idPrefix}-${name}`;
        const error = errors[name];
        const note = notes[name];
        const noteId = fieldNoteId(idPrefix, name);
        const hint = name === "birthDate" && !isReadOnly ? t("patientAccess.field.birthDateFormat") : undefined;
        const describedBy = [error && `${id}-error`, hint && `${id}-hint`, note && noteId].filter(Boolean).join(" ");
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
              aria-describedby={describedBy || undefined}
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
            {hint && (
              <FormHelperText>
                <HelperText>
                  <HelperTextItem id={`${id}-hint`}>{hint}</HelperTextItem>
                </HelperText>
              </FormHelperText>
            )}
            {note && (
              <FormHelperText>
                <HelperText id={noteId} tabIndex={-1}>
                  <HelperTextItem variant={note.variant ?? "default"} hasIcon={note.variant === "warning"}>
                    {note.text}
                  </HelperTextItem>
                </HelperText>
              </FormHelperText>
            )}
            {note?.action && <div className="pf-v5-u-mt-sm">{note.action}</div>}
          </FormGroup>
        );
      })}
    </>
  );
};
