import { ViewHeader } from "@keycloak/keycloak-admin-ui";

export default function RegistrationsSection() {
  return <ViewHeader titleKey="patientAccess.RegistrationsSection" />;
}
