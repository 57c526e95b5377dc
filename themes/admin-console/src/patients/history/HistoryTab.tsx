import { useConfirmDialog } from "@keycloak/keycloak-admin-ui";
import {
  Alert,
  Button,
  EmptyState,
  EmptyStateHeader,
  EmptyStateVariant,
  PageSection,
  Pagination,
  Spinner,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ok, type Schemas } from "../../api/client";
import { usePatientAccessApi } from "../../api/usePatientAccessApi";
import { useCanManage } from "../../components/useCanManage";
import { usePaginationTitles } from "../../components/usePaginationTitles";
import { useFormats } from "../../formats";
import { useAddAlert } from "../PatientAlerts";
import { useApiData } from "../useApiData";
import { HistoryEntryDetails } from "./HistoryEntryDetails";
import { useHistoryApi, type HistoryEntry, type HistoryPage } from "./historyApi";

/** How many entries the pagination may count on: this page's end, and one more when more follow. */
const itemCountOf = (page: HistoryPage, first: number) =>
  first + page.entries.length + (page.hasMore ? 1 : 0);

/** A refused undo in words: the API's message, then each change it names. */
type UndoRefusal = { message: string; changes: string[] };

type HistoryTabProps = { patient: Schemas["Patient"]; onMergeUndone: () => void };

/** What happened to the patient and who did it, newest first, with an export. */
export const HistoryTab = ({ patient, onMergeUndone }: HistoryTabProps) => {
  const { t } = useTranslation();
  const format = useFormats();
  const history = useHistoryApi();
  const { api, realm } = usePatientAccessApi();
  const canManage = useCanManage();
  const addAlert = useAddAlert();
  const [first, setFirst] = useState(0);
  const [max, setMax] = useState(20);
  const [exporting, setExporting] = useState(false);
  const [undoing, setUndoing] = useState<HistoryEntry>();
  const [undoRefusal, setUndoRefusal] = useState<UndoRefusal>();
  const id = patient.id!;

  const page = useApiData(() => history.page(id, first, max), [history, id, first, max]);
  // History names invitations by id; the address is read where User accounts reads it, by the same
  // right (view-users), so History shows it to exactly the staff who see it there.
  const invitations = useApiData(
    () =>
      ok(
        api.GET("/admin/realms/{realm}/patient-access/patients/{id}/invitations", {
          params: { path: { realm, id } },
        }),
      ),
    [api, realm, id],
  );
  const invitedEmailOf = (entry: HistoryEntry) =>
    invitations.data?.find((invitation) => invitation.id === entry.details?.invitationId)?.email;
  const paginationTitles = usePaginationTitles(t("patientAccess.historyPagination"));

  const exportCsv = async () => {
    setExporting(true);
    try {
      const csv = await history.exportCsv(id);
      const url = URL.createObjectURL(csv);
      const link = document.createElement("a");
      link.href = url;
      link.download = `patient-${id}-history.csv`;
      link.click();
      URL.revokeObjectURL(url);
    } catch (e) {
      addAlert("danger", (e as Error).message);
    } finally {
      setExporting(false);
    }
  };

  const undo = async () => {
    const mergeId = undoing?.details?.mergeId;
    if (!mergeId) return;
    setUndoRefusal(undefined);
    let refusal: Schemas["Error"] = {};
    try {
      const answer = await api.POST("/admin/realms/{realm}/patient-access/merges/{mergeId}/undo", {
        params: { path: { realm, mergeId } },
      });
      refusal = (answer.error ?? {}) as Schemas["Error"];
      await ok(Promise.resolve(answer));
      addAlert("success", t("patientAccess.mergeUndone"));
      onMergeUndone();
    } catch (e) {
      setUndoRefusal({
        message: (e as Error).message,
        changes: (refusal.errors ?? []).map((change) => change.errorMessage ?? ""),
      });
      page.reload();
    }
  };

  const [toggleUndoDialog, UndoDialog] = useConfirmDialog({
    titleKey: "patientAccess.undoMergeTitle",
    messageKey: "patientAccess.undoMergeMessage",
    continueButtonLabel: "patientAccess.undoMerge",
    onConfirm: undo,
  });

  const actorOf = (entry: HistoryEntry) =>
    entry.actor ? (entry.actor.username ?? entry.actor.userId) : t("patientAccess.nobody");

  return (
    <PageSection variant="light">
      <UndoDialog />
      {undoRefusal && (
        <Alert
          variant="danger"
          isInline
          className="pf-v5-u-mb-md"
          title={t("patientAccess.undoRefused")}
        >
          <p>{undoRefusal.message}</p>
          {undoRefusal.changes.length > 0 && (
            <ul>
              {undoRefusal.changes.map((change) => (
                <li key={change}>{change}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      <Toolbar>
        <ToolbarContent>
          <ToolbarItem>
            <Button variant="secondary" onClick={exportCsv} isLoading={exporting} isDisabled={exporting}>
              {t("patientAccess.exportCsv")}
            </Button>
          </ToolbarItem>
          {page.data && (
            <ToolbarItem variant="pagination" align={{ default: "alignRight" }}>
              <Pagination
                itemCount={itemCountOf(page.data, first)}
                perPage={max}
                page={Math.floor(first / max) + 1}
                onSetPage={(_event, newPage) => setFirst((newPage - 1) * max)}
                onPerPageSelect={(_event, perPage) => {
                  setMax(perPage);
                  setFirst(0);
                }}
                perPageOptions={[10, 20, 50, 100].map((value) => ({
                  title: String(value),
                  value,
                }))}
                toggleTemplate={({ firstIndex, lastIndex }) => (
                  <>
                    <b>
                      {firstIndex} - {lastIndex}
                    </b>
                  </>
                )}
                isCompact
                titles={paginationTitles}
              />
            </ToolbarItem>
          )}
        </ToolbarContent>
      </Toolbar>

      {page.error ? (
        <Alert variant="danger" isInline title={page.error.message} />
      ) : !page.data ? (
        <Spinner size="lg" aria-label={t("patientAccess.loading")} />
      ) : page.data.entries.length === 0 ? (
        <EmptyState variant={EmptyStateVariant.xs}>
          <EmptyStateHeader titleText={t("patientAccess.noHistory")} headingLevel="h2" />
        </EmptyState>
      ) : (
        <Table aria-label={t("patientAccess.historyTitle")} variant="compact">
          <Thead>
            <Tr>
              <Th modifier="wrap">{t("patientAccess.when")}</Th>
              <Th modifier="wrap">{t("patientAccess.what")}</Th>
              <Th modifier="wrap">{t("patientAccess.who")}</Th>
              <Th modifier="wrap">{t("patientAccess.historyDetails")}</Th>
              {canManage && <Th screenReaderText={t("patientAccess.actions")} />}
            </Tr>
          </Thead>
          <Tbody>
            {page.data.entries.map((entry, index) => (
              <Tr key={`${entry.time}-${index}`}>
                <Td dataLabel={t("patientAccess.when")}>
                  {format.dateTime(entry.time)}
                </Td>
                <Td dataLabel={t("patientAccess.what")}>
                  {t(`patientAccess.historyAction.${entry.action}`, { defaultValue: entry.action })}
                </Td>
                <Td dataLabel={t("patientAccess.who")}>{actorOf(entry)}</Td>
                <Td dataLabel={t("patientAccess.historyDetails")}>
                  <HistoryEntryDetails entry={entry} invitedEmail={invitedEmailOf(entry)} />
                </Td>
                {canManage && (
                  <Td isActionCell>
                    {entry.action === "MERGED" && entry.details?.mergeId && (
                      <Button
                        variant="secondary"
                        size="sm"
                        onClick={() => {
                          setUndoing(entry);
                          toggleUndoDialog();
                        }}
                      >
                        {t("patientAccess.undoMerge")}
                      </Button>
                    )}
                  </Td>
                )}
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
    </PageSection>
  );
};
