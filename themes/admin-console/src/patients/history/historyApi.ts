import { useMemo } from "react";
import { ok, type Schemas } from "../../api/client";
import { usePatientAccessApi } from "../../api/usePatientAccessApi";

/** One thing that happened to the patient: `action` a stable name (see historyActions), ids in `details`. */
export type HistoryEntry = Schemas["HistoryEntry"];
/** A page of the history, newest first; `hasMore` when entries follow it. */
export type HistoryPage = Schemas["HistoryPage"];

const HISTORY = "/admin/realms/{realm}/patient-access/patients/{id}/history" as const;

/** The patient's history, as JSON pages or as the API's CSV export. */
export function useHistoryApi() {
  const { api, realm } = usePatientAccessApi();
  return useMemo(
    () => ({
      /** One page, `first` counted from the newest entry. */
      page: (patientId: string, first: number, max: number): Promise<HistoryPage> =>
        ok(
          api.GET(HISTORY, {
            params: { path: { realm, id: patientId }, query: { first, max } },
            headers: { Accept: "application/json" },
          }),
        ) as Promise<HistoryPage>,
      /** The whole history as the API's CSV export. */
      exportCsv: (patientId: string): Promise<Blob> =>
        ok(
          api.GET(HISTORY, {
            params: { path: { realm, id: patientId } },
            headers: { Accept: "text/csv" },
            parseAs: "blob",
          }),
        ) as Promise<Blob>,
    }),
    [api, realm],
  );
}
