import {
  Alert,
  Button,
  Checkbox,
  Form,
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  Modal,
  ModalVariant,
  TextInput,
} from "@patternfly/react-core";
import { useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, ok, type Schemas } from "../../api/client";
import { usePatientAccessApi } from "../../api/usePatientAccessApi";
import { useAddAlert } from "../PatientAlerts";
import {
  DEFAULT_PERMISSIONS,
  INVITATION_LANGUAGES,
  PERMISSIONS,
  RELATIONSHIPS,
  type Permission,
} from "./choices";
import { LegalBasisSelect } from "./LegalBasisSelect";

type InvitationRequest = Schemas["InvitationRequest"];
type Field = "email" | "relationship" | "permissions" | "locale" | "legalBasis";

const FieldError = ({ id, message }: { id: string; message?: string }) =>
  message ? (
    <FormHelperText>
      <HelperText>
        <HelperTextItem variant="error" id={id}>
          {message}
        </HelperTextItem>
      </HelperText>
    </FormHelperText>
  ) : null;

type AddUserModalProps = {
  patient: Schemas["Patient"];
  onClose: () => void;
  onInvited: () => void;
};

/** "Add user": invite an email address to act for the patient; the API sends the email. */
export const AddUserModal = ({ patient, onClose, onInvited }: AddUserModalProps) => {
  const { t, i18n } = useTranslation();
  const { api, realm } = usePatientAccessApi();
  const addAlert = useAddAlert();
  const [email, setEmail] = useState("");
  const [relationship, setRelationship] = useState("");
  const [permissions, setPermissions] = useState<Permission[]>(DEFAULT_PERMISSIONS);
  const [legalBasis, setLegalBasis] = useState("");
  // The patient's own account acts for them by being them: it has no legal basis to record.
  const legalBasisApplies = relationship !== "SELF";
  const [locale, setLocale] = useState(
    INVITATION_LANGUAGES.find((language) => i18n.language.startsWith(language)) ?? "en",
  );
  const [fieldError, setFieldError] = useState<{ field?: string; message: string }>();
  const [sending, setSending] = useState(false);

  const errorOf = (field: Field) =>
    fieldError?.field === field ? fieldError.message : undefined;
  const generalError =
    fieldError && !["email", "relationship", "permissions", "locale", "legalBasis"].includes(fieldError.field ?? "")
      ? fieldError.message
      : undefined;

  const togglePermission = (permission: Permission, checked: boolean) =>
    setPermissions(
      PERMISSIONS.filter((p) => (p === permission ? checked : permissions.includes(p))),
    );

  const invite = async (event: FormEvent) => {
    event.preventDefault();
    setSending(true);
    setFieldError(undefined);
    try {
      await ok(
        api.POST("/admin/realms/{realm}/patient-access/patients/{id}/invitations", {
          params: { path: { realm, id: patient.id! } },
          body: {
            email: email.trim(),
            relationship: relationship as InvitationRequest["relationship"],
            permissions,
            locale,
            legalBasis:
              legalBasisApplies && legalBasis
                ? (legalBasis as InvitationRequest["legalBasis"])
                : undefined,
          },
        }),
      );
      addAlert("success", t("patientAccess.invitationSent", { email: email.trim() }));
      onInvited();
    } catch (e) {
      const error = e as ApiError;
      if (error.status === 502) {
        // The invitation is kept, pending, and can be resent from the list once mail works.
        addAlert("warning", error.message);
        onInvited();
      } else {
        setFieldError({ field: error.field, message: error.message });
      }
    } finally {
      setSending(false);
    }
  };

  const labelled = (field: Field, input: ReactNode) => (
    <>
      {input}
      <FieldError id={`invite-${field}-error`} message={errorOf(field)} />
    </>
  );

  return (
    <Modal
      variant={ModalVariant.small}
      title={t("patientAccess.addUser")}
      description={t("patientAccess.addUserHelp", { name: `${patient.firstName} ${patient.lastName}` })}
      isOpen
      onClose={onClose}
      actions={[
        <Button
          key="send"
          type="submit"
          form="add-user-form"
          variant="primary"
          isDisabled={sending || !email.trim() || !relationship}
          isLoading={sending}
        >
          {t("patientAccess.sendInvitation")}
        </Button>,
        <Button key="cancel" variant="link" onClick={onClose}>
          {t("patientAccess.cancel")}
        </Button>,
      ]}
    >
      {generalError && (
        <Alert variant="danger" isInline className="pf-v5-u-mb-md" title={generalError} />
      )}
      <Form id="add-user-form" onSubmit={invite}>
        <FormGroup label={t("patientAccess.email")} fieldId="invite-email" isRequired>
          {labelled(
            "email",
            <TextInput
              id="invite-email"
              type="email"
              value={email}
              onChange={(_event, value) => setEmail(value)}
              isRequired
              validated={errorOf("email") ? "error" : "default"}
              aria-describedby={errorOf("email") ? "invite-email-error" : undefined}
            />,
          )}
        </FormGroup>
        <FormGroup label={t("patientAccess.relationship")} fieldId="invite-relationship" isRequired>
          {labelled(
            "relationship",
            <FormSelect
              id="invite-relationship"
              value={relationship}
              onChange={(_event, value) => setRelationship(value)}
              isRequired
              validated={errorOf("relationship") ? "error" : "default"}
            >
              <FormSelectOption value="" label={t("patientAccess.chooseRelationship")} isPlaceholder />
              {RELATIONSHIPS.map((value) => (
                <FormSelectOption
                  key={value}
                  value={value}
                  label={t(`patientAccess.relationship.${value}`)}
                />
              ))}
            </FormSelect>,
          )}
        </FormGroup>
        <FormGroup label={t("patientAccess.legalBasis")} fieldId="invite-legal-basis">
          {labelled(
            "legalBasis",
            <LegalBasisSelect
              id="invite-legal-basis"
              value={legalBasisApplies ? legalBasis : ""}
              onChange={setLegalBasis}
              isDisabled={!legalBasisApplies}
              isError={!!errorOf("legalBasis")}
              describedBy={errorOf("legalBasis") ? "invite-legalBasis-error" : "invite-legal-basis-help"}
            />,
          )}
          <FormHelperText>
            <HelperText>
              <HelperTextItem id="invite-legal-basis-help">
                {t(legalBasisApplies ? "patientAccess.legalBasisHelp" : "patientAccess.legalBasisNotForSelf")}
              </HelperTextItem>
            </HelperText>
          </FormHelperText>
        </FormGroup>
        <FormGroup label={t("patientAccess.permissions")} role="group" isStack fieldId="invite-permissions">
          {labelled(
            "permissions",
            PERMISSIONS.map((permission) => (
              <Checkbox
                key={permission}
                id={`invite-permission-${permission}`}
                label={t(`patientAccess.permission.${permission}`)}
                isChecked={permissions.includes(permission)}
                onChange={(_event, checked) => togglePermission(permission, checked)}
              />
            )),
          )}
        </FormGroup>
        <FormGroup label={t("patientAccess.emailLanguage")} fieldId="invite-locale">
          {labelled(
            "locale",
            <FormSelect
              id="invite-locale"
              value={locale}
              onChange={(_event, value) => setLocale(value as typeof locale)}
            >
              {INVITATION_LANGUAGES.map((language) => (
                <FormSelectOption
                  key={language}
                  value={language}
                  label={t(`patientAccess.language.${language}`)}
                />
              ))}
            </FormSelect>,
          )}
        </FormGroup>
      </Form>
    </Modal>
  );
};
