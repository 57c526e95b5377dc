import {
  ActionGroup,
  Alert,
  AlertActionLink,
  Button,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  PageSection,
  TextInput,
} from "@patternfly/react-core";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, ok, type Schemas } from "../../api/client";
import { usePatientAccessApi } from "../../api/usePatientAccessApi";
import { useCanManage } from "../../components/useCanManage";
import { formatDateTime } from "../dates";
import { useAddAlert } from "../PatientAlerts";
import {
  EDITABLE_FIELDS,
  editableFields,
  toRequest,
  type EditableField,
  type PatientFields,
} from "./editableFields";

type Patient = Schemas["Patient"];
type FieldErrors = Partial<Record<EditableField, string>>;

const INPUT_TYPES: Record<EditableField, "text" | "date" | "email" | "tel"> = {
  firstName: "text",
  lastName: "text",
  birthDate: "date",
  email: "email",
  phone: "tel",
  externalId: "text",
};

const isEditableField = (field: string | undefined): field is EditableField =>
  EDITABLE_FIELDS.includes(field as EditableField);

/** Every field the API named in a 400, so each message shows under its own input. */
const fieldErrorsOf = (error: unknown): FieldErrors => {
  const body = (error ?? {}) as Schemas["Error"];
  const all = body.errors ?? (body.field ? [body] : []);
  return Object.fromEntries(
    all
      .filter((e) => isEditableField(e.field))
      .reverse() // the first message of a field wins
      .map((e) => [e.field, e.errorMessage]),
  );
};

type PatientFormProps = {
  patient: Patient;
  onSaved: (patient: Patient) => void;
  onReload: () => void;
};

/**
 * The record's fields, editable by staff who manage users. A save names the version it was read
 * at, so of two staff editing at once the second is told (412) instead of overwriting the first.
 */
export const PatientForm = ({ patient, onSaved, onReload }: PatientFormProps) => {
  const { t, i18n } = useTranslation();
  const { api, realm } = usePatientAccessApi();
  const canManage = useCanManage();
  const addAlert = useAddAlert();
  const [fields, setFields] = useState<PatientFields>(editableFields(patient));
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);

  const reset = () => {
    setFields(editableFields(patient));
    setFieldErrors({});
    setError(undefined);
    setConflict(false);
  };
  useEffect(reset, [patient]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(undefined);
    setConflict(false);
    try {
      const answer = await api.PUT("/admin/realms/{realm}/patient-access/patients/{id}", {
        params: {
          path: { realm, id: patient.id! },
          header: { "If-Match": `"${patient.version}"` },
        },
        body: toRequest(fields),
      });
      setFieldErrors(answer.response.status === 400 ? fieldErrorsOf(answer.error) : {});
      const saved = await ok(Promise.resolve(answer));
      addAlert("success", t("patientAccess.patientSaved"));
      onSaved(saved);
    } catch (e) {
      const apiError = e as ApiError;
      if (apiError.status === 412) setConflict(true);
      else if (!(apiError.status === 400 && isEditableField(apiError.field)))
        setError(apiError.message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <PageSection variant="light">
      {conflict && (
        <Alert
          variant="warning"
          isInline
          className="pf-v5-u-mb-md"
          title={t("patientAccess.changedByOthers")}
          actionLinks={
            <AlertActionLink onClick={onReload}>{t("patientAccess.reload")}</AlertActionLink>
          }
        >
          {t("patientAccess.changedByOthersHelp")}
        </Alert>
      )}
      {error && (
        <Alert variant="danger" isInline className="pf-v5-u-mb-md" title={error} />
      )}
      <Form isHorizontal onSubmit={save} aria-label={t("patientAccess.patientForm")}>
        {EDITABLE_FIELDS.map((name) => (
          <FormGroup
            key={name}
            label={t(`patientAccess.field.${name}`)}
            fieldId={`patient-${name}`}
            isRequired={canManage && (name === "firstName" || name === "lastName")}
          >
            <TextInput
              id={`patient-${name}`}
              name={name}
              type={INPUT_TYPES[name]}
              value={fields[name]}
              onChange={(_event, value) => setFields({ ...fields, [name]: value })}
              isRequired={name === "firstName" || name === "lastName"}
              readOnlyVariant={canManage ? undefined : "default"}
              validated={fieldErrors[name] ? "error" : "default"}
              aria-describedby={fieldErrors[name] ? `patient-${name}-error` : undefined}
            />
            {fieldErrors[name] && (
              <FormHelperText>
                <HelperText>
                  <HelperTextItem variant="error" id={`patient-${name}-error`}>
                    {fieldErrors[name]}
                  </HelperTextItem>
                </HelperText>
              </FormHelperText>
            )}
          </FormGroup>
        ))}
        {canManage && (
          <ActionGroup>
            <Button type="submit" variant="primary" isDisabled={saving} isLoading={saving}>
              {t("patientAccess.save")}
            </Button>
            <Button variant="link" onClick={reset}>
              {t("patientAccess.revert")}
            </Button>
          </ActionGroup>
        )}
      </Form>
      <DescriptionList isHorizontal className="pf-v5-u-mt-xl" aria-label={t("patientAccess.recordFacts")}>
        <DescriptionListGroup>
          <DescriptionListTerm>{t("patientAccess.field.source")}</DescriptionListTerm>
          <DescriptionListDescription>
            {patient.source && t(`patientAccess.source.${patient.source}`)}
          </DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t("patientAccess.field.createdAt")}</DescriptionListTerm>
          <DescriptionListDescription>
            {formatDateTime(patient.createdAt, i18n.language)}
          </DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t("patientAccess.field.updatedAt")}</DescriptionListTerm>
          <DescriptionListDescription>
            {formatDateTime(patient.updatedAt, i18n.language)}
          </DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t("patientAccess.field.id")}</DescriptionListTerm>
          <DescriptionListDescription>{patient.id}</DescriptionListDescription>
        </DescriptionListGroup>
      </DescriptionList>
    </PageSection>
  );
};
