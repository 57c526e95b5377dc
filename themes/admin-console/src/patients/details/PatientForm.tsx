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
  PageSection,
} from "@patternfly/react-core";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, ok, type Schemas } from "../../api/client";
import { usePatientAccessApi } from "../../api/usePatientAccessApi";
import { useCanManage } from "../../components/useCanManage";
import { useFormats } from "../../formats";
import { useAddAlert } from "../PatientAlerts";
import { editableFields, toRequest, type PatientFields as Values } from "../editableFields";
import { fieldNoteId, PatientFields, type FieldNote } from "../PatientFields";

type Patient = Schemas["Patient"];

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
  const { t } = useTranslation();
  const format = useFormats();
  const { api, realm } = usePatientAccessApi();
  const canManage = useCanManage();
  const addAlert = useAddAlert();
  const [fields, setFields] = useState<Values>(editableFields(patient, format.phone));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // After Confirm email the record moves on with the same fields: what staff typed meanwhile stays,
  // and the focus goes to the words that replaced the button.
  const afterConfirmation = useRef(false);

  const reset = () => {
    setFields(editableFields(patient, format.phone));
    setFieldErrors({});
    setError(undefined);
    setConflict(false);
  };
  useEffect(() => {
    if (!afterConfirmation.current) {
      reset();
      return;
    }
    afterConfirmation.current = false;
    document.getElementById(fieldNoteId("patient", "email"))?.focus();
    // The phone is shown in the clinic's region once it is read.
  }, [patient, format]);

  const confirmEmail = async () => {
    setConfirming(true);
    try {
      // If-Match: only the email of the version staff read is confirmed (412 when it changed since).
      const confirmed = await ok(
        api.POST("/admin/realms/{realm}/patient-access/patients/{id}/email-confirmation", {
          params: { path: { realm, id: patient.id! }, header: { "If-Match": `"${patient.version}"` } },
        }),
      );
      addAlert("success", t("patientAccess.emailConfirmed"));
      afterConfirmation.current = true;
      onSaved(confirmed);
    } catch (e) {
      const apiError = e as ApiError;
      addAlert(apiError.status === 412 ? "warning" : "danger",
        apiError.status === 412 ? t("patientAccess.emailChangedBeforeConfirm") : apiError.message);
      onReload();
    } finally {
      setConfirming(false);
    }
  };

  // Where the stored email came from, said under it while the field still shows it.
  const emailNote = (): FieldNote | undefined => {
    const source = patient.emailSource;
    if (!source || !patient.email || fields.email !== patient.email) return undefined;
    if (source !== "DELEGATE") return { text: t(`patientAccess.emailSource.${source}`) };
    return {
      text: t("patientAccess.emailSource.DELEGATE"),
      variant: "warning",
      action: canManage && (
        <Button
          variant="secondary"
          size="sm"
          onClick={confirmEmail}
          isLoading={confirming}
          isDisabled={confirming}
        >
          {t("patientAccess.confirmEmail")}
        </Button>
      ),
    };
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(undefined);
    setConflict(false);
    try {
      const saved = await ok(
        api.PUT("/admin/realms/{realm}/patient-access/patients/{id}", {
          params: {
            path: { realm, id: patient.id! },
            header: { "If-Match": `"${patient.version}"` },
          },
          body: toRequest(fields),
        }),
      );
      setFieldErrors({});
      addAlert("success", t("patientAccess.patientSaved"));
      onSaved(saved);
    } catch (e) {
      const apiError = e as ApiError;
      setFieldErrors(apiError.fieldErrors ?? {});
      if (apiError.status === 412) setConflict(true);
      else if (Object.keys(apiError.fieldErrors ?? {}).length === 0) setError(apiError.message);
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
        <PatientFields
          idPrefix="patient"
          values={fields}
          errors={fieldErrors}
          onChange={setFields}
          isReadOnly={!canManage}
          notes={{ email: emailNote() }}
        />
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
            {format.dateTime(patient.createdAt)}
          </DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t("patientAccess.field.updatedAt")}</DescriptionListTerm>
          <DescriptionListDescription>
            {format.dateTime(patient.updatedAt)}
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
