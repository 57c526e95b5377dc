import type { PaginationTitles } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";

/**
 * PatternFly's pagination words in the console's language: its defaults are English ("1 - 10 of
 * 42", "Go to next page"), and passing any title replaces all of them.
 */
export const usePaginationTitles = (paginationAriaLabel: string): PaginationTitles => {
  const { t } = useTranslation();
  return {
    items: "",
    page: "",
    pages: "",
    ofWord: t("patientAccess.ofTotal"),
    itemsPerPage: t("patientAccess.perPageOptions"),
    perPageSuffix: t("patientAccess.perPage"),
    toFirstPageAriaLabel: t("patientAccess.firstPage"),
    toPreviousPageAriaLabel: t("patientAccess.previousPage"),
    toNextPageAriaLabel: t("patientAccess.nextPage"),
    toLastPageAriaLabel: t("patientAccess.lastPage"),
    optionsToggleAriaLabel: t("patientAccess.perPageOptions"),
    currPageAriaLabel: t("patientAccess.currentPage"),
    paginationAriaLabel,
  };
};
