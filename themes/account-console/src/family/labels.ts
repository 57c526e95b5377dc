import type { TFunction } from "i18next";
import type { MyAccountGrant, MyPatient, Permission, Relationship } from "../api/client";

export function relationshipLabel(t: TFunction, relationship: Relationship) {
  return t(`familyAccess.relationship.${relationship}`);
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

/** A date or an instant as a date in the page's language (instants are days in this API). */
export function formatDate(value: string | undefined, language: string) {
  if (!value) return undefined;
  // A bare date (a birth date) is a calendar day, not midnight UTC shifted into the browser's zone.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
  return date.toLocaleDateString(language, { dateStyle: "long" });
}
