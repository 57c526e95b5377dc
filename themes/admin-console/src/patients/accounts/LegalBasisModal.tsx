import {
  Alert,
  Button,
  Form,
  FormGroup,
  Modal,
  ModalVariant,
} from "@patternfly/react-core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, ok, type Schemas } from "../../api/client";
import { usePatientAccessApi } from "../../api/usePatientAccessApi";
import { useAddAlert } from "../PatientAlerts";
import { LegalBasisSelect } from "./LegalBasisSelect";

type Grant = Schemas["AccessGrant"];
type GrantRequest = Schemas["AccessGrantRequest"];

type LegalBasisModalProps = {
  patientId: string;
  grant: Grant;
  accountName: string;
  onClose: () => void;
  onSaved: () => void;
};

/**
 * "Legal basis" of an active grant: the API changes a grant's terms as a whole, so its relationship,
 * permissions and end are sent back as they are, with the basis chosen.
 */
export const LegalBasisModal = ({ patientId, grant, accountName, onClose, onSaved }: LegalBasisModalProps) => {
  const { t } = useTranslation();
  const { api, realm } = usePatientAccessApi();
  const addAlert = useAddAlert();
  const [legalBasis, setLegalBasis] = useState<string>(grant.legalBasis ?? "");
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(undefined);
    try {
      await ok(
        api.PUT("/admin/realms/{realm}/patient-access/patients/{id}/accounts/{grantId}", {
          params: { path: { realm, id: patientId, grantId: grant.id! } },
          body: {
            relationship: grant.relationship,
            permissions: grant.permissions,
            validUntil: grant.validUntil,
            legalBasis: (legalBasis || undefined) as GrantRequest["legalBasis"],
          },
        }),
      );
      addAlert("success", t("patientAccess.legalBasisSaved", { name: accountName }));
      onSaved();
    } catch (e) {
      setError((e as ApiError).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      variant={ModalVariant.small}
      title={t("patientAccess.legalBasisTitle")}
      description={t("patientAccess.legalBasisOf", { name: accountName })}
      isOpen
      onClose={onClose}
      actions={[
        <Button
          key="save"
          type="submit"
          form="legal-basis-form"
          variant="primary"
          isDisabled={saving}
          isLoading={saving}
        >
          {t("patientAccess.save")}
        </Button>,
        <Button key="cancel" variant="link" onClick={onClose}>
          {t("patientAccess.cancel")}
        </Button>,
      ]}
    >
      {error && <Alert variant="danger" isInline className="pf-v5-u-mb-md" title={error} />}
      <Form id="legal-basis-form" onSubmit={save}>
        <FormGroup label={t("patientAccess.legalBasis")} fieldId="grant-legal-basis">
          <LegalBasisSelect id="grant-legal-basis" value={legalBasis} onChange={setLegalBasis} />
        </FormGroup>
      </Form>
    </Modal>
  );
};
