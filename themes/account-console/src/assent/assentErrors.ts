import type { TFunction } from "i18next";
import type { ApiError } from "../api/client";

/** A refusal of the assent API in the person's words; what has no words of its own keeps the API's. */
export function assentErrorMessage(t: TFunction, error: ApiError) {
  switch (error.status) {
    case 403:
      return t("assentNotAllowed");
    case 404:
      return t("assentGone");
    case 409:
      return t("assentConflict");
    default:
      return error.message;
  }
}
