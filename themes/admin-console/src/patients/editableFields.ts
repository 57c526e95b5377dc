import type { Schemas } from "../api/client";

type Patient = Schemas["Patient"];

/** The fields staff edit; a PUT replaces every one of them (one left out is cleared). */
export const EDITABLE_FIELDS = [
  "firstName",
  "lastName",
  "birthDate",
  "email",
  "phone",
  "externalId",
] as const;

export type EditableField = (typeof EDITABLE_FIELDS)[number];
export type PatientFields = Record<EditableField, string>;

/**
 * The record's editable fields, an absent one as ""; with `phone`, the phone as staff read it (the
 * API reads it back in the clinic's region).
 */
export const editableFields = (patient: Patient, phone?: (value: string | undefined) => string): PatientFields =>
  Object.fromEntries(
    EDITABLE_FIELDS.map((name) => [name, name === "phone" && phone ? phone(patient.phone) : (patient[name] ?? "")]),
  ) as PatientFields;

/** What a PUT sends: the fields with a value; an emptied field is left out, which clears it. */
export const toRequest = (fields: PatientFields): Patient =>
  Object.fromEntries(
    EDITABLE_FIELDS.map((name) => [name, fields[name].trim()]).filter(([, value]) => value !== ""),
  ) as Patient;
