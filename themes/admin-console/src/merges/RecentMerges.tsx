import { useConfirmDialog, ViewHeader } from "@keycloak/keycloak-admin-ui";
import {
  Alert,
  AlertActionCloseButton,
  EmptyState,
  EmptyStateBody,
  EmptyStateHeader,
  PageSection,
  Spinner,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { usePatientAccessApi } from "../api/usePatientAccessApi";
import { NextPagePagination } from "../components/NextPagePagination";
import { useCanManage } from "../components/useCanManage";
import type { MergeSummary } from "./recentMergesApi";
import { RecentMergesTable } from "./RecentMergesTable";
import { recordName } from "./recordName";
import { useRecentMerges } from "./useRecentMerges";
import { UndoRefused, useUndoMerge } from "./useUndoMerge";

type Outcome =
  | { kind: "undone"; merge: MergeSummary }
  | { kind: "refused"; merge: MergeSummary; message: string; changes: string[] };

/** "Recent merges": the realm's merges, newest first, each undoable while nothing changed since. */
export default function RecentMerges() {
  const { t } = useTranslation();
  const { realm } = usePatientAccessApi();
  const canManage = useCanManage();
  const [{ first, max }, setPaging] = useState({ first: 0, max: 10 });
  const { page, error, reload } = useRecentMerges(first, max);
  const undo = useUndoMerge();
  const [chosen, setChosen] = useState<MergeSummary>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  const [confirmUndo, UndoDialog] = useConfirmDialog({
    titleKey: "patientAccess.merges.confirmUndoTitle",
    continueButtonLabel: "patientAccess.merges.undo",
    onConfirm: async () => {
      const merge = chosen!;
      setBusy(true);
      setOutcome(undefined);
      try {
        await undo(merge.mergeId);
        setOutcome({ kind: "undone", merge });
      } catch (e) {
        const changes = e instanceof UndoRefused ? e.changes : [];
        setOutcome({ kind: "refused", merge, message: (e as Error).message, changes });
      } finally {
        setBusy(false);
        reload();
      }
    },
    children: chosen && (
      <p>
        {t("patientAccess.merges.confirmUndo", {
          merged: recordName(chosen.merged),
          survivor: recordName(chosen.survivor),
        })}
      </p>
    ),
  });

  const pagination = (variant: "top" | "bottom") => (
    <NextPagePagination
      first={first}
      max={max}
      shown={page?.rows.length ?? 0}
      hasNext={page?.hasNext ?? false}
      onChange={(nextFirst, nextMax) => setPaging({ first: nextFirst, max: nextMax })}
      variant={variant}
      aria-label={t("patientAccess.merges.pagination", { context: variant })}
    />
  );

  return (
    <>
      <ViewHeader titleKey="patientAccess.recentMerges" subKey="patientAccess.merges.intro" />
      <PageSection variant="light">
        <UndoDialog />
        {outcome?.kind === "undone" && (
          <Alert
            isInline
            component="h2"
            variant="success"
            title={t("patientAccess.merges.undoneAlert", {
              merged: recordName(outcome.merge.merged),
              survivor: recordName(outcome.merge.survivor),
            })}
            actionClose={<AlertActionCloseButton onClose={() => setOutcome(undefined)} />}
          />
        )}
        {outcome?.kind === "refused" && (
          <Alert
            isInline
            component="h2"
            variant="danger"
            title={t("patientAccess.merges.undoFailed", {
              merged: recordName(outcome.merge.merged),
              survivor: recordName(outcome.merge.survivor),
            })}
            actionClose={<AlertActionCloseButton onClose={() => setOutcome(undefined)} />}
          >
            <p>{outcome.message}</p>
            {outcome.changes.length > 0 && (
              <ul>
                {outcome.changes.map((change) => (
                  <li key={change}>{change}</li>
                ))}
              </ul>
            )}
          </Alert>
        )}
        <Toolbar>
          <ToolbarContent>
            <ToolbarItem variant="pagination">{pagination("top")}</ToolbarItem>
          </ToolbarContent>
        </Toolbar>
        {error && (
          <Alert
            isInline
            component="h2"
            variant="danger"
            title={t("patientAccess.merges.loadFailed")}
          >
            {error.message}
          </Alert>
        )}
        {!page && !error && <Spinner aria-label={t("patientAccess.merges.loading")} />}
        {page && page.rows.length === 0 && (
          <EmptyState>
            <EmptyStateHeader titleText={t("patientAccess.merges.empty")} headingLevel="h2" />
            <EmptyStateBody>{t("patientAccess.merges.emptyBody")}</EmptyStateBody>
          </EmptyState>
        )}
        {page && page.rows.length > 0 && (
          <>
            <RecentMergesTable
              realm={realm}
              rows={page.rows}
              canManage={canManage}
              busy={busy}
              onUndo={(merge) => {
                setChosen(merge);
                confirmUndo();
              }}
            />
            {pagination("bottom")}
          </>
        )}
      </PageSection>
    </>
  );
}
