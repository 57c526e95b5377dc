import { useMemo } from "react";
import { ok, type Schemas } from "../api/client";
import { usePatientAccessApi } from "../api/usePatientAccessApi";

/** A record's coming of age: the day, the guardians' grants ending, the continued-guardianship mark. */
export type ComingOfAge = Schemas["ComingOfAge"];
export type ComingOfAgePage = Schemas["ComingOfAgePage"];
export type ComingOfAgeKind = "majority" | "own-account" | "age-band";
/** One of the realm's age bands: from which age, what it does to the guardians' grants. */
export type AgeBand = Schemas["AgeBand"];

/** The staff API's coming-of-age endpoints: the list, one record's status and its mark. */
export function useComingOfAgeApi() {
  const { api, realm } = usePatientAccessApi();
  return useMemo(() => {
    const path = { realm };
    return {
      list: (query: { kind: ComingOfAgeKind; days: number; first: number; max: number }) =>
        ok(api.GET("/admin/realms/{realm}/patient-access/coming-of-age", { params: { path, query } })),
      status: (id: string) =>
        ok(api.GET("/admin/realms/{realm}/patient-access/patients/{id}/coming-of-age", { params: { path: { ...path, id } } })),
      mark: (id: string, reason: string) =>
        ok(
          api.PUT("/admin/realms/{realm}/patient-access/patients/{id}/coming-of-age/continued-guardianship", {
            params: { path: { ...path, id } },
            body: { reason },
          }),
        ),
      clear: (id: string) =>
        ok(
          api.DELETE("/admin/realms/{realm}/patient-access/patients/{id}/coming-of-age/continued-guardianship", {
            params: { path: { ...path, id } },
          }),
        ).then(() => undefined),
    };
  }, [api, realm]);
}
