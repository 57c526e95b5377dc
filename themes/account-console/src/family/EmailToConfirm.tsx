import { useAccountAlerts } from "@keycloak/keycloak-account-ui";
import { Alert, Button } from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { MyPatient } from "../api/client";
import { useMeApi } from "../api/useMeApi";

type EmailToConfirmProps = {
  /** My own record (SELF) whose email someone acting for me set. */
  self: MyPatient & { emailToConfirm: string };
  onConfirmed: () => void;
  /** The address changed before I confirmed it: the list is read again. */
  onChanged: () => void;
};

/**
 * On my own record, an email someone acting for me put there: it proves nothing about me at the
 * clinic until I confirm it here (or the clinic does); if it is not mine, the clinic corrects it.
 */
export function EmailToConfirm({ self, onConfirmed, onChanged }: EmailToConfirmProps) {
  const { t } = useTranslation();
  const api = useMeApi();
  const { addAlert } = useAccountAlerts();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api.confirmEmail(self.grantId, self.emailToConfirm!);
      addAlert(t("familyAccess.emailConfirmed", { email: self.emailToConfirm }));
      onConfirmed();
    } catch (failure) {
      const changed = (failure as { status?: number }).status === 409;
      setError(changed ? t("familyAccess.emailChangedBeforeConfirm") : (failure as Error).message);
      setBusy(false);
      if (changed) onChanged();
    }
  };

  return (
    <Alert
      variant="info"
      isInline
      component="h3"
      title={t("familyAccess.emailToConfirmTitle", { email: self.emailToConfirm })}
    >
      <p>{t("familyAccess.emailToConfirmBody")}</p>
      <Button variant="secondary" size="sm" className="pf-v5-u-mt-sm" onClick={confirm} isLoading={busy} isDisabled={busy}>
        {t("familyAccess.confirmEmail")}
      </Button>
      {error && <Alert variant="danger" isInline isPlain title={error} className="pf-v5-u-mt-sm" />}
    </Alert>
  );
}
