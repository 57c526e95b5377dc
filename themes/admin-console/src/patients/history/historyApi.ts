import { useAdminClient, useRealm } from "@keycloak/keycloak-admin-ui";
import { useMemo } from "react";
import { ApiError } from "../../api/client";
import { environment } from "../../environment";

/*
 * GET /patients/{id}/history is not in docs/openapi.yaml yet: its types are written here by hand and
 * it is called with a plain fetch, so that this one module switches to the typed client once it is.
 */

/** One thing that happened to the patient, newest first. */
export type HistoryEntry = {
  /** An ISO-8601 instant. */
  time: string;
  /** A stable name: GRANT_GIVEN, INVITATION_SENT, MERGED, … (see historyActions.ts). */
  action: string;
  /** Who did it; absent when the event named nobody. */
  actor?: { userId: string; username?: string };
  /** Ids and non-sensitive facts: grantId, relationship, reason, mergeId, otherPatientId, role, … */
  details?: Record<string, string>;
};

/** A page of the history; the API gives either `total` or `hasMore`. */
export type HistoryPage = { entries: HistoryEntry[]; total?: number; hasMore?: boolean };

type ErrorBody = { errorMessage?: string; error?: string; field?: string };

/** The patient's history, with the admin console's own token (Keycloak's checks apply). */
export function useHistoryApi() {
  const { adminClient } = useAdminClient();
  const { realm } = useRealm();

  return useMemo(() => {
    const historyUrl = (patientId: string) =>
      `${environment.adminBaseUrl}/admin/realms/${encodeURIComponent(realm)}/patient-access/patients/${encodeURIComponent(patientId)}/history`;

    const call = async (url: string, accept: string) => {
      const token = await adminClient.getAccessToken();
      const response = await fetch(url, {
        headers: { Accept: accept, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as ErrorBody;
        throw new ApiError(
          response.status,
          body.errorMessage ?? body.error ?? response.statusText,
          body.field,
        );
      }
      return response;
    };

    return {
      /** One page, `first` counted from the newest entry. */
      page: async (patientId: string, first: number, max: number): Promise<HistoryPage> => {
        const query = new URLSearchParams({ first: String(first), max: String(max) });
        const response = await call(`${historyUrl(patientId)}?${query}`, "application/json");
        return (await response.json()) as HistoryPage;
      },
      /** The whole history as the API's CSV export. */
      exportCsv: async (patientId: string): Promise<Blob> =>
        (await call(historyUrl(patientId), "text/csv")).blob(),
    };
  }, [adminClient, realm]);
}
