import { Alert, Bullseye, EmptyState, EmptyStateBody, Spinner, Stack, StackItem, Title } from "@patternfly/react-core";
import { useEffect, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Loaded } from "../api/useLoaded";

type SectionProps<T> = {
  id: string;
  title: string;
  description?: ReactNode;
  loaded: Loaded<T[]>;
  empty: string;
  actions?: ReactNode;
  children: (items: T[]) => ReactNode;
};

/** One part of the Family & access page: a heading, then loading, the API's error, nothing yet, or the table. */
export function Section<T>({ id, title, description, loaded, empty, actions, children }: SectionProps<T>) {
  const { t } = useTranslation();
  const { data, error } = loaded;
  return (
    <section aria-labelledby={id} className="pf-v5-u-mb-lg">
      <Stack hasGutter>
        <StackItem>
          <Title headingLevel="h2" size="xl" id={id} tabIndex={-1}>
            {title}
          </Title>
          {description && <p className="pf-v5-u-mt-sm">{description}</p>}
        </StackItem>
        {actions && <StackItem>{actions}</StackItem>}
        <StackItem>
          {error ? (
            <Alert variant="danger" isInline title={t("familyAccess.loadFailed")}>
              {error.message}
            </Alert>
          ) : !data ? (
            <Bullseye>
              <Spinner size="lg" aria-label={t("familyAccess.loading")} />
            </Bullseye>
          ) : data.length === 0 ? (
            <EmptyState variant="xs">
              <EmptyStateBody>{empty}</EmptyStateBody>
            </EmptyState>
          ) : (
            children(data)
          )}
        </StackItem>
      </Stack>
    </section>
  );
}

/**
 * After a change that removes the row a keyboard user acted on, puts the focus on the section's
 * heading once the new list shows, so that they continue from there rather than from the page's top.
 */
export function useFocusAfterReload(sectionId: string, data: unknown) {
  const pending = useRef(false);
  useEffect(() => {
    if (pending.current) {
      pending.current = false;
      document.getElementById(sectionId)?.focus();
    }
  }, [sectionId, data]);
  return () => {
    pending.current = true;
  };
}
