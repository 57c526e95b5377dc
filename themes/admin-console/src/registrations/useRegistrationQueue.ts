import { useCallback, useEffect, useState } from "react";
import { ok } from "../api/client";
import { usePatientAccessApi } from "../api/usePatientAccessApi";
import type { Registration } from "./registrationTypes";

export type QueueFilter = "pending" | "all";

type Page = { rows: Registration[]; hasNext: boolean };

/**
 * One page of the queue. The API has no status filter, but it sends pending entries first, so the
 * pending ones form the head of the list: a page of the list, cut at its first decided entry, is
 * exactly that page of the pending entries.
 */
export function useRegistrationQueue(first: number, max: number, filter: QueueFilter) {
  const { api, realm } = usePatientAccessApi();
  const [page, setPage] = useState<Page>();
  const [error, setError] = useState<Error>();

  const load = useCallback(() => {
    setError(undefined);
    ok(
      api.GET("/admin/realms/{realm}/patient-access/registrations", {
        params: { path: { realm }, query: { first, max: max + 1 } },
      }),
    ).then((list) => {
      const wanted = filter === "pending" ? list.filter((r) => r.status === "PENDING") : list;
      setPage({
        rows: wanted.slice(0, max),
        hasNext: wanted.length > max,
      });
    }, setError);
  }, [api, realm, first, max, filter]);

  useEffect(load, [load]);
  return { page, error, reload: load };
}
