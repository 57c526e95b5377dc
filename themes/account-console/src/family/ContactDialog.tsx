import { useAccountAlerts } from "@keycloak/keycloak-account-ui";
import { Alert, Button, Form, Modal, ModalVariant } from "@patternfly/react-core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, type MyPatient } from "../api/client";
import { useMeApi } from "../api/useMeApi";
import { useFormats } from "../formats";
import { Field } from "./fields";
import { patientName } from "./labels";

type ContactDialogProps = {
  patient: MyPatient;
  onSaved: () => void;
  onClose: () => void;
};

/**
 * Corrects the email and phone of a patient whose profile I manage; an emptied field clears it. Someone
 * acting for the patient is told first that a changed email is announced to the old address and must
 * be confirmed by the clinic or the patient.
 */
export function ContactDialog({ patient, onSaved, onClose }: ContactDialogProps) {
  const { t } = useTranslation();
  const format = useFormats();
  const api = useMeApi();
  const { addAlert } = useAccountAlerts();
  const [email, setEmail] = useState(patient.email ?? "");
  // As the person reads it; the API reads it back in the clinic's region.
  const [phone, setPhone] = useState(format.phone(patient.phone));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api.correctContact(patient.grantId, { email: email.trim() || null, phone: phone.trim() || null });
      addAlert(t("familyAccess.contactSaved", { name: patientName(patient) }));
      onSaved();
      onClose();
    } catch (failure) {
      setError(failure as ApiError);
      setBusy(false);
    }
  };

  const fieldErrors = error?.fieldErrors ?? {};
  const unplaced = error && !fieldErrors.email && !fieldErrors.phone;
  return (
    <Modal
      variant={ModalVariant.small}
      title={t("familyAccess.contactTitle", { name: patientName(patient) })}
      description={
        <>
          <p>{t("familyAccess.contactHelp")}</p>
          {patient.relationship !== "SELF" && <p className="pf-v5-u-mt-sm">{t("familyAccess.contactEmailNotice")}</p>}
        </>
      }
      isOpen
      onClose={onClose}
      actions={[
        <Button key="save" type="submit" form="contact-form" isLoading={busy} isDisabled={busy}>
          {t("familyAccess.save")}
        </Button>,
        <Button key="cancel" variant="link" onClick={onClose}>
          {t("familyAccess.cancel")}
        </Button>,
      ]}
    >
      <Form id="contact-form" onSubmit={save} noValidate>
        {unplaced && <Alert variant="danger" isInline title={error.message} />}
        <Field
          id="contact-email"
          label={t("familyAccess.email")}
          type="email"
          value={email}
          onChange={setEmail}
          error={fieldErrors.email}
          autoComplete="off"
        />
        <Field
          id="contact-phone"
          label={t("familyAccess.phone")}
          type="tel"
          value={phone}
          onChange={setPhone}
          error={fieldErrors.phone}
          autoComplete="off"
        />
      </Form>
    </Modal>
  );
}
