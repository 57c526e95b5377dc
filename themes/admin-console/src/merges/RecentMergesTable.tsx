import { Button } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useFormats } from "../formats";
import { patientPath } from "../registrations/registrationPaths";
import { MergeState } from "./MergeState";
import { recordName } from "./recordName";
import type { MergeSummary } from "./recentMergesApi";

/** The realm's merges: the record kept, the one merged into it, who and when, and its undo. */
export const RecentMergesTable = ({
  realm,
  rows,
  canManage,
  busy,
  onUndo,
}: {
  realm: string;
  rows: MergeSummary[];
  canManage: boolean;
  busy: boolean;
  onUndo: (merge: MergeSummary) => void;
}) => {
  const { t } = useTranslation();
  const format = useFormats();
  return (
    <Table aria-label={t("patientAccess.merges.table")} variant="compact">
      <Thead>
        <Tr>
          <Th modifier="wrap">{t("patientAccess.merges.survivor")}</Th>
          <Th modifier="wrap">{t("patientAccess.merges.merged")}</Th>
          <Th modifier="wrap">{t("patientAccess.merges.mergedBy")}</Th>
          <Th modifier="wrap">{t("patientAccess.merges.mergedAt")}</Th>
          <Th modifier="wrap">{t("patientAccess.merges.state")}</Th>
          {canManage && (
            <Th>
              <span className="pf-v5-screen-reader">{t("patientAccess.merges.actions")}</span>
            </Th>
          )}
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((merge) => (
          <Tr key={merge.mergeId}>
            <Td dataLabel={t("patientAccess.merges.survivor")}>
              <Link to={patientPath(realm, merge.survivor.id)}>{recordName(merge.survivor)}</Link>
            </Td>
            <Td dataLabel={t("patientAccess.merges.merged")}>
              {merge.undoneAt ? (
                <Link to={patientPath(realm, merge.merged.id)}>{recordName(merge.merged)}</Link>
              ) : (
                recordName(merge.merged)
              )}
            </Td>
            <Td dataLabel={t("patientAccess.merges.mergedBy")} modifier="breakWord">
              {merge.mergedBy?.username ?? merge.mergedBy?.userId}
            </Td>
            <Td dataLabel={t("patientAccess.merges.mergedAt")}>{format.dateTime(merge.mergedAt)}</Td>
            <Td dataLabel={t("patientAccess.merges.state")} modifier="breakWord">
              <MergeState merge={merge} />
            </Td>
            {canManage && (
              <Td isActionCell modifier="fitContent">
                {merge.canUndo && (
                  <Button
                    variant="secondary"
                    size="sm"
                    isDisabled={busy}
                    onClick={() => onUndo(merge)}
                    aria-label={t("patientAccess.merges.undoNamed", {
                      merged: recordName(merge.merged),
                      survivor: recordName(merge.survivor),
                    })}
                  >
                    {t("patientAccess.merges.undo")}
                  </Button>
                )}
              </Td>
            )}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
