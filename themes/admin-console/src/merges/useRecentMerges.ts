import { useCallback, useEffect, useState } from "react";
import { type MergeSummary, useRecentMergesApi } from "./recentMergesApi";

/** One page of the realm's merges, fetched with one row more to know whether a next page exists. */
export function useRecentMerges(first: number, max: number) {
  const list = useRecentMergesApi();
  const [page, setPage] = useState<{ rows: MergeSummary[]; hasNext: boolean }>();
  const [error, setError] = useState<Error>();

  const load = useCallback(() => {
    setError(undefined);
    list(first, max + 1).then(
      (rows) => setPage({ rows: rows.slice(0, max), hasNext: rows.length > max }),
      setError,
    );
  }, [list, first, max]);

  useEffect(load, [load]);
  return { page, error, reload: load };
}
