import { Button } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { MyAccountGrant } from "../api/client";
import { useLoaded } from "../api/useLoaded";
import { useMeApi } from "../api/useMeApi";
import { AccessPermissions } from "../assent/AccessPermissions";
import { AssentActions } from "../assent/AssentActions";
import { useFormats } from "../formats";
import { ConfirmDialog } from "./ConfirmDialog";
import { accountName, legalBasisLabel, relationshipLabel } from "./labels";
import { Section, useFocusAfterReload } from "./Section";

const SECTION = "who-can-act-for-me";

/**
 * The accounts that may act for my own record, with what each may do now, and Revoke where the rules
 * let me end it; a young person may give a parent or guardian back what the age band withheld.
 */
export function WhoCanActForMe() {
  const { t } = useTranslation();
  const format = useFormats();
  const api = useMeApi();
  const accounts = useLoaded(api.accounts);
  const [revoking, setRevoking] = useState<MyAccountGrant>();
  const focusAfterReload = useFocusAfterReload(SECTION, accounts.data);

  return (
    <>
      <Section
        id={SECTION}
        title={t("familyAccess.whoCanActForMe")}
        description={t("familyAccess.whoCanActForMeHelp")}
        loaded={accounts}
        empty={t("familyAccess.noAccounts")}
      >
        {(items) => (
          <Table aria-label={t("familyAccess.whoCanActForMe")} variant="compact">
            <Thead>
              <Tr>
                <Th modifier="wrap">{t("familyAccess.account")}</Th>
                <Th modifier="wrap">{t("familyAccess.relationship")}</Th>
                <Th modifier="wrap">{t("familyAccess.permissions")}</Th>
                <Th modifier="wrap">{t("familyAccess.legalBasis")}</Th>
                <Th modifier="wrap">{t("familyAccess.since")}</Th>
                <Th modifier="wrap">{t("familyAccess.validUntil")}</Th>
                <Th screenReaderText={t("familyAccess.actions")} />
              </Tr>
            </Thead>
            <Tbody>
              {items.map((account) => (
                <Tr key={account.grantId}>
                  <Td dataLabel={t("familyAccess.account")}>
                    <div>{accountName(account)}</div>
                    {account.email && accountName(account) !== account.email && (
                      <div className="pf-v5-u-color-200">{account.email}</div>
                    )}
                  </Td>
                  <Td dataLabel={t("familyAccess.relationship")}>{relationshipLabel(t, account.relationship)}</Td>
                  <Td dataLabel={t("familyAccess.permissions")}>
                    <AccessPermissions account={account} />
                  </Td>
                  <Td dataLabel={t("familyAccess.legalBasis")}>{legalBasisLabel(t, account)}</Td>
                  <Td dataLabel={t("familyAccess.since")}>{format.date(account.since)}</Td>
                  <Td dataLabel={t("familyAccess.validUntil")}>
                    {account.endsOn ? format.date(account.endsOn) : t("familyAccess.noEnd")}
                  </Td>
                  <Td dataLabel={t("familyAccess.actions")}>
                    <AssentActions account={account} onChanged={accounts.reload} />
                    {account.canRevoke ? (
                      <Button variant="secondary" isDanger size="sm" onClick={() => setRevoking(account)}>
                        {t("familyAccess.revoke")}
                      </Button>
                    ) : (
                      <span className="pf-v5-u-color-200">{t("familyAccess.cannotRevoke")}</span>
                    )}
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </Section>
      {revoking && (
        <ConfirmDialog
          title={t("familyAccess.revokeTitle", { name: accountName(revoking) })}
          confirmLabel={t("familyAccess.revoke")}
          onConfirm={async () => {
            await api.revoke(revoking.grantId);
            focusAfterReload();
            accounts.reload();
          }}
          onClose={() => setRevoking(undefined)}
        >
          {t("familyAccess.revokeBody", { name: accountName(revoking) })}
        </ConfirmDialog>
      )}
    </>
  );
}
