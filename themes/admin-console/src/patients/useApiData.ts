import { useCallback, useEffect, useState } from "react";

/**
 * Data read from the staff API, read again by `reload()` after each change; an answer that arrives
 * after a newer read was started (or after the page was left) is dropped.
 */
export function useApiData<T>(read: () => Promise<T>, deps: unknown[]) {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<Error>();
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    let current = true;
    read().then(
      (value) => {
        if (!current) return;
        setData(value);
        setError(undefined);
      },
      (e: Error) => current && setError(e),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, generation]);

  return { data, setData, error, reload };
}
