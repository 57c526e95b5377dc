import { useConfirmDialog, ViewHeader } from "@keycloak/keycloak-admin-ui";
import {
  Alert,
  AlertActionCloseButton,
  Button,
  ButtonVariant,
  EmptyState,
  EmptyStateBody,
  EmptyStateHeader,
  Label,
  PageSection,
  Pagination,
  Spinner,
  ToggleGroup,
  ToggleGroupItem,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { usePatientAccessApi } from "../api/usePatientAccessApi";
import { useCanManage } from "../components/useCanManage";
import { usePaginationTitles } from "../components/usePaginationTitles";
import { useFormats } from "../formats";
import { accountName } from "../patients/accounts/GrantsTable";
import { PermissionLabels } from "../patients/accounts/PermissionLabels";
import { toPatient } from "../patients/patientPaths";
import { useApiData } from "../patients/useApiData";
import { type GrantReview, type ReviewDecision, useGrantReviewsApi } from "./grantReviewsApi";

type Outcome = { variant: "success" | "danger"; title: string; message?: string };

const patientName = (review: GrantReview) => `${review.patient.firstName} ${review.patient.lastName}`;

/**
 * "Reviews": the parents' and guardians' grants an age band asks staff to review (review at 13), the
 * soonest due first; staff who manage users keep or end each, others read the queue.
 */
export default function GrantReviewsSection() {
  const { t } = useTranslation();
  const format = useFormats();
  const { realm } = usePatientAccessApi();
  const api = useGrantReviewsApi();
  const canManage = useCanManage();
  const [overdue, setOverdue] = useState(false);
  const [{ first, max }, setPaging] = useState({ first: 0, max: 20 });
  const { data: page, error, reload } = useApiData(() => api.list({ overdue, first, max }), [api, overdue, first, max]);
  const [chosen, setChosen] = useState<{ review: GrantReview; decision: ReviewDecision }>();
  const [outcome, setOutcome] = useState<Outcome>();

  const decide = async () => {
    if (!chosen) return;
    const { review, decision } = chosen;
    const names = { account: accountName(review.grant), patient: patientName(review) };
    try {
      await api.decide(review.id, decision);
      setOutcome({ variant: "success", title: t(`patientAccess.reviews.decided.${decision}`, names) });
    } catch (e) {
      setOutcome({ variant: "danger", title: t("patientAccess.reviews.decideFailed", names), message: (e as Error).message });
    }
    reload();
  };
  const names = chosen && { account: accountName(chosen.review.grant), patient: patientName(chosen.review) };
  const [confirmKeep, KeepDialog] = useConfirmDialog({
    titleKey: "patientAccess.reviews.keepTitle",
    continueButtonLabel: "patientAccess.reviews.keep",
    onConfirm: decide,
    children: names && t("patientAccess.reviews.keepMessage", names),
  });
  const [confirmEnd, EndDialog] = useConfirmDialog({
    titleKey: "patientAccess.reviews.endTitle",
    continueButtonLabel: "patientAccess.reviews.end",
    continueButtonVariant: ButtonVariant.danger,
    onConfirm: decide,
    children: names && t("patientAccess.reviews.endMessage", names),
  });
  const choose = (review: GrantReview, decision: ReviewDecision) => {
    setChosen({ review, decision });
    if (decision === "KEEP") confirmKeep();
    else confirmEnd();
  };

  const titles = {
    top: usePaginationTitles(t("patientAccess.reviews.pagination", { context: "top" })),
    bottom: usePaginationTitles(t("patientAccess.reviews.pagination", { context: "bottom" })),
  };
  const pagination = (variant: "top" | "bottom") => (
    <Pagination
      variant={variant}
      isCompact={variant === "top"}
      itemCount={page?.total ?? 0}
      page={Math.floor(first / max) + 1}
      perPage={max}
      perPageOptions={[10, 20, 50, 100].map((value) => ({ title: `${value}`, value }))}
      onSetPage={(_, chosenPage) => setPaging({ first: (chosenPage - 1) * max, max })}
      onPerPageSelect={(_, perPage) => setPaging({ first: 0, max: perPage })}
      titles={titles[variant]}
    />
  );

  return (
    <>
      <ViewHeader titleKey="patientAccess.reviewsNav" subKey="patientAccess.reviews.intro" />
      <PageSection variant="light">
        <KeepDialog />
        <EndDialog />
        {outcome && (
          <Alert
            isInline
            component="h2"
            variant={outcome.variant}
            title={outcome.title}
            actionClose={<AlertActionCloseButton onClose={() => setOutcome(undefined)} />}
          >
            {outcome.message}
          </Alert>
        )}
        <Toolbar>
          <ToolbarContent>
            <ToolbarItem>
              <ToggleGroup aria-label={t("patientAccess.reviews.filter")}>
                <ToggleGroupItem
                  text={t("patientAccess.reviews.allOpen")}
                  buttonId="grant-reviews-all"
                  isSelected={!overdue}
                  onChange={() => {
                    setOverdue(false);
                    setPaging({ first: 0, max });
                  }}
                />
                <ToggleGroupItem
                  text={t("patientAccess.reviews.overdueOnly")}
                  buttonId="grant-reviews-overdue"
                  isSelected={overdue}
                  onChange={() => {
                    setOverdue(true);
                    setPaging({ first: 0, max });
                  }}
                />
              </ToggleGroup>
            </ToolbarItem>
            <ToolbarItem variant="pagination">{pagination("top")}</ToolbarItem>
          </ToolbarContent>
        </Toolbar>
        {error && (
          <Alert isInline component="h2" variant="danger" title={t("patientAccess.reviews.listFailed")}>
            {error.message}
          </Alert>
        )}
        {!page && !error && <Spinner aria-label={t("patientAccess.reviews.loading")} />}
        {page && page.entries.length === 0 && (
          <EmptyState>
            <EmptyStateHeader
              titleText={t(overdue ? "patientAccess.reviews.noneOverdue" : "patientAccess.reviews.empty")}
              headingLevel="h2"
            />
            <EmptyStateBody>{t("patientAccess.reviews.emptyBody")}</EmptyStateBody>
          </EmptyState>
        )}
        {page && page.entries.length > 0 && (
          <>
            <Table aria-label={t("patientAccess.reviewsNav")} variant="compact">
              <Thead>
                <Tr>
                  <Th modifier="wrap">{t("patientAccess.reviews.dueOn")}</Th>
                  <Th modifier="wrap">{t("patientAccess.reviews.patient")}</Th>
                  <Th modifier="wrap">{t("patientAccess.reviews.account")}</Th>
                  <Th modifier="wrap">{t("patientAccess.relationship")}</Th>
                  <Th modifier="wrap">{t("patientAccess.permissions")}</Th>
                  {canManage && <Th screenReaderText={t("patientAccess.actions")} />}
                </Tr>
              </Thead>
              <Tbody>
                {page.entries.map((review) => (
                  <Tr key={review.id}>
                    <Td dataLabel={t("patientAccess.reviews.dueOn")}>
                      {format.date(review.dueOn)}
                      {review.overdue && (
                        <Label color="red" isCompact className="pf-v5-u-ml-sm">
                          {t("patientAccess.reviews.overdue")}
                        </Label>
                      )}
                    </Td>
                    <Td dataLabel={t("patientAccess.reviews.patient")}>
                      <Link to={toPatient(realm, review.patient.id!, "accounts")}>{patientName(review)}</Link>
                      <div className="pf-v5-u-color-200">
                        {t("patientAccess.reviews.bandDay", { day: format.date(review.bandDay) })}
                      </div>
                    </Td>
                    <Td dataLabel={t("patientAccess.reviews.account")}>
                      <div>{accountName(review.grant)}</div>
                      {review.grant.email && accountName(review.grant) !== review.grant.email && (
                        <div className="pf-v5-u-color-200">{review.grant.email}</div>
                      )}
                    </Td>
                    <Td dataLabel={t("patientAccess.relationship")}>
                      {t(`patientAccess.relationship.${review.grant.relationship}`)}
                    </Td>
                    <Td dataLabel={t("patientAccess.permissions")}>
                      {review.grant.permissions.length > 0 ? (
                        <PermissionLabels permissions={review.grant.permissions} />
                      ) : (
                        t("patientAccess.reviews.noPermissions")
                      )}
                    </Td>
                    {canManage && (
                      <Td dataLabel={t("patientAccess.actions")}>
                        <Button
                          variant="secondary"
                          size="sm"
                          className="pf-v5-u-mr-sm"
                          aria-label={t("patientAccess.reviews.keepFor", { account: accountName(review.grant), patient: patientName(review) })}
                          onClick={() => choose(review, "KEEP")}
                        >
                          {t("patientAccess.reviews.keep")}
                        </Button>
                        <Button
                          variant="danger"
                          size="sm"
                          aria-label={t("patientAccess.reviews.endFor", { account: accountName(review.grant), patient: patientName(review) })}
                          onClick={() => choose(review, "END")}
                        >
                          {t("patientAccess.reviews.end")}
                        </Button>
                      </Td>
                    )}
                  </Tr>
                ))}
              </Tbody>
            </Table>
            {pagination("bottom")}
          </>
        )}
      </PageSection>
    </>
  );
}
