import { useEffect, useState } from "react";
import { useLocation } from "react-router-dom";
import { type DuplicatePair, useDuplicatesApi } from "./duplicatesApi";

/** The most pairs the API answers at once. */
const PAGE = 100;

/**
 * The pair the list opened (it passes the pair along), or, when the page is opened by its address,
 * the pair found in the list: the API has no read of one pair. `null` when the list no longer has it
 * (merged, dismissed, a record archived, or a newer scan).
 */
export function usePair(pairId: string) {
  const { pairs } = useDuplicatesApi();
  const passed = (useLocation().state as { pair?: DuplicatePair } | null)?.pair;
  const [pair, setPair] = useState<DuplicatePair | null | undefined>(
    passed?.id === pairId ? passed : undefined,
  );
  const [error, setError] = useState<Error>();

  useEffect(() => {
    if (passed?.id === pairId) return;
    let cancelled = false;
    const find = async () => {
      for (let first = 0; ; first += PAGE) {
        const page = await pairs({ first, max: PAGE });
        const found = page.pairs.find((candidate) => candidate.id === pairId);
        if (found || page.pairs.length === 0 || first + PAGE >= page.total) return found ?? null;
      }
    };
    find().then(
      (found) => !cancelled && setPair(found),
      (e: Error) => !cancelled && setError(e),
    );
    return () => {
      cancelled = true;
    };
  }, [pairs, pairId, passed]);

  return { pair, error };
}
