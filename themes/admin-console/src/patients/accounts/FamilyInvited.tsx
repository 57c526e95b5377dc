import { useTranslation } from "react-i18next";
import type { Schemas } from "../../api/client";
import { accountName } from "./GrantsTable";

type Grant = Schemas["AccessGrant"];

type FamilyInvitedProps = {
  /** FAMILY when the patient or a parent invited a temporary carer from their account. */
  origin?: string;
  /** The account of the family member who invited. */
  createdBy?: string;
  /** The record's grants, among which the family member who invited acts for it. */
  grants: Grant[];
};

/**
 * Under a grant or an invitation, that the family invited this temporary carer, and who: named
 * from the record's grants (the one who invited acts for the record), as staff see that account.
 */
export const FamilyInvited = ({ origin, createdBy, grants }: FamilyInvitedProps) => {
  const { t } = useTranslation();
  if (origin !== "FAMILY") return null;
  const inviter = grants.find((grant) => grant.userId === createdBy);
  return (
    <div className="pf-v5-u-color-200">
      {inviter
        ? t("patientAccess.familyInvitedBy", { name: accountName(inviter) })
        : t("patientAccess.familyInvited")}
    </div>
  );
};
