import { useState } from "react";
import { ok } from "../api/client";
import type { PatientField } from "../api/types";
import { usePatientAccessApi } from "../api/usePatientAccessApi";
import { useDuplicatesApi } from "./duplicatesApi";

export type PairAction = "merge" | "dismiss";

/** A pair's two decisions: merge one record into the other, or "not the same person"; `failure` keeps the API's words. */
export function usePairDecisions(pairId: string) {
  const { api, realm } = usePatientAccessApi();
  const { dismiss: dismissPair } = useDuplicatesApi();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ action: PairAction; message: string }>();

  async function run<T>(action: PairAction, call: () => Promise<T>) {
    setBusy(true);
    setFailure(undefined);
    try {
      return await call();
    } catch (e) {
      setFailure({ action, message: (e as Error).message });
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  /** The existing merge of two patients: the survivor keeps its id and takes these fields from the other. */
  const merge = (survivorId: string, mergedId: string, take: PatientField[]) =>
    run("merge", () =>
      ok(
        api.POST("/admin/realms/{realm}/patient-access/patients/{id}/merge", {
          params: { path: { realm, id: survivorId } },
          body: { mergedId, take },
        }),
      ),
    );
  const dismiss = () => run("dismiss", () => dismissPair(pairId).then(() => true));

  return { merge, dismiss, busy, failure };
}
