import { i18n } from "./i18n";

/** An instant of the API, in the staff member's language and time zone. */
export function formatDateTime(instant: string | undefined) {
  if (!instant) return "";
  return new Date(instant).toLocaleString(i18n.language, {
    dateStyle: "medium",
    timeStyle: "short",
  });
}
