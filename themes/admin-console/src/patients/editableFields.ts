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

/** The record's editable fields, an absent one as "". */
export const editableFields = (patient: Patient): PatientFields =>
  Object.fromEntries(EDITABLE_FIELDS.map((name) => [name, patient[name] ?? ""])) as PatientFields;

/** What a PUT sends: the fields with a value; an emptied field is left out, which clears it. */
export const toRequest = (fields: PatientFields): Patient =>
  Object.fromEntries(
    EDITABLE_FIELDS.map((name) => [name, fields[name].trim()]).filter(([, value]) => value !== ""),
  ) as Patient;
