import { useAccountAlerts } from "@keycloak/keycloak-account-ui";
import { Button, Flex, FlexItem } from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiError, MyAccountGrant } from "../api/client";
import { useMeApi } from "../api/useMeApi";
import { ConfirmDialog } from "../family/ConfirmDialog";
import { accountName } from "../family/labels";
import { assentErrorMessage } from "./assentErrors";
import { GiveBackDialog } from "./GiveBackDialog";

type AssentActionsProps = {
  account: MyAccountGrant;
  onChanged: () => void;
};

/** "Give back…" (or renew) and "Withdraw" on a parent's or guardian's access, where I may assent. */
export function AssentActions({ account, onChanged }: AssentActionsProps) {
  const { t } = useTranslation();
  const api = useMeApi();
  const { addAlert } = useAccountAlerts();
  const [giving, setGiving] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  if (!account.mayAssent) return null;
  const name = accountName(account);

  return (
    <>
      <Flex spaceItems={{ default: "spaceItemsSm" }}>
        <FlexItem>
          <Button variant="secondary" size="sm" onClick={() => setGiving(true)}>
            {t(account.assent ? "assentRenew" : "assentGiveBack")}
          </Button>
        </FlexItem>
        {account.assent && (
          <FlexItem>
            <Button variant="link" isDanger size="sm" onClick={() => setWithdrawing(true)}>
              {t("assentWithdraw")}
            </Button>
          </FlexItem>
        )}
      </Flex>
      {giving && <GiveBackDialog account={account} onSaved={onChanged} onClose={() => setGiving(false)} />}
      {withdrawing && (
        <ConfirmDialog
          title={t("assentWithdrawTitle", { name })}
          confirmLabel={t("assentWithdraw")}
          onConfirm={async () => {
            try {
              await api.withdrawAssent(account.grantId);
            } catch (failure) {
              throw new Error(assentErrorMessage(t, failure as ApiError));
            }
            addAlert(t("assentWithdrawn", { name }));
            onChanged();
          }}
          onClose={() => setWithdrawing(false)}
        >
          {t("assentWithdrawBody", { name })}
        </ConfirmDialog>
      )}
    </>
  );
}
