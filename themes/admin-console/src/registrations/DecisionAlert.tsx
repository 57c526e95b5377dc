import { Alert, AlertActionCloseButton } from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { patientPath } from "./registrationPaths";

/** What the comparison page tells the queue after a decision (router state). */
export type Decision =
  | { decision: "merged"; name: string; survivorId: string; survivorName: string }
  | { decision: "kept" | "dismissed"; name: string };

/** The queue's confirmation of the decision just made, with a link to the survivor after a merge. */
export const DecisionAlert = ({ realm, decided }: { realm: string; decided: Decision }) => {
  const { t } = useTranslation();
  const [shown, setShown] = useState(true);
  if (!shown) return null;
  return (
    <Alert
      isInline
      component="h2"
      variant="success"
      title={t(`patientAccess.registrations.decided.${decided.decision}`, {
        name: decided.name,
        survivor: decided.decision === "merged" ? decided.survivorName : "",
      })}
      actionClose={<AlertActionCloseButton onClose={() => setShown(false)} />}
      actionLinks={
        decided.decision === "merged" && (
          <Link to={patientPath(realm, decided.survivorId)}>
            {t("patientAccess.registrations.openSurvivor", { name: decided.survivorName })}
          </Link>
        )
      }
    />
  );
};
