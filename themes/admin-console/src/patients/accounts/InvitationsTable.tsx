import { useConfirmDialog } from "@keycloak/keycloak-admin-ui";
import {
  ButtonVariant,
  EmptyState,
  EmptyStateBody,
  EmptyStateHeader,
  EmptyStateVariant,
  Label,
  type LabelProps,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, ok, type Schemas } from "../../api/client";
import { usePatientAccessApi } from "../../api/usePatientAccessApi";
import { useCanManage } from "../../components/useCanManage";
import { useFormats } from "../../formats";
import { useAddAlert } from "../PatientAlerts";
import { RowActions, type RowAction } from "../RowActions";
import { FamilyInvited } from "./FamilyInvited";
import { LegalBasisText } from "./LegalBasisSelect";
import { PermissionLabels } from "./PermissionLabels";

type Invitation = Schemas["Invitation"];

const STATUS_COLORS: Record<NonNullable<Invitation["status"]>, LabelProps["color"]> = {
  PENDING: "blue",
  ACCEPTED: "green",
  DECLINED: "orange",
  REVOKED: "grey",
  EXPIRED: "grey",
};

type InvitationsTableProps = {
  patientId: string;
  invitations: Invitation[];
  /** The record's grants, which name the family member who invited a temporary carer. */
  grants: Schemas["AccessGrant"][];
  onChanged: () => void;
};

/**
 * The patient's invitations with where each stands; a pending one can be resent, its link copied
 * (a link is a capability: manage-users only, which the API checks too) or withdrawn.
 */
export const InvitationsTable = ({ patientId, invitations, grants, onChanged }: InvitationsTableProps) => {
  const { t } = useTranslation();
  const format = useFormats();
  const { api, realm } = usePatientAccessApi();
  const canManage = useCanManage();
  const addAlert = useAddAlert();
  const [deleting, setDeleting] = useState<Invitation>();
  const pathOf = (invitation: Invitation) => ({
    realm,
    id: patientId,
    invitationId: invitation.id!,
  });

  const resend = async (invitation: Invitation) => {
    try {
      await ok(
        api.POST(
          "/admin/realms/{realm}/patient-access/patients/{id}/invitations/{invitationId}/resend",
          { params: { path: pathOf(invitation) } },
        ),
      );
      addAlert("success", t("patientAccess.invitationResent", { email: invitation.email }));
    } catch (e) {
      const error = e as ApiError;
      if (error.status === 429 && error.retryAfterSeconds)
        addAlert("warning", t("patientAccess.resendIn", { count: error.retryAfterSeconds }));
      else addAlert(error.status === 429 ? "warning" : "danger", error.message);
    }
    onChanged();
  };

  const copyLink = async (invitation: Invitation) => {
    let link: string;
    try {
      ({ link = "" } = await ok(
        api.GET(
          "/admin/realms/{realm}/patient-access/patients/{id}/invitations/{invitationId}/link",
          { params: { path: pathOf(invitation) } },
        ),
      ));
    } catch (e) {
      addAlert("danger", (e as Error).message);
      onChanged();
      return;
    }
    try {
      await navigator.clipboard.writeText(link);
      addAlert("success", t("patientAccess.linkCopied"));
    } catch {
      // A browser that refuses the clipboard (permission, insecure page): the link, to copy by hand.
      addAlert("warning", t("patientAccess.linkNotCopied", { link }));
    }
  };

  const withdraw = async () => {
    if (!deleting) return;
    try {
      await ok(
        api.DELETE("/admin/realms/{realm}/patient-access/patients/{id}/invitations/{invitationId}", {
          params: { path: pathOf(deleting) },
        }),
      );
      addAlert("success", t("patientAccess.invitationDeleted", { email: deleting.email }));
    } catch (e) {
      addAlert("danger", (e as Error).message);
    }
    onChanged();
  };

  const [toggleDeleteDialog, DeleteDialog] = useConfirmDialog({
    titleKey: "patientAccess.deleteInvitationTitle",
    continueButtonLabel: "patientAccess.delete",
    continueButtonVariant: ButtonVariant.danger,
    onConfirm: withdraw,
    children: deleting && t("patientAccess.deleteInvitationMessage", { email: deleting.email }),
  });

  /** An expired invitation can still be resent (a new link) or withdrawn, but has no link to copy. */
  const actionsOf = (invitation: Invitation): RowAction[] => [
    { title: t("patientAccess.resend"), onClick: () => resend(invitation) },
    ...(invitation.status === "PENDING"
      ? [{ title: t("patientAccess.copyLink"), onClick: () => copyLink(invitation) }]
      : []),
    {
      title: t("patientAccess.delete"),
      onClick: () => {
        setDeleting(invitation);
        toggleDeleteDialog();
      },
    },
  ];
  const isOpen = (invitation: Invitation) =>
    invitation.status === "PENDING" || invitation.status === "EXPIRED";

  if (invitations.length === 0) {
    return (
      <EmptyState variant={EmptyStateVariant.xs}>
        <EmptyStateHeader titleText={t("patientAccess.noInvitations")} headingLevel="h3" />
        <EmptyStateBody>{t("patientAccess.noInvitationsHelp")}</EmptyStateBody>
      </EmptyState>
    );
  }

  return (
    <>
      <DeleteDialog />
      <Table aria-label={t("patientAccess.invitationsTitle")} variant="compact">
        <Thead>
          <Tr>
            <Th modifier="wrap">{t("patientAccess.email")}</Th>
            <Th modifier="wrap">{t("patientAccess.relationship")}</Th>
            <Th modifier="wrap">{t("patientAccess.permissions")}</Th>
            <Th modifier="wrap">{t("patientAccess.invitationStatus")}</Th>
            <Th modifier="wrap">{t("patientAccess.sends")}</Th>
            <Th modifier="wrap">{t("patientAccess.lastSent")}</Th>
            <Th modifier="wrap">{t("patientAccess.expires")}</Th>
            {canManage && <Th screenReaderText={t("patientAccess.actions")} />}
          </Tr>
        </Thead>
        <Tbody>
          {invitations.map((invitation) => (
            <Tr key={invitation.id}>
              <Td dataLabel={t("patientAccess.email")}>{invitation.email}</Td>
              <Td dataLabel={t("patientAccess.relationship")}>
                {t(`patientAccess.relationship.${invitation.relationship}`)}
                {/* Under the relationship, not in a column of its own: the row's actions stay within the tab's width. */}
                <FamilyInvited origin={invitation.origin} createdBy={invitation.createdBy} grants={grants} />
                {invitation.accessUntil && (
                  <div className="pf-v5-u-color-200">
                    {t("patientAccess.familyAccessUntil", { date: format.date(invitation.accessUntil) })}
                  </div>
                )}
                {invitation.legalBasis && (
                  <div className="pf-v5-u-color-200">
                    <LegalBasisText legalBasis={invitation.legalBasis} />
                  </div>
                )}
              </Td>
              <Td dataLabel={t("patientAccess.permissions")}>
                <PermissionLabels permissions={invitation.permissions} />
              </Td>
              <Td dataLabel={t("patientAccess.invitationStatus")}>
                <Label color={STATUS_COLORS[invitation.status!]} isCompact>
                  {t(`patientAccess.invitationStatus.${invitation.status}`)}
                </Label>
                {invitation.decidedByEmail && (
                  <div className="pf-v5-u-color-200">
                    {t("patientAccess.answeredBy", { email: invitation.decidedByEmail })}
                  </div>
                )}
              </Td>
              <Td dataLabel={t("patientAccess.sends")}>{invitation.sendCount}</Td>
              <Td dataLabel={t("patientAccess.lastSent")}>
                {format.dateTime(invitation.lastSentAt)}
              </Td>
              <Td dataLabel={t("patientAccess.expires")}>
                {format.dateTime(invitation.expiresAt)}
              </Td>
              {canManage && (
                <Td isActionCell>
                  {isOpen(invitation) && (
                    <RowActions
                      label={t("patientAccess.invitationActions", { email: invitation.email })}
                      items={actionsOf(invitation)}
                    />
                  )}
                </Td>
              )}
            </Tr>
          ))}
        </Tbody>
      </Table>
    </>
  );
};
