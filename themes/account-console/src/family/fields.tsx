import { FormGroup, FormHelperText, HelperText, HelperTextItem, TextInput } from "@patternfly/react-core";

type FieldProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The API's message for this field, shown under it. */
  error?: string;
  type?: "text" | "email" | "tel" | "date";
  isRequired?: boolean;
  autoComplete?: string;
  helper?: string;
};

/** A labelled text field with the API's error for it underneath, tied to it for screen readers. */
export function Field({ id, label, value, onChange, error, type = "text", isRequired, autoComplete, helper }: FieldProps) {
  const messageId = `${id}-message`;
  const message = error ?? helper;
  return (
    <FormGroup label={label} fieldId={id} isRequired={isRequired}>
      <TextInput
        id={id}
        name={id}
        type={type}
        value={value}
        onChange={(_event, next) => onChange(next)}
        isRequired={isRequired}
        autoComplete={autoComplete}
        validated={error ? "error" : "default"}
        aria-describedby={message ? messageId : undefined}
      />
      {message && (
        <FormHelperText>
          <HelperText id={messageId}>
            <HelperTextItem variant={error ? "error" : "default"} hasIcon={!!error}>
              {message}
            </HelperTextItem>
          </HelperText>
        </FormHelperText>
      )}
    </FormGroup>
  );
}
