import { useAccountAlerts } from "@keycloak/keycloak-account-ui";
import { Alert, Button, Flex } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { MyInvitation } from "../api/client";
import { useLoaded } from "../api/useLoaded";
import { useMeApi } from "../api/useMeApi";
import { useFormats } from "../formats";
import { ConfirmDialog } from "./ConfirmDialog";
import { relationshipLabel } from "./labels";
import { Section, useFocusAfterReload } from "./Section";

const SECTION = "invitations-for-me";

/** Invitations to act for a patient addressed to my verified email, answered here as by their emailed link. */
export function InvitationsForMe({ onAccepted }: { onAccepted: () => void }) {
  const { t } = useTranslation();
  const format = useFormats();
  const api = useMeApi();
  const { addAlert } = useAccountAlerts();
  const invitations = useLoaded(api.invitations);
  const [accepting, setAccepting] = useState<string>();
  const [acceptError, setAcceptError] = useState<string>();
  const [declining, setDeclining] = useState<MyInvitation>();
  const focusAfterReload = useFocusAfterReload(SECTION, invitations.data);

  const accept = async (invitation: MyInvitation) => {
    setAccepting(invitation.invitationId);
    setAcceptError(undefined);
    try {
      const patient = await api.accept(invitation.invitationId);
      addAlert(t("familyAccess.accepted", { name: `${patient.firstName} ${patient.lastName}` }));
      focusAfterReload();
      invitations.reload();
      onAccepted();
    } catch (failure) {
      setAcceptError((failure as Error).message);
    } finally {
      setAccepting(undefined);
    }
  };

  return (
    <>
      <Section
        id={SECTION}
        title={t("familyAccess.invitations")}
        description={t("familyAccess.invitationsHelp")}
        loaded={invitations}
        empty={t("familyAccess.noInvitations")}
        actions={acceptError && <Alert variant="danger" isInline title={acceptError} />}
      >
        {(items) => (
          <Table aria-label={t("familyAccess.invitations")} variant="compact">
            <Thead>
              <Tr>
                <Th modifier="wrap">{t("familyAccess.patient")}</Th>
                <Th modifier="wrap">{t("familyAccess.relationship")}</Th>
                <Th modifier="wrap">{t("familyAccess.expires")}</Th>
                <Th screenReaderText={t("familyAccess.actions")} />
              </Tr>
            </Thead>
            <Tbody>
              {items.map((invitation) => (
                <Tr key={invitation.invitationId}>
                  <Td dataLabel={t("familyAccess.patient")}>{invitation.patientFirstName}</Td>
                  <Td dataLabel={t("familyAccess.relationship")}>{relationshipLabel(t, invitation.relationship)}</Td>
                  <Td dataLabel={t("familyAccess.expires")}>{format.date(invitation.expiresAt)}</Td>
                  <Td dataLabel={t("familyAccess.actions")}>
                    <Flex justifyContent={{ default: "justifyContentFlexStart", lg: "justifyContentFlexEnd" }}>
                      <Button
                        variant="primary"
                        size="sm"
                        onClick={() => accept(invitation)}
                        isLoading={accepting === invitation.invitationId}
                        isDisabled={accepting !== undefined}
                      >
                        {t("familyAccess.accept")}
                      </Button>
                      <Button variant="secondary" size="sm" onClick={() => setDeclining(invitation)}>
                        {t("familyAccess.decline")}
                      </Button>
                    </Flex>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </Section>
      {declining && (
        <ConfirmDialog
          title={t("familyAccess.declineTitle", { name: declining.patientFirstName })}
          confirmLabel={t("familyAccess.decline")}
          onConfirm={async () => {
            await api.decline(declining.invitationId);
            focusAfterReload();
            invitations.reload();
          }}
          onClose={() => setDeclining(undefined)}
        >
          {t("familyAccess.declineBody", { name: declining.patientFirstName })}
        </ConfirmDialog>
      )}
    </>
  );
}
