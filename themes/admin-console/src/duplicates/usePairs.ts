import { useCallback, useEffect, useState } from "react";
import type { Grade } from "../registrations/registrationTypes";
import { type DuplicatePage, useDuplicatesApi } from "./duplicatesApi";

/** One page of the latest scans' pairs, best first, of one grade or all. */
export function usePairs(grade: Grade | undefined, first: number, max: number) {
  const { pairs } = useDuplicatesApi();
  const [page, setPage] = useState<DuplicatePage>();
  const [error, setError] = useState<Error>();

  const load = useCallback(() => {
    setError(undefined);
    pairs({ grade, first, max }).then(setPage, setError);
  }, [pairs, grade, first, max]);

  useEffect(load, [load]);
  return { page, error, reload: load };
}
