import type { Schemas } from "../api/client";

/** A record of a merge by its names, or its id when it has none. */
export const recordName = (record: Schemas["MergeRecord"]) =>
  [record.firstName, record.lastName].filter(Boolean).join(" ") || record.id;
