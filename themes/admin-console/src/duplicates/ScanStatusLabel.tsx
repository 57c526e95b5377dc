import { Label, type LabelProps } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import type { Scan } from "./duplicatesApi";

const colors: Record<Scan["status"], LabelProps["color"]> = {
  RUNNING: "blue",
  COMPLETED: "green",
  FAILED: "red",
};

/** Whether the scan runs, is done or failed, in words. */
export const ScanStatusLabel = ({ status }: { status: Scan["status"] }) => {
  const { t } = useTranslation();
  return (
    <Label isCompact color={colors[status]}>
      {t(`patientAccess.duplicates.scanStatus.${status}`)}
    </Label>
  );
};
