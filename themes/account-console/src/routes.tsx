import { routes as stockRoutes } from "@keycloak/keycloak-account-ui";
import { lazy } from "react";
import type { RouteObject } from "react-router-dom";
import { AccountConsole } from "./AccountConsole";
import { environment } from "./environment";

const FamilyAccess = lazy(() => import("./family/FamilyAccess"));
const Activity = lazy(() => import("./activity/Activity"));

/** Where content.json's "familyAccess" entry leads. */
export const FAMILY_ACCESS_PATH = "family-access";
/** Where content.json's "activity" entry leads. */
export const ACTIVITY_PATH = "activity";

/** Keycloak's own pages and ours, under the account console's path (/realms/{realm}/account/). */
export const routes: RouteObject[] = [
  {
    path: decodeURIComponent(new URL(environment.baseUrl).pathname),
    element: <AccountConsole />,
    children: [
      ...stockRoutes,
      { path: FAMILY_ACCESS_PATH, element: <FamilyAccess /> },
      { path: ACTIVITY_PATH, element: <Activity /> },
    ],
  },
];
