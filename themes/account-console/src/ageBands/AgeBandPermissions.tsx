import { Label } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import type { MyPatient } from "../api/client";
import { permissionsLabel } from "../family/labels";

/**
 * What my access to a person lets me do now, and what the clinic's age band took from it: a parent's
 * access narrowed as the child grows up, or suspended (still there, allowing nothing).
 */
export function AgeBandPermissions({ patient }: { patient: MyPatient }) {
  const { t } = useTranslation();
  return (
    <>
      <div>
        {patient.suspended ? (
          <Label color="orange" isCompact>
            {t("assentSuspended")}
          </Label>
        ) : (
          permissionsLabel(t, patient.permissions)
        )}
      </div>
      {patient.withheld.length > 0 && (
        <div className="pf-v5-u-color-200">{t("assentWithheld", { permissions: permissionsLabel(t, patient.withheld) })}</div>
      )}
    </>
  );
}
