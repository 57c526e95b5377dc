import type { Patient } from "../api/types";

export const patientName = (patient: Pick<Patient, "firstName" | "lastName">) =>
  `${patient.firstName} ${patient.lastName}`;
