import { ForbiddenSection, useAccess } from "@keycloak/keycloak-admin-ui";
import type { AccessType } from "@keycloak/keycloak-admin-client/lib/defs/whoAmIRepresentation";
import type { ReactNode } from "react";

/**
 * The check the stock console makes before it shows a page (its own is not exported): the
 * server refuses the calls anyway; this shows the same "forbidden" page instead of failing calls.
 */
export const RequireAccess = ({
  access,
  children,
}: {
  access: AccessType | AccessType[];
  children: ReactNode;
}) => {
  const { hasAccess } = useAccess();
  const needed = Array.isArray(access) ? access : [access];
  if (!hasAccess(...needed)) return <ForbiddenSection permissionNeeded={access} />;
  return <>{children}</>;
};
