import { Alert, Button, FileUpload, Form, FormGroup, Modal, ModalVariant } from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, ok } from "../api/client";
import type { ImportReport } from "../api/types";
import { usePatientAccessApi } from "../api/usePatientAccessApi";
import { importFormat } from "./importFormat";
import { ImportReportView } from "./ImportReportView";

/** "Import": a CSV, FHIR R4 Bundle or JSON export of the clinic's system, then its report. */
export const ImportPatientsModal = ({ onClose }: { onClose: () => void }) => {
  const { t } = useTranslation();
  const { api, realm } = usePatientAccessApi();
  const [file, setFile] = useState<{ name: string; content: string }>();
  const [report, setReport] = useState<ImportReport>();
  const [error, setError] = useState<ApiError>();
  const [importing, setImporting] = useState(false);

  const upload = async () => {
    if (!file) return;
    setImporting(true);
    setError(undefined);
    try {
      setReport(
        await ok(
          api.POST("/admin/realms/{realm}/patient-access/patients/import", {
            params: { path: { realm } },
            body: file.content as never,
            bodySerializer: (body: unknown) => body as string,
            headers: { "Content-Type": importFormat(file.name, file.content) },
          }),
        ),
      );
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setImporting(false);
    }
  };

  return (
    <Modal
      variant={ModalVariant.large}
      title={t("patientAccess.importPatients")}
      isOpen
      onClose={onClose}
      actions={
        report
          ? [
              <Button key="close" onClick={onClose}>
                {t("patientAccess.close")}
              </Button>,
            ]
          : [
              <Button key="import" onClick={upload} isDisabled={!file || importing} isLoading={importing}>
                {t("patientAccess.import")}
              </Button>,
              <Button key="cancel" variant="link" onClick={onClose}>
                {t("patientAccess.cancel")}
              </Button>,
            ]
      }
    >
      {error && <Alert isInline variant="danger" title={error.message} />}
      {report ? (
        <ImportReportView report={report} />
      ) : (
        <Form onSubmit={(e) => e.preventDefault()}>
          <FormGroup label={t("patientAccess.importFile")} fieldId="import-file">
            <FileUpload
              id="import-file"
              type="text"
              value={file?.content ?? ""}
              filename={file?.name ?? ""}
              filenamePlaceholder={t("patientAccess.importFilePlaceholder")}
              browseButtonText={t("patientAccess.browse")}
              clearButtonText={t("patientAccess.clear")}
              onFileInputChange={(_e, chosen) =>
                void chosen.text().then((content) => setFile({ name: chosen.name, content }))
              }
              onClearClick={() => setFile(undefined)}
              hideDefaultPreview
              allowEditingUploadedText={false}
            />
          </FormGroup>
          <p>{t("patientAccess.importHelp")}</p>
        </Form>
      )}
    </Modal>
  );
};
