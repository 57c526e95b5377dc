import {
  Alert,
  Button,
  PageSection,
  Spinner,
  Title,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ok, type Schemas } from "../../api/client";
import { usePatientAccessApi } from "../../api/usePatientAccessApi";
import { useCanManage } from "../../components/useCanManage";
import { useApiData } from "../useApiData";
import { AddUserModal } from "./AddUserModal";
import { GrantsTable } from "./GrantsTable";
import { InvitationsTable } from "./InvitationsTable";

/** "User accounts": who may act for the patient, and whom the clinic invited to. */
export const AccountsTab = ({ patient }: { patient: Schemas["Patient"] }) => {
  const { t } = useTranslation();
  const { api, realm } = usePatientAccessApi();
  const canManage = useCanManage();
  const [adding, setAdding] = useState(false);
  const path = { realm, id: patient.id! };

  const grants = useApiData(
    () =>
      ok(api.GET("/admin/realms/{realm}/patient-access/patients/{id}/accounts", { params: { path } })),
    [api, realm, patient.id],
  );
  const invitations = useApiData(
    () =>
      ok(
        api.GET("/admin/realms/{realm}/patient-access/patients/{id}/invitations", {
          params: { path },
        }),
      ),
    [api, realm, patient.id],
  );
  // An invitation that is answered becomes a grant: every action refreshes both lists.
  const refresh = () => {
    grants.reload();
    invitations.reload();
  };

  return (
    <PageSection variant="light">
      {canManage && patient.status === "ACTIVE" && (
        <Toolbar>
          <ToolbarContent>
            <ToolbarItem>
              <Button variant="primary" onClick={() => setAdding(true)}>
                {t("patientAccess.addUser")}
              </Button>
            </ToolbarItem>
          </ToolbarContent>
        </Toolbar>
      )}
      {adding && (
        <AddUserModal
          patient={patient}
          onClose={() => setAdding(false)}
          onInvited={() => {
            setAdding(false);
            refresh();
          }}
        />
      )}

      <Title headingLevel="h2" size="lg" className="pf-v5-u-mt-md pf-v5-u-mb-sm">
        {t("patientAccess.accountsTitle")}
      </Title>
      {grants.error ? (
        <Alert variant="danger" isInline title={grants.error.message} />
      ) : grants.data ? (
        <GrantsTable patientId={patient.id!} grants={grants.data} onChanged={refresh} />
      ) : (
        <Spinner size="lg" aria-label={t("patientAccess.loading")} />
      )}

      <Title headingLevel="h2" size="lg" className="pf-v5-u-mt-xl pf-v5-u-mb-sm">
        {t("patientAccess.invitationsTitle")}
      </Title>
      {invitations.error ? (
        <Alert variant="danger" isInline title={invitations.error.message} />
      ) : invitations.data ? (
        <InvitationsTable
          patientId={patient.id!}
          invitations={invitations.data}
          grants={grants.data ?? []}
          onChanged={refresh}
        />
      ) : (
        <Spinner size="lg" aria-label={t("patientAccess.loading")} />
      )}
    </PageSection>
  );
};
