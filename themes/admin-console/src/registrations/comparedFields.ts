import type { Patient, PatientField } from "./registrationTypes";

/** The fields staff compare, in the order they read them. */
export const comparedFields: PatientField[] = [
  "firstName",
  "lastName",
  "birthDate",
  "email",
  "phone",
  "externalId",
];

/** A field's value, or undefined when it is empty. */
export function valueOf(patient: Patient | undefined, field: PatientField) {
  const value = patient?.[field]?.trim();
  return value ? value : undefined;
}

/** Emails are compared without case; phones are E.164 on both sides (the API stores them so). */
function comparable(field: PatientField, value: string) {
  return field === "email" ? value.toLowerCase() : value;
}

/** Whether what the person typed differs from what the clinic has (nothing typed never differs). */
export function differs(field: PatientField, typed: Patient | undefined, clinic: Patient | undefined) {
  const typedValue = valueOf(typed, field);
  if (typedValue === undefined) return false;
  const clinicValue = valueOf(clinic, field);
  return clinicValue === undefined || comparable(field, typedValue) !== comparable(field, clinicValue);
}

/** The candidates with the best first (the API sends them so; this does not rely on it). */
export function byScore<T extends { score: number }>(candidates: T[]) {
  return [...candidates].sort((a, b) => b.score - a.score);
}

export const fullName = (patient: Patient | undefined) =>
  [patient?.firstName, patient?.lastName].filter(Boolean).join(" ");
