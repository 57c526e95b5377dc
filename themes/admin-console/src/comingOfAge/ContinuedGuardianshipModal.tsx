import {
  Alert,
  Button,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  Modal,
  ModalVariant,
  TextArea,
} from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client";
import { useComingOfAgeApi } from "./comingOfAgeApi";

type Props = {
  patientId: string;
  reason?: string;
  onSaved: () => void;
  onClose: () => void;
};

/** Mark a record as needing continued guardianship, or change the reason: the reason is required. */
export const ContinuedGuardianshipModal = ({ patientId, reason: current, onSaved, onClose }: Props) => {
  const { t } = useTranslation();
  const { mark } = useComingOfAgeApi();
  const [reason, setReason] = useState(current ?? "");
  const [error, setError] = useState<ApiError>();
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setSaving(true);
    setError(undefined);
    try {
      await mark(patientId, reason);
      onSaved();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setSaving(false);
    }
  };
  const reasonError = error?.field === "reason" ? error.message : undefined;

  return (
    <Modal
      variant={ModalVariant.small}
      title={t("patientAccess.comingOfAge.markTitle")}
      isOpen
      onClose={onClose}
      actions={[
        <Button key="save" variant="primary" onClick={save} isLoading={saving} isDisabled={saving}>
          {t("patientAccess.comingOfAge.save")}
        </Button>,
        <Button key="cancel" variant="link" onClick={onClose}>
          {t("patientAccess.comingOfAge.cancel")}
        </Button>,
      ]}
    >
      <Form
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <p>{t("patientAccess.comingOfAge.markHelp")}</p>
        {error && !reasonError && (
          <Alert isInline variant="danger" title={t("patientAccess.comingOfAge.markFailed")}>
            {error.message}
          </Alert>
        )}
        <FormGroup label={t("patientAccess.comingOfAge.reason")} isRequired fieldId="continued-guardianship-reason">
          <TextArea
            id="continued-guardianship-reason"
            value={reason}
            onChange={(_, value) => setReason(value)}
            maxLength={500}
            isRequired
            validated={reasonError ? "error" : "default"}
            aria-describedby="continued-guardianship-reason-helper"
            autoFocus
          />
          <FormHelperText>
            <HelperText id="continued-guardianship-reason-helper">
              <HelperTextItem variant={reasonError ? "error" : "default"}>
                {reasonError ?? t("patientAccess.comingOfAge.reasonHelp")}
              </HelperTextItem>
            </HelperText>
          </FormHelperText>
        </FormGroup>
      </Form>
    </Modal>
  );
};
