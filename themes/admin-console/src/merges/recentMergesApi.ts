import { useCallback } from "react";
import { ok, type Schemas } from "../api/client";
import { usePatientAccessApi } from "../api/usePatientAccessApi";

/** A merge of the realm: both records, who merged and when, whether it was undone and can be now. */
export type MergeSummary = Schemas["MergeSummary"];

/** The realm's merges, newest first. */
export function useRecentMergesApi() {
  const { api, realm } = usePatientAccessApi();
  return useCallback(
    (first: number, max: number): Promise<MergeSummary[]> =>
      ok(api.GET("/admin/realms/{realm}/patient-access/merges", { params: { path: { realm }, query: { first, max } } })),
    [api, realm],
  );
}
