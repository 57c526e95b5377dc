import { ViewHeader } from "@keycloak/keycloak-admin-ui";

export default function RegistrationComparison() {
  return <ViewHeader titleKey="patientAccess.RegistrationComparison" />;
}
