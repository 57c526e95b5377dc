import { useAccess } from "@keycloak/keycloak-admin-ui";

/** Staff with view-users only see every page read-only: no button that the server would refuse. */
export function useCanManage() {
  const { hasAccess } = useAccess();
  return hasAccess("manage-users");
}
