import { Pagination, type PaginationProps } from "@patternfly/react-core";
import { usePaginationTitles } from "./usePaginationTitles";

type Props = {
  /** The first row shown (the API's `first`). */
  first: number;
  /** Rows per page: one less than the API's `max` (at most 100), so that one more row tells of a next page. */
  max: number;
  /** Whether a row exists after this page (the page was fetched with one row more). */
  hasNext: boolean;
  /** Rows on this page. */
  shown: number;
  onChange: (first: number, max: number) => void;
  variant?: PaginationProps["variant"];
  "aria-label": string;
};

/**
 * Paging for lists whose total the API does not give, as Keycloak's own tables page: "1 - 10"
 * with next and previous; a next page exists when one more row came back than is shown.
 */
export const NextPagePagination = ({
  first,
  max,
  hasNext,
  shown,
  onChange,
  variant = "top",
  "aria-label": ariaLabel,
}: Props) => {
  const page = Math.floor(first / max);
  const titles = usePaginationTitles(ariaLabel);
  return (
    <Pagination
      isCompact
      variant={variant}
      titles={titles}
      toggleTemplate={({ firstIndex, lastIndex }) => (
        <b>
          {shown === 0 ? 0 : firstIndex} - {lastIndex}
        </b>
      )}
      itemCount={page * max + shown + (hasNext ? 1 : 0)}
      page={page + 1}
      perPage={max}
      perPageOptions={[10, 20, 50].map((value) => ({ title: `${value}`, value }))}
      onNextClick={(_, next) => onChange((next - 1) * max, max)}
      onPreviousClick={(_, previous) => onChange((previous - 1) * max, max)}
      onPerPageSelect={(_, perPage) => onChange(0, perPage)}
    />
  );
};
