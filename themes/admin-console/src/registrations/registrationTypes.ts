import type { Schemas } from "../api/client";

export type Patient = Schemas["Patient"];
export type Registration = Schemas["OnlineRegistration"];
export type Candidate = NonNullable<Registration["candidates"]>[number];
export type PatientField = NonNullable<Schemas["MergeRequest"]["take"]>[number];
export type Grade = NonNullable<Candidate["grade"]>;
export type RegistrationStatus = NonNullable<Registration["status"]>;
