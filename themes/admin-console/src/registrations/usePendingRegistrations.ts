import { useEffect, useState } from "react";
import { useLocation } from "react-router-dom";
import { ok } from "../api/client";
import { usePatientAccessApi } from "../api/usePatientAccessApi";

/**
 * How many online registrations wait for staff, for the navigation and the landing page; counted
 * again on every page change, so that a decision shows at once.
 */
export function usePendingRegistrations() {
  const { api, realm } = usePatientAccessApi();
  const { key } = useLocation();
  const [pending, setPending] = useState(0);
  useEffect(() => {
    ok(api.GET("/admin/realms/{realm}/patient-access/registrations/count", { params: { path: { realm } } })).then(
      (count) => setPending(Number(count)),
      () => setPending(0),
    );
  }, [api, realm, key]);
  return pending;
}
