/** What the one search box of the Patients page searches by; each is a query parameter of the API. */
export const searchKinds = ["search", "birthDate", "email", "phone", "externalId"] as const;
export type SearchKind = (typeof searchKinds)[number];

export type PatientSearch = {
  kind: SearchKind;
  text: string;
  status: "ACTIVE" | "ARCHIVED" | "any";
};

/** The API's query for a search: only the chosen criterion, trimmed; nothing when the box is empty. */
export const toQuery = ({ kind, text, status }: PatientSearch) => {
  const value = text.trim();
  return { status, ...(value ? { [kind]: value } : {}) };
};
