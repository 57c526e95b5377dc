import { useCallback, useEffect, useState } from "react";
import { ok } from "../api/client";
import { usePatientAccessApi } from "../api/usePatientAccessApi";
import type { Registration } from "./registrationTypes";

const pageSize = 100;

/**
 * One queue entry. The API has no GET by id, so this pages through the queue until it finds the
 * entry; `null` when it is not there.
 */
export function useRegistration(id: string) {
  const { api, realm } = usePatientAccessApi();
  const [registration, setRegistration] = useState<Registration | null>();
  const [error, setError] = useState<Error>();

  const load = useCallback(async () => {
    setError(undefined);
    try {
      for (let first = 0; ; first += pageSize) {
        const list = await ok(
          api.GET("/admin/realms/{realm}/patient-access/registrations", {
            params: { path: { realm }, query: { first, max: pageSize } },
          }),
        );
        const found = list.find((entry) => entry.id === id);
        if (found || list.length < pageSize) {
          setRegistration(found ?? null);
          return;
        }
      }
    } catch (e) {
      setError(e as Error);
    }
  }, [api, realm, id]);

  useEffect(() => {
    void load();
  }, [load]);
  return { registration, error };
}
