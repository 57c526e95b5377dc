import { Label, LabelGroup } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";

/** A grant's or an invitation's permissions, in words. */
export const PermissionLabels = ({ permissions = [] }: { permissions?: string[] }) => {
  const { t } = useTranslation();
  return (
    <LabelGroup numLabels={3}>
      {permissions.map((permission) => (
        <Label key={permission} isCompact>
          {t(`patientAccess.permission.${permission}`)}
        </Label>
      ))}
    </LabelGroup>
  );
};
