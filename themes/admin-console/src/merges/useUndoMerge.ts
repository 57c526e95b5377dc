import { usePatientAccessApi } from "../api/usePatientAccessApi";

/** An undo the API refused: its message and, for a 409, each change since the merge. */
export class UndoRefused extends Error {
  constructor(
    message: string,
    readonly changes: string[],
  ) {
    super(message);
  }
}

/** `POST /merges/{mergeId}/undo`: puts both records back, unless something changed since. */
export function useUndoMerge() {
  const { api, realm } = usePatientAccessApi();
  return async (mergeId: string) => {
    const { error, response } = await api.POST(
      "/admin/realms/{realm}/patient-access/merges/{mergeId}/undo",
      { params: { path: { realm, mergeId } } },
    );
    if (response.ok) return;
    const body = (error ?? {}) as {
      errorMessage?: string;
      errors?: { errorMessage?: string }[];
    };
    throw new UndoRefused(
      body.errorMessage ?? response.statusText,
      (body.errors ?? []).flatMap((change) => (change.errorMessage ? [change.errorMessage] : [])),
    );
  };
}
