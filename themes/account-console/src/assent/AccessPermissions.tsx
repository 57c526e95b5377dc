import { Label } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import type { MyAccountGrant } from "../api/client";
import { permissionsLabel } from "../family/labels";
import { useFormats } from "../formats";

/**
 * What an account acting for me may do now, what the clinic's age band withheld from it, and my
 * assent in force on it with its last day.
 */
export function AccessPermissions({ account }: { account: MyAccountGrant }) {
  const { t } = useTranslation();
  const format = useFormats();
  return (
    <>
      <div>
        {account.suspended ? (
          <Label color="orange" isCompact>
            {t("assentSuspended")}
          </Label>
        ) : (
          permissionsLabel(t, account.permissions)
        )}
      </div>
      {account.withheld.length > 0 && (
        <div className="pf-v5-u-color-200">{t("assentWithheld", { permissions: permissionsLabel(t, account.withheld) })}</div>
      )}
      {account.assent && (
        <div>
          {t("assentInForce", {
            permissions: permissionsLabel(t, account.assent.permissions),
            date: format.date(account.assent.until),
          })}
        </div>
      )}
    </>
  );
}
