import { Label } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import { useFormats } from "../formats";
import type { MergeSummary } from "./recentMergesApi";

/** Whether a merge stands and can still be undone, or was undone (by whom, when). */
export const MergeState = ({ merge }: { merge: MergeSummary }) => {
  const { t } = useTranslation();
  const format = useFormats();
  if (merge.undoneAt) {
    return (
      <>
        <Label isCompact color="grey">
          {t("patientAccess.merges.undoneLabel")}
        </Label>
        <div>
          {t("patientAccess.merges.undone", {
            who: merge.undoneBy?.username ?? merge.undoneBy?.userId ?? "",
            when: format.dateTime(merge.undoneAt),
          })}
        </div>
      </>
    );
  }
  return merge.canUndo ? (
    <Label isCompact color="blue">
      {t("patientAccess.merges.canUndo")}
    </Label>
  ) : (
    <Label isCompact color="orange">
      {t("patientAccess.merges.changedSince")}
    </Label>
  );
};
