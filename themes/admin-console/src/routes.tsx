import { routes as keycloakRoutes } from "@keycloak/keycloak-admin-ui";
import { lazy } from "react";
import { PendingRegistrationsNotice } from "./registrations/PendingRegistrationsNotice";
import { RequireAccess } from "./components/RequireAccess";

/** A route of the console, with the access it needs (the package does not export the type). */
type AppRouteObject = (typeof keycloakRoutes)[number];

const PatientsSection = lazy(() => import("./patients/PatientsSection"));
const PatientDetails = lazy(() => import("./patients/PatientDetails"));
const RegistrationsSection = lazy(() => import("./registrations/RegistrationsSection"));
const RegistrationComparison = lazy(() => import("./registrations/RegistrationComparison"));
const RecentMerges = lazy(() => import("./merges/RecentMerges"));
const PossibleDuplicates = lazy(() => import("./duplicates/PossibleDuplicates"));
const PairComparison = lazy(() => import("./duplicates/PairComparison"));
const ComingOfAgeSection = lazy(() => import("./comingOfAge/ComingOfAgeSection"));

/** The clinic's pages; every one needs view-users, and hides what needs manage-users. */
const clinicRoutes: AppRouteObject[] = [
  { path: "/:realm/patients", element: <PatientsSection /> },
  { path: "/:realm/patients/:id/:tab", element: <PatientDetails /> },
  { path: "/:realm/online-registrations", element: <RegistrationsSection /> },
  { path: "/:realm/online-registrations/:id", element: <RegistrationComparison /> },
  { path: "/:realm/recent-merges", element: <RecentMerges /> },
  { path: "/:realm/possible-duplicates", element: <PossibleDuplicates /> },
  { path: "/:realm/possible-duplicates/:pairId", element: <PairComparison /> },
  { path: "/:realm/coming-of-age", element: <ComingOfAgeSection /> },
].map((route) => ({
  ...route,
  element: <RequireAccess access="view-users">{route.element}</RequireAccess>,
  handle: { access: "view-users" },
}));

/** The realm's landing page (Keycloak's dashboard) also says how many registrations wait. */
const isLandingPage = (route: AppRouteObject) =>
  route.path === "/:realm" || route.path === "/:realm/:tab";

/** Keycloak's own pages behind the same access check the stock console applies, then ours. */
export const consoleRoutes: AppRouteObject[] = [
  ...keycloakRoutes.map((route) => ({
    ...route,
    element: (
      <RequireAccess access={route.handle.access}>
        {isLandingPage(route) && <PendingRegistrationsNotice />}
        {route.element}
      </RequireAccess>
    ),
  })),
  ...clinicRoutes,
];
