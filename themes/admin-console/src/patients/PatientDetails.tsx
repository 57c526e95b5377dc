import { ViewHeader } from "@keycloak/keycloak-admin-ui";

export default function PatientDetails() {
  return <ViewHeader titleKey="patientAccess.PatientDetails" />;
}
