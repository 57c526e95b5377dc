import { useMemo } from "react";
import { ok, type Schemas } from "../api/client";
import { usePatientAccessApi } from "../api/usePatientAccessApi";

/** A review of a parent's or guardian's grant, with the record and the grant as they are now. */
export type GrantReview = Schemas["GrantReview"];
export type GrantReviewPage = Schemas["GrantReviewPage"];
export type ReviewDecision = "KEEP" | "END";

/** The staff API's grant reviews: the queue and a decision. */
export function useGrantReviewsApi() {
  const { api, realm } = usePatientAccessApi();
  return useMemo(() => {
    const path = { realm };
    return {
      list: (query: { overdue: boolean; first: number; max: number }) =>
        ok(api.GET("/admin/realms/{realm}/patient-access/grant-reviews", { params: { path, query } })),
      decide: (reviewId: string, decision: ReviewDecision) =>
        ok(
          api.POST("/admin/realms/{realm}/patient-access/grant-reviews/{reviewId}/decision", {
            params: { path: { ...path, reviewId } },
            body: { decision },
          }),
        ),
    };
  }, [api, realm]);
}
