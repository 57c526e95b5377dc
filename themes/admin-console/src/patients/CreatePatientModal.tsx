import { Alert, Button, Form, Modal, ModalVariant } from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { ApiError, ok } from "../api/client";
import { usePatientAccessApi } from "../api/usePatientAccessApi";
import { editableFields, toRequest } from "./editableFields";
import { PatientFields } from "./PatientFields";

/** "Create patient": a record the clinic makes itself (source ADMIN), then its page. */
export const CreatePatientModal = ({ onClose }: { onClose: () => void }) => {
  const { t } = useTranslation();
  const { api, realm } = usePatientAccessApi();
  const navigate = useNavigate();
  const [values, setValues] = useState(editableFields({ firstName: "", lastName: "" }));
  const [error, setError] = useState<ApiError>();
  const [saving, setSaving] = useState(false);

  const create = async () => {
    setSaving(true);
    try {
      const created = await ok(
        api.POST("/admin/realms/{realm}/patient-access/patients", {
          params: { path: { realm } },
          body: toRequest(values),
        }),
      );
      navigate(`/${encodeURIComponent(realm)}/patients/${created.id}/details`);
    } catch (e) {
      setError(e as ApiError);
      setSaving(false);
    }
  };

  return (
    <Modal
      variant={ModalVariant.medium}
      title={t("patientAccess.createPatient")}
      isOpen
      onClose={onClose}
      actions={[
        <Button key="create" type="submit" form="create-patient" isLoading={saving} isDisabled={saving}>
          {t("patientAccess.create")}
        </Button>,
        <Button key="cancel" variant="link" onClick={onClose}>
          {t("patientAccess.cancel")}
        </Button>,
      ]}
    >
      {error && <Alert isInline variant="danger" title={error.message} />}
      <Form
        id="create-patient"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <PatientFields
          idPrefix="create-patient"
          values={values}
          errors={error?.fieldErrors ?? {}}
          onChange={setValues}
        />
      </Form>
    </Modal>
  );
};
