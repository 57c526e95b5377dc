/** The relationships an account can have to a patient (AccessGrantRequest, InvitationRequest). */
export const RELATIONSHIPS = ["SELF", "PARENT", "GUARDIAN", "CAREGIVER", "OTHER"] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** What an account may do for the patient. */
export const PERMISSIONS = ["BOOK", "VIEW", "MANAGE_PROFILE"] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** The API's default when an invitation names no permissions. */
export const DEFAULT_PERMISSIONS: Permission[] = ["BOOK", "VIEW"];

/** The languages an invitation email is written in (the clinic theme's). */
export const INVITATION_LANGUAGES = ["en", "fr"] as const;

/** The grounds staff may record for an account's access (AccessGrantRequest, InvitationRequest); none: not recorded. */
export const LEGAL_BASES = [
  "PARENTAL_RESPONSIBILITY",
  "COURT_ORDER",
  "POWER_OF_ATTORNEY",
  "PATIENT_CONSENT",
  "OTHER",
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];
