import type { TFunction } from "i18next";
import type { MyAccountGrant, MyPatient, Permission, Relationship } from "../api/client";

export function relationshipLabel(t: TFunction, relationship: Relationship) {
  return t(`familyAccess.relationship.${relationship}`);
}

/** The legal basis the clinic recorded; the person's own record needs none. */
export function legalBasisLabel(t: TFunction, grant: Pick<MyPatient, "relationship" | "legalBasis">) {
  if (grant.relationship === "SELF") return t("familyAccess.legalBasis.notNeeded");
  return t(`familyAccess.legalBasis.${grant.legalBasis ?? "none"}`);
}

export function permissionsLabel(t: TFunction, permissions: Permission[]) {
  return permissions.map((permission) => t(`familyAccess.permission.${permission}`)).join(", ");
}

export function patientName(patient: Pick<MyPatient, "firstName" | "lastName">) {
  return `${patient.firstName} ${patient.lastName}`;
}

/** An account is named by its holder's name, or its email when the account has no name. */
export function accountName(account: MyAccountGrant) {
  const name = [account.firstName, account.lastName].filter(Boolean).join(" ");
  return name || account.email || "";
}
