/** A date and time of the API (an ISO instant) in the staff member's language. */
export const formatDateTime = (instant: string | undefined, language: string) =>
  instant
    ? new Date(instant).toLocaleString(language, { dateStyle: "medium", timeStyle: "short" })
    : "";

/** A calendar date of the API (YYYY-MM-DD or an instant) in the staff member's language. */
export const formatDate = (value: string | undefined, language: string) =>
  value
    ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value).toLocaleDateString(language, {
        dateStyle: "medium",
        timeZone: value.length === 10 ? "UTC" : undefined,
      })
    : "";
