import { useEffect, useState } from "react";
import { ApiError, ok } from "../api/client";
import { usePatientAccessApi } from "../api/usePatientAccessApi";
import type { Registration } from "./registrationTypes";

/** One queue entry; `null` when the realm has no entry with this id. */
export function useRegistration(id: string) {
  const { api, realm } = usePatientAccessApi();
  const [registration, setRegistration] = useState<Registration | null>();
  const [error, setError] = useState<Error>();

  useEffect(() => {
    setError(undefined);
    ok(
      api.GET("/admin/realms/{realm}/patient-access/registrations/{registrationId}", {
        params: { path: { realm, registrationId: id } },
      }),
    ).then(setRegistration, (e: Error) =>
      e instanceof ApiError && e.status === 404 ? setRegistration(null) : setError(e),
    );
  }, [api, realm, id]);
  return { registration, error };
}
