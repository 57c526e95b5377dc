import { routes as keycloakRoutes, useAccess } from "@keycloak/keycloak-admin-ui";
import { lazy, type ReactNode } from "react";
import { Navigate, useParams } from "react-router-dom";
import { environment } from "./environment";
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
const GrantReviewsSection = lazy(() => import("./reviews/GrantReviewsSection"));

/** The clinic's pages; every one needs view-users, and hides what needs manage-users. */
const clinicRoutes: AppRouteObject[] = [
  {
    path: "/:realm/patients",
    // Where staff land after signing in: the registrations waiting for them, above the search.
    element: (
      <>
        <PendingRegistrationsNotice />
        <PatientsSection />
      </>
    ),
  },
  { path: "/:realm/patients/:id/:tab", element: <PatientDetails /> },
  { path: "/:realm/online-registrations", element: <RegistrationsSection /> },
  { path: "/:realm/online-registrations/:id", element: <RegistrationComparison /> },
  { path: "/:realm/recent-merges", element: <RecentMerges /> },
  { path: "/:realm/possible-duplicates", element: <PossibleDuplicates /> },
  { path: "/:realm/possible-duplicates/:pairId", element: <PairComparison /> },
  { path: "/:realm/coming-of-age", element: <ComingOfAgeSection /> },
  { path: "/:realm/grant-reviews", element: <GrantReviewsSection /> },
].map((route) => ({
  ...route,
  element: <RequireAccess access="view-users">{route.element}</RequireAccess>,
  handle: { access: "view-users" },
}));

/** The realm's landing page (Keycloak's dashboard) also says how many registrations wait. */
const isLandingPage = (route: AppRouteObject) =>
  route.path === "/:realm" || route.path === "/:realm/:tab";
/** Where the console lands: "/" after signing in, and the realm's own address "/:realm". */
const isLanding = (route: AppRouteObject) => route.path === "/" || route.path === "/:realm";

/**
 * Staff who may see the clinic's patients land on Patients instead of Keycloak's generic welcome;
 * anyone else (a realm administrator without view-users) keeps Keycloak's dashboard. The dashboard's
 * tabs stay reachable by their own address ("/:realm/info").
 */
const StaffLanding = ({ dashboard }: { dashboard: ReactNode }) => {
  const { hasAccess } = useAccess();
  // "/" names no realm: the console's own, the one staff signed in to.
  const realm = useParams().realm ?? environment.realm;
  if (hasAccess("view-users")) {
    return <Navigate replace to={`/${encodeURIComponent(realm)}/patients`} />;
  }
  return <>{dashboard}</>;
};

/** Keycloak's own pages behind the same access check the stock console applies, then ours. */
export const consoleRoutes: AppRouteObject[] = [
  ...keycloakRoutes.map((route) => {
    const page = (
      <>
        {isLandingPage(route) && <PendingRegistrationsNotice />}
        {route.element}
      </>
    );
    return {
      ...route,
      element: (
        <RequireAccess access={route.handle.access}>
          {isLanding(route) ? <StaffLanding dashboard={page} /> : page}
        </RequireAccess>
      ),
    };
  }),
  ...clinicRoutes,
];
