import { Label, type LabelProps } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import type { Grade } from "./registrationTypes";

const colors: Record<Grade, LabelProps["color"]> = {
  certain: "green",
  probable: "gold",
  possible: "grey",
};

/** How sure the matcher is that a candidate is the person who registered. */
export const GradeLabel = ({ grade }: { grade?: Grade }) => {
  const { t } = useTranslation();
  if (!grade) return null;
  return (
    <Label isCompact color={colors[grade]}>
      {t(`patientAccess.registrations.grade.${grade}`)}
    </Label>
  );
};
