import { useCallback, useEffect, useState } from "react";
import { ok } from "../api/client";
import { usePatientAccessApi } from "../api/usePatientAccessApi";
import type { Registration } from "./registrationTypes";

export type QueueFilter = "pending" | "all";

type Page = { rows: Registration[]; hasNext: boolean };

/** One page of the queue: the pending entries, or every entry (pending first). */
export function useRegistrationQueue(first: number, max: number, filter: QueueFilter) {
  const { api, realm } = usePatientAccessApi();
  const [page, setPage] = useState<Page>();
  const [error, setError] = useState<Error>();

  const load = useCallback(() => {
    setError(undefined);
    const status = filter === "pending" ? "PENDING" : "any";
    // One entry more than the page tells whether a next page exists.
    ok(
      api.GET("/admin/realms/{realm}/patient-access/registrations", {
        params: { path: { realm }, query: { status, first, max: max + 1 } },
      }),
    ).then(
      (list) => setPage({ rows: list.slice(0, max), hasNext: list.length > max }),
      setError,
    );
  }, [api, realm, first, max, filter]);

  useEffect(load, [load]);
  return { page, error, reload: load };
}
