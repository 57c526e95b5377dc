import { Label, type LabelProps } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import type { RegistrationStatus } from "./registrationTypes";

const colors: Record<RegistrationStatus, LabelProps["color"]> = {
  PENDING: "blue",
  AUTO_LINKED: "green",
  MERGED: "green",
  KEPT_AS_NEW: "cyan",
  DISMISSED: "grey",
};

/** Where a registration stands: waiting for staff, or how it was decided. */
export const StatusLabel = ({ status }: { status?: RegistrationStatus }) => {
  const { t } = useTranslation();
  if (!status) return null;
  return (
    <Label isCompact color={colors[status]}>
      {t(`patientAccess.registrations.status.${status}`)}
    </Label>
  );
};
