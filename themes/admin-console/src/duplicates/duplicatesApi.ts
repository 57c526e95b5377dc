import { useMemo } from "react";
import { ok, type Schemas } from "../api/client";
import { usePatientAccessApi } from "../api/usePatientAccessApi";
import type { Grade } from "../registrations/registrationTypes";

/** A scan of the realm's active records for duplicates: status, progress, times, pairs found. */
export type Scan = Schemas["DuplicateScan"];

/** Two active records the latest scan found alike, with the matcher's score and grade. */
export type DuplicatePair = Schemas["DuplicatePair"];

export type DuplicatePage = Schemas["DuplicatePairs"];

/** The staff API's duplicates endpoints: the latest scan, a new scan, the pairs, a dismissal. */
export function useDuplicatesApi() {
  const { api, realm } = usePatientAccessApi();
  return useMemo(() => {
    const path = { realm };
    return {
      /** The latest scan; a 404 (ApiError) when the realm was never scanned. */
      latestScan: () => ok(api.GET("/admin/realms/{realm}/patient-access/duplicates/scan", { params: { path } })),
      /** Starts a scan, or answers the one already running. */
      startScan: () => ok(api.POST("/admin/realms/{realm}/patient-access/duplicates/scan", { params: { path } })),
      pairs: (query: { grade?: Grade; first: number; max: number }) =>
        ok(api.GET("/admin/realms/{realm}/patient-access/duplicates", { params: { path, query } })),
      /** "Not the same person": no later scan proposes the pair again. */
      dismiss: (pairId: string) =>
        ok(
          api.POST("/admin/realms/{realm}/patient-access/duplicates/{pairId}/dismiss", {
            params: { path: { ...path, pairId } },
          }),
        ).then(() => undefined),
    };
  }, [api, realm]);
}
