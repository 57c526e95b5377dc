import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { usePatientAccessApi } from "../../api/usePatientAccessApi";
import { toPatient } from "../patientPaths";
import type { HistoryEntry } from "./historyApi";

type HistoryEntryDetailsProps = {
  entry: HistoryEntry;
  /** For an invitation's entry, the address it was sent to (from the patient's invitations). */
  invitedEmail?: string;
};

/** The facts of an entry staff read in words; ids stay in the CSV export, except the other record's. */
export const HistoryEntryDetails = ({ entry, invitedEmail }: HistoryEntryDetailsProps) => {
  const { t } = useTranslation();
  const { realm } = usePatientAccessApi();
  const details = entry.details ?? {};
  // An age band's or an assent's change names the permissions before and after ("NONE": suspended).
  const permissionWords = (names?: string) =>
    (names ?? "NONE")
      .split(",")
      .map((name) => t(`patientAccess.permission.${name}`, { defaultValue: name }))
      .join(", ");
  const facts = [
    invitedEmail && t("patientAccess.historyInvitedEmail", { email: invitedEmail }),
    details.relationship && t(`patientAccess.relationship.${details.relationship}`),
    details.reason && t(`patientAccess.historyReason.${details.reason}`, { defaultValue: details.reason }),
    details.permissionsAfter &&
      t("patientAccess.historyPermissions", {
        before: permissionWords(details.permissionsBefore),
        after: permissionWords(details.permissionsAfter),
      }),
    details.role && t(`patientAccess.mergeRole.${details.role}`, { defaultValue: details.role }),
    details.decision &&
      // A review's decision (keep, end) has words of its own; a registration's the others.
      t(
        entry.action === "GRANT_REVIEW_DECIDED"
          ? `patientAccess.reviewDecision.${details.decision}`
          : `patientAccess.registrationDecision.${details.decision}`,
        { defaultValue: details.decision },
      ),
    details.fields &&
      t("patientAccess.historyFields", {
        fields: details.fields
          .split(",")
          .map((field) => t(`patientAccess.field.${field}`, { defaultValue: field }))
          .join(", "),
      }),
    entry.action === "OTHER" &&
      [details.resourceType, details.operation, details.eventType].filter(Boolean).join(" "),
  ].filter(Boolean);

  return (
    <>
      {facts.join(" · ")}
      {details.otherPatientId && (
        <>
          {facts.length > 0 && " · "}
          <Link to={toPatient(realm, details.otherPatientId, "details")}>
            {t("patientAccess.otherRecord")}
          </Link>
        </>
      )}
    </>
  );
};
