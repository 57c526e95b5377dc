import { useEffect, useState } from "react";
import { ok } from "../api/client";
import { usePatientAccessApi } from "../api/usePatientAccessApi";

/** How many online registrations wait for staff, for the navigation and the landing page. */
export function usePendingRegistrations() {
  const { api, realm } = usePatientAccessApi();
  const [pending, setPending] = useState(0);
  useEffect(() => {
    ok(
      api.GET("/admin/realms/{realm}/patient-access/registrations", {
        params: { path: { realm }, query: { max: 100 } },
      }),
    ).then(
      (list) => setPending(list.filter((r) => r.status === "PENDING").length),
      () => setPending(0),
    );
  }, [api, realm]);
  return pending;
}
