import { ViewHeader } from "@keycloak/keycloak-admin-ui";

export default function PatientsSection() {
  return <ViewHeader titleKey="patientAccess.patients" />;
}
