import type { Schemas } from "../api/client";

export type { Patient, PatientField } from "../api/types";
export type Registration = Schemas["OnlineRegistration"];
export type Candidate = Schemas["MatchCandidate"];
export type Grade = Candidate["grade"];
export type RegistrationStatus = Registration["status"];
