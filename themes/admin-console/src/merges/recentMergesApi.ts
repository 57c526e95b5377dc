import { useAdminClient, useRealm } from "@keycloak/keycloak-admin-ui";
import { useCallback } from "react";
import { ApiError } from "../api/client";
import { environment } from "../environment";

/*
 * GET /merges is not in docs/openapi.yaml yet: its types are written here by hand and it is called
 * with a plain fetch. Once it is documented, this module becomes one call of the typed client.
 */

/** One of the two records of a merge: its id and current names. */
export type MergedRecord = { id: string; firstName?: string; lastName?: string };

/** Who did something: the account, and its username while it exists. */
export type Actor = { userId: string; username?: string };

/** A merge of the realm, newest first. */
export type MergeSummary = {
  mergeId: string;
  survivor: MergedRecord;
  merged: MergedRecord;
  mergedBy?: Actor;
  mergedAt: string;
  undoneBy?: Actor;
  undoneAt?: string;
  /** Not undone, and nothing changed since that an undo would revert. */
  canUndo: boolean;
};

/** The realm's merges, newest first: `GET /admin/realms/{realm}/patient-access/merges?first=&max=`. */
export function useRecentMergesApi() {
  const { adminClient } = useAdminClient();
  const { realm } = useRealm();
  return useCallback(
    async (first: number, max: number): Promise<MergeSummary[]> => {
      const url = `${environment.adminBaseUrl}/admin/realms/${encodeURIComponent(realm)}/patient-access/merges?first=${first}&max=${max}`;
      const token = await adminClient.getAccessToken();
      const response = await fetch(url, {
        headers: { Accept: "application/json", Authorization: `Bearer ${token}` },
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { errorMessage?: string; field?: string };
        throw new ApiError(response.status, body.errorMessage ?? response.statusText, body.field);
      }
      return (await response.json()) as MergeSummary[];
    },
    [adminClient, realm],
  );
}
