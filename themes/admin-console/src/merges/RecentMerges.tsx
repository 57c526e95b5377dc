import { ViewHeader } from "@keycloak/keycloak-admin-ui";

export default function RecentMerges() {
  return <ViewHeader titleKey="patientAccess.RecentMerges" />;
}
