/** The tabs of a patient's page, as they appear in the URL. */
export type PatientTab = "details" | "accounts" | "history";

/** The path of a patient's page (route `/:realm/patients/:id/:tab`). */
export const toPatient = (realm: string, id: string, tab: PatientTab = "details") =>
  `/${encodeURIComponent(realm)}/patients/${encodeURIComponent(id)}/${tab}`;
