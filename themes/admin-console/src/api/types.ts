import type { Schemas } from "./client";

/** The staff API's shapes under the names our pages use (one place to follow a schema's rename). */
export type Patient = Schemas["Patient"];
export type ImportReport = Schemas["ImportReport"];
export type { EditableField as PatientField } from "../patients/editableFields";
