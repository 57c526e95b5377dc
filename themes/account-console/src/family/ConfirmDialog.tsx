import { Alert, Button, Modal, ModalVariant } from "@patternfly/react-core";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

type ConfirmDialogProps = {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Runs the action; a failure stays in the dialog in the API's words. */
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
};

/** Asks before an action that cannot be taken back (leave, revoke, decline). */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onClose }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await onConfirm();
      onClose();
    } catch (failure) {
      setError((failure as Error).message);
      setBusy(false);
    }
  };

  return (
    <Modal
      variant={ModalVariant.small}
      title={title}
      isOpen
      onClose={onClose}
      actions={[
        <Button key="confirm" variant="danger" onClick={confirm} isLoading={busy} isDisabled={busy}>
          {confirmLabel}
        </Button>,
        <Button key="cancel" variant="link" onClick={onClose}>
          {t("familyAccess.cancel")}
        </Button>,
      ]}
    >
      {children}
      {error && <Alert variant="danger" isInline isPlain title={error} className="pf-v5-u-mt-md" />}
    </Modal>
  );
}
