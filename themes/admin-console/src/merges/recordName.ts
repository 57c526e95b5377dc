import type { MergedRecord } from "./recentMergesApi";

/** A record of a merge by its names, or its id when it has none. */
export const recordName = (record: MergedRecord) =>
  [record.firstName, record.lastName].filter(Boolean).join(" ") || record.id;
