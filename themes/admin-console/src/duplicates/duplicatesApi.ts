import { useMemo } from "react";
import { ok } from "../api/client";
import type { Patient } from "../api/types";
import { usePatientAccessApi } from "../api/usePatientAccessApi";
import type { Grade } from "../registrations/registrationTypes";

/** A scan of the realm's active records for duplicates (session 12's contract). */
export type Scan = {
  id: string;
  status: "RUNNING" | "COMPLETED" | "FAILED";
  processed: number;
  total: number;
  startedAt: string;
  finishedAt?: string | null;
  pairsFound?: number | null;
};

/** Two active records the latest scan found alike, with the matcher's score and grade. */
export type DuplicatePair = { id: string; a: Patient; b: Patient; score: number; grade: Grade };

export type DuplicatePage = { pairs: DuplicatePair[]; total: number };

// The duplicates endpoints are not in docs/openapi.yaml yet (branch `scan` adds them): until then
// they are called through the same client without its path types.
type UntypedClient = {
  GET(path: string, init: unknown): Promise<{ data?: unknown; error?: unknown; response: Response }>;
  POST(path: string, init: unknown): Promise<{ data?: unknown; error?: unknown; response: Response }>;
};

const BASE = "/admin/realms/{realm}/patient-access/duplicates";

/** The staff API's duplicates endpoints: the latest scan, a new scan, the pairs, a dismissal. */
export function useDuplicatesApi() {
  const { api, realm } = usePatientAccessApi();
  return useMemo(() => {
    const client = api as unknown as UntypedClient;
    const path = { realm };
    return {
      /** The latest scan; a 404 (ApiError) when the realm was never scanned. */
      latestScan: () => ok(client.GET(`${BASE}/scan`, { params: { path } })) as Promise<Scan>,
      /** Starts a scan, or answers the one already running. */
      startScan: () => ok(client.POST(`${BASE}/scan`, { params: { path } })) as Promise<Scan>,
      pairs: (query: { grade?: Grade; first: number; max: number }) =>
        ok(client.GET(BASE, { params: { path, query } })) as Promise<DuplicatePage>,
      /** "Not the same person": no later scan proposes the pair again. */
      dismiss: (pairId: string) =>
        ok(client.POST(`${BASE}/{pairId}/dismiss`, { params: { path: { ...path, pairId } } })).then(() => undefined),
    };
  }, [api, realm]);
}
