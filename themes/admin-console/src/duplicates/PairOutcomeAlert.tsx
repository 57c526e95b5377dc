import { Alert, AlertActionCloseButton } from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { patientPath } from "../registrations/registrationPaths";

/** What the comparison tells the list after a decision (router state). */
export type PairOutcome =
  | { outcome: "merged"; merged: string; survivorId: string; survivor: string }
  | { outcome: "dismissed"; a: string; b: string };

/** The list's confirmation of what was just done to a pair, with a link to the survivor after a merge. */
export const PairOutcomeAlert = ({ realm, done }: { realm: string; done: PairOutcome }) => {
  const { t } = useTranslation();
  const [shown, setShown] = useState(true);
  if (!shown) return null;
  return (
    <Alert
      isInline
      component="h2"
      variant="success"
      className="pf-v5-u-mb-md"
      title={
        done.outcome === "merged"
          ? t("patientAccess.duplicates.merged", { merged: done.merged, survivor: done.survivor })
          : t("patientAccess.duplicates.dismissed", { a: done.a, b: done.b })
      }
      actionClose={<AlertActionCloseButton onClose={() => setShown(false)} />}
      actionLinks={
        done.outcome === "merged" && (
          <Link to={patientPath(realm, done.survivorId)}>
            {t("patientAccess.registrations.openSurvivor", { name: done.survivor })}
          </Link>
        )
      }
    />
  );
};
