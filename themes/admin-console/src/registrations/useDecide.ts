import { useState } from "react";
import { ok } from "../api/client";
import { usePatientAccessApi } from "../api/usePatientAccessApi";
import type { PatientField } from "./registrationTypes";

export type Action = "merge" | "keep" | "dismiss";

/** The staff's three decisions on a queue entry, each one call; `failure` keeps the API's words. */
export function useDecide(registrationId: string) {
  const { api, realm } = usePatientAccessApi();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ action: Action; message: string }>();
  const path = { realm, registrationId };

  async function run<T>(action: Action, call: () => Promise<T>) {
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

  const merge = (into: string, take: PatientField[]) =>
    run("merge", () =>
      ok(
        api.POST("/admin/realms/{realm}/patient-access/registrations/{registrationId}/merge", {
          params: { path },
          body: { into, take },
        }),
      ),
    );
  const keep = () =>
    run("keep", () =>
      ok(
        api.POST("/admin/realms/{realm}/patient-access/registrations/{registrationId}/keep", {
          params: { path },
        }),
      ).then(() => true),
    );
  const dismiss = () =>
    run("dismiss", () =>
      ok(
        api.POST("/admin/realms/{realm}/patient-access/registrations/{registrationId}/dismiss", {
          params: { path },
        }),
      ).then(() => true),
    );

  return { merge, keep, dismiss, busy, failure };
}
