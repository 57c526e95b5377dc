import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError } from "../api/client";
import { type Scan, useDuplicatesApi } from "./duplicatesApi";

/** How often a running scan's progress is read again. */
const POLL_MILLISECONDS = 2000;

/**
 * The realm's latest scan (`null` when it was never scanned), read again every 2 s while it runs;
 * `onFinished` is called once when a scan seen running has ended, to read its pairs.
 */
export function useScan(onFinished: () => void) {
  const { latestScan, startScan } = useDuplicatesApi();
  const [scan, setScan] = useState<Scan | null>();
  const [error, setError] = useState<Error>();
  const [startError, setStartError] = useState<Error>();
  const [starting, setStarting] = useState(false);
  const lastStatus = useRef<Scan["status"]>();
  const finished = useRef(onFinished);
  finished.current = onFinished;

  const refresh = useCallback(
    () =>
      latestScan().then(
        (latest) => {
          setError(undefined);
          setScan(latest);
        },
        (e: Error) => (e instanceof ApiError && e.status === 404 ? setScan(null) : setError(e)),
      ),
    [latestScan],
  );

  useEffect(() => {
    refresh();
  }, [refresh]);

  // Every answer is a new object, so a running scan schedules its next reading after each one.
  useEffect(() => {
    if (scan?.status !== "RUNNING") return;
    const timer = setTimeout(refresh, POLL_MILLISECONDS);
    return () => clearTimeout(timer);
  }, [scan, refresh]);

  useEffect(() => {
    if (lastStatus.current === "RUNNING" && scan && scan.status !== "RUNNING") finished.current();
    lastStatus.current = scan?.status;
  }, [scan]);

  const start = async () => {
    setStarting(true);
    setStartError(undefined);
    try {
      const started = await startScan();
      // A scan that ended before its answer came back still counts as seen running.
      lastStatus.current = "RUNNING";
      setScan(started);
    } catch (e) {
      setStartError(e as Error);
    } finally {
      setStarting(false);
    }
  };

  return { scan, error, start, starting, startError };
}
