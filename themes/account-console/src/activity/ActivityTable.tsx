import {
  Alert,
  Bullseye,
  Button,
  EmptyState,
  EmptyStateBody,
  Spinner,
  Split,
  SplitItem,
  Stack,
  StackItem,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import type { TFunction } from "i18next";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { MyActivityEntry, MyActivityPage, MyActivityWho } from "../api/client";
import { useMeApi } from "../api/useMeApi";
import { useFormats } from "../formats";

const PAGE_SIZE = 20;

/** Who did something, or whose access it was: you, the clinic (never a staff member's name), or an account by name. */
export function whoLabel(t: TFunction, who: MyActivityWho) {
  if (who.kind === "YOU") return t("activity.you");
  if (who.kind === "CLINIC") return t("activity.clinic");
  return who.name ?? t("activity.unnamedAccount");
}

/** Permissions as the History writes them ("BOOK,VIEW", or NONE for a suspended access), in words. */
function permissionWords(t: TFunction, permissions: string | undefined) {
  if (!permissions || permissions === "NONE") return t("activity.permission.NONE");
  return permissions
    .split(",")
    .map((permission) => t(`familyAccess.permission.${permission}`, { defaultValue: permission }))
    .join(", ");
}

/** The facts of an entry in words: whose access, the relationship, why, the permissions before and after, which fields. */
function detailsLabel(t: TFunction, entry: MyActivityEntry) {
  const details = entry.details ?? {};
  return [
    entry.subject && t("activity.account", { name: whoLabel(t, entry.subject) }),
    details.relationship && t(`familyAccess.relationship.${details.relationship}`),
    details.reason && t(`activity.reason.${details.reason}`, { defaultValue: details.reason }),
    details.role && t(`activity.mergeRole.${details.role}`, { defaultValue: details.role }),
    details.decision && t(`activity.decision.${details.decision}`, { defaultValue: details.decision }),
    details.permissionsAfter &&
      t("activity.permissions", {
        before: permissionWords(t, details.permissionsBefore),
        after: permissionWords(t, details.permissionsAfter),
      }),
    details.fields &&
      t("activity.fields", {
        fields: details.fields
          .split(",")
          .map((field) => t(`activity.field.${field}`, { defaultValue: field }))
          .join(", "),
      }),
  ]
    .filter(Boolean)
    .join(" · ");
}

type ActivityTableProps = {
  grantId: string;
  /** The person's name as the selector shows it, which names the table. */
  name: string;
};

/** One person's activity, newest first, a page at a time, with the CSV export of all of it. */
export function ActivityTable({ grantId, name }: ActivityTableProps) {
  const { t } = useTranslation();
  const format = useFormats();
  const api = useMeApi();
  const [first, setFirst] = useState(0);
  const [loaded, setLoaded] = useState<{ page?: MyActivityPage; error?: Error }>({});
  const [exportError, setExportError] = useState<string>();

  useEffect(() => {
    const controller = new AbortController();
    api.activity(grantId, first, PAGE_SIZE, controller.signal).then(
      (page) => {
        if (!controller.signal.aborted) setLoaded({ page });
      },
      (error: Error) => {
        if (!controller.signal.aborted) setLoaded({ error });
      },
    );
    return () => controller.abort();
  }, [api, grantId, first]);

  const download = async () => {
    setExportError(undefined);
    try {
      const csv = await api.activityCsv(grantId);
      const url = URL.createObjectURL(csv);
      const link = document.createElement("a");
      link.href = url;
      link.download = "activity.csv";
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      setExportError((error as Error).message);
    }
  };

  const { page, error } = loaded;
  const entries = page?.entries ?? [];
  return (
    <Stack hasGutter>
      <StackItem>
        <Button variant="secondary" onClick={download}>
          {t("activity.exportCsv")}
        </Button>
      </StackItem>
      {exportError && (
        <StackItem>
          <Alert variant="danger" isInline title={t("activity.exportFailed")}>
            {exportError}
          </Alert>
        </StackItem>
      )}
      <StackItem>
        {error ? (
          <Alert variant="danger" isInline title={t("activity.loadFailed")}>
            {error.message}
          </Alert>
        ) : !page ? (
          <Bullseye>
            <Spinner size="lg" aria-label={t("activity.loading")} />
          </Bullseye>
        ) : entries.length === 0 && first === 0 ? (
          <EmptyState variant="xs">
            <EmptyStateBody>{t("activity.noEntries")}</EmptyStateBody>
          </EmptyState>
        ) : (
          <Table aria-label={t("activity.table", { name })} variant="compact">
            <Thead>
              <Tr>
                <Th modifier="wrap">{t("activity.when")}</Th>
                <Th modifier="wrap">{t("activity.who")}</Th>
                <Th modifier="wrap">{t("activity.what")}</Th>
                <Th modifier="wrap">{t("activity.details")}</Th>
              </Tr>
            </Thead>
            <Tbody>
              {entries.map((entry, index) => (
                <Tr key={`${entry.time}-${index}`}>
                  <Td dataLabel={t("activity.when")}>{format.dateTime(entry.time)}</Td>
                  <Td dataLabel={t("activity.who")}>{whoLabel(t, entry.actor)}</Td>
                  <Td dataLabel={t("activity.what")}>
                    {t(`activity.action.${entry.action}`, { defaultValue: t("activity.action.OTHER") })}
                  </Td>
                  <Td dataLabel={t("activity.details")}>{detailsLabel(t, entry)}</Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </StackItem>
      {page && (first > 0 || page.hasMore) && (
        <StackItem>
          <nav aria-label={t("activity.pagination")}>
            <Split hasGutter>
              <SplitItem>
                <Button variant="secondary" isAriaDisabled={first === 0} onClick={() => setFirst(Math.max(0, first - PAGE_SIZE))}>
                  {t("activity.previous")}
                </Button>
              </SplitItem>
              <SplitItem>
                <Button variant="secondary" isAriaDisabled={!page.hasMore} onClick={() => setFirst(first + PAGE_SIZE)}>
                  {t("activity.next")}
                </Button>
              </SplitItem>
              <SplitItem isFilled className="pf-v5-u-align-self-center">
                {t("activity.range", { from: first + 1, to: first + entries.length })}
              </SplitItem>
            </Split>
          </nav>
        </StackItem>
      )}
    </Stack>
  );
}
