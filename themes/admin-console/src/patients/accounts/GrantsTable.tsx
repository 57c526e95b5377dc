import { useConfirmDialog } from "@keycloak/keycloak-admin-ui";
import {
  ButtonVariant,
  EmptyState,
  EmptyStateBody,
  EmptyStateHeader,
  EmptyStateVariant,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ok, type Schemas } from "../../api/client";
import { usePatientAccessApi } from "../../api/usePatientAccessApi";
import { useCanManage } from "../../components/useCanManage";
import { useFormats } from "../../formats";
import { useAddAlert } from "../PatientAlerts";
import { RowActions } from "../RowActions";
import { FamilyInvited } from "./FamilyInvited";
import { LegalBasisModal } from "./LegalBasisModal";
import { LegalBasisText } from "./LegalBasisSelect";
import { PermissionLabels } from "./PermissionLabels";

type Grant = Schemas["AccessGrant"];

/** The account in words: its name and email, or its id when the caller may not view it. */
export const accountName = (grant: Grant) =>
  [grant.firstName, grant.lastName].filter(Boolean).join(" ") ||
  grant.email ||
  grant.username ||
  grant.userId ||
  "";

type GrantsTableProps = { patientId: string; grants: Grant[]; onChanged: () => void };

/** The accounts that may act for the patient; staff who manage users can end a grant. */
export const GrantsTable = ({ patientId, grants, onChanged }: GrantsTableProps) => {
  const { t } = useTranslation();
  const format = useFormats();
  const { api, realm } = usePatientAccessApi();
  const canManage = useCanManage();
  const addAlert = useAddAlert();
  const [removing, setRemoving] = useState<Grant>();
  const [recording, setRecording] = useState<Grant>();

  const remove = async () => {
    if (!removing) return;
    try {
      await ok(
        api.DELETE("/admin/realms/{realm}/patient-access/patients/{id}/accounts/{grantId}", {
          params: { path: { realm, id: patientId, grantId: removing.id! } },
        }),
      );
      addAlert("success", t("patientAccess.accountRemoved", { name: accountName(removing) }));
    } catch (e) {
      addAlert("danger", (e as Error).message);
    }
    onChanged();
  };

  const [toggleRemoveDialog, RemoveDialog] = useConfirmDialog({
    titleKey: "patientAccess.removeAccountTitle",
    continueButtonLabel: "patientAccess.remove",
    continueButtonVariant: ButtonVariant.danger,
    onConfirm: remove,
    children: removing && t("patientAccess.removeAccountMessage", { name: accountName(removing) }),
  });

  if (grants.length === 0) {
    return (
      <EmptyState variant={EmptyStateVariant.xs}>
        <EmptyStateHeader titleText={t("patientAccess.noAccounts")} headingLevel="h3" />
        <EmptyStateBody>{t("patientAccess.noAccountsHelp")}</EmptyStateBody>
      </EmptyState>
    );
  }

  return (
    <>
      <RemoveDialog />
      {recording && (
        <LegalBasisModal
          patientId={patientId}
          grant={recording}
          accountName={accountName(recording)}
          onClose={() => setRecording(undefined)}
          onSaved={() => {
            setRecording(undefined);
            onChanged();
          }}
        />
      )}
      <Table aria-label={t("patientAccess.accountsTitle")} variant="compact">
        <Thead>
          <Tr>
            <Th modifier="wrap">{t("patientAccess.account")}</Th>
            <Th modifier="wrap">{t("patientAccess.relationship")}</Th>
            <Th modifier="wrap">{t("patientAccess.permissions")}</Th>
            <Th modifier="wrap">{t("patientAccess.legalBasis")}</Th>
            <Th modifier="wrap">{t("patientAccess.validUntil")}</Th>
            <Th modifier="wrap">{t("patientAccess.since")}</Th>
            {canManage && <Th screenReaderText={t("patientAccess.actions")} />}
          </Tr>
        </Thead>
        <Tbody>
          {grants.map((grant) => (
            <Tr key={grant.id}>
              <Td dataLabel={t("patientAccess.account")}>
                {accountName(grant)}
                {grant.email && accountName(grant) !== grant.email && (
                  <div className="pf-v5-u-color-200">{grant.email}</div>
                )}
              </Td>
              <Td dataLabel={t("patientAccess.relationship")}>
                {t(`patientAccess.relationship.${grant.relationship}`)}
                <FamilyInvited origin={grant.origin} createdBy={grant.createdBy} grants={grants} />
              </Td>
              <Td dataLabel={t("patientAccess.permissions")}>
                <PermissionLabels permissions={grant.permissions} />
              </Td>
              <Td dataLabel={t("patientAccess.legalBasis")}>
                <LegalBasisText legalBasis={grant.legalBasis} />
              </Td>
              <Td dataLabel={t("patientAccess.validUntil")}>
                {grant.validUntil
                  ? format.date(grant.validUntil)
                  : t("patientAccess.noEnd")}
              </Td>
              <Td dataLabel={t("patientAccess.since")}>
                {format.dateTime(grant.createdAt)}
              </Td>
              {canManage && (
                <Td isActionCell>
                  <RowActions
                    label={t("patientAccess.accountActions", { name: accountName(grant) })}
                    items={[
                      // The patient's own account acts for them by being them: it has no legal basis to record.
                      ...(grant.relationship === "SELF"
                        ? []
                        : [{ title: t("patientAccess.recordLegalBasis"), onClick: () => setRecording(grant) }]),
                      {
                        title: t("patientAccess.remove"),
                        onClick: () => {
                          setRemoving(grant);
                          toggleRemoveDialog();
                        },
                      },
                    ]}
                  />
                </Td>
              )}
            </Tr>
          ))}
        </Tbody>
      </Table>
    </>
  );
};
