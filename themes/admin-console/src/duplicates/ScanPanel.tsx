import {
  Alert,
  Button,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  EmptyState,
  EmptyStateActions,
  EmptyStateBody,
  EmptyStateFooter,
  EmptyStateHeader,
  Flex,
  FlexItem,
  Progress,
  Title,
} from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import { useFormats } from "../formats";
import type { Scan } from "./duplicatesApi";
import { ScanStatusLabel } from "./ScanStatusLabel";

type Props = {
  /** The latest scan; `null` when the realm was never scanned. */
  scan: Scan | null;
  canManage: boolean;
  starting: boolean;
  startError?: Error;
  onStart: () => void;
};

/** The latest scan (status, progress, times, pairs found) and, for managers, "Scan for duplicates". */
export const ScanPanel = ({ scan, canManage, starting, startError, onStart }: Props) => {
  const { t, i18n } = useTranslation();
  const format = useFormats();
  const count = (value: number) => value.toLocaleString(i18n.language);
  const running = scan?.status === "RUNNING";
  const scanButton = canManage && (
    <Button variant="primary" onClick={onStart} isDisabled={starting || running} isLoading={starting || running}>
      {t("patientAccess.duplicates.scan")}
    </Button>
  );
  const failure = startError && (
    <Alert isInline variant="danger" title={t("patientAccess.duplicates.scanFailedToStart")}>
      {startError.message}
    </Alert>
  );

  if (scan === null) {
    return (
      <EmptyState>
        <EmptyStateHeader titleText={t("patientAccess.duplicates.neverScanned")} headingLevel="h2" />
        <EmptyStateBody>{t("patientAccess.duplicates.neverScannedBody")}</EmptyStateBody>
        {canManage && (
          <EmptyStateFooter>
            {failure}
            <EmptyStateActions>{scanButton}</EmptyStateActions>
          </EmptyStateFooter>
        )}
      </EmptyState>
    );
  }

  const percent = scan.total > 0 ? Math.round((scan.processed / scan.total) * 100) : running ? 0 : 100;
  // A percentage, not the counts: the scan reads each record once per way of pairing it (name,
  // birth date, phone, ...), so its counts are not the clinic's number of records.
  const progress = new Intl.NumberFormat(i18n.language, { style: "percent" }).format(percent / 100);
  return (
    <section aria-labelledby="latest-scan-title">
      <Flex justifyContent={{ default: "justifyContentSpaceBetween" }} alignItems={{ default: "alignItemsCenter" }}>
        <FlexItem>
          <Title headingLevel="h2" size="lg" id="latest-scan-title">
            {t("patientAccess.duplicates.latestScan")}
          </Title>
        </FlexItem>
        <FlexItem>{scanButton}</FlexItem>
      </Flex>
      {failure}
      {scan.status === "FAILED" && (
        <Alert isInline variant="warning" className="pf-v5-u-mt-md" title={t("patientAccess.duplicates.scanFailed")} />
      )}
      <DescriptionList isHorizontal isCompact className="pf-v5-u-mt-md">
        <DescriptionListGroup>
          <DescriptionListTerm>{t("patientAccess.duplicates.status")}</DescriptionListTerm>
          <DescriptionListDescription>
            <ScanStatusLabel status={scan.status} />
          </DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t("patientAccess.duplicates.scanProgress")}</DescriptionListTerm>
          <DescriptionListDescription>
            <Progress
              aria-label={t("patientAccess.duplicates.scanProgress")}
              value={percent}
              label={progress}
              valueText={progress}
              variant={scan.status === "FAILED" ? "danger" : scan.status === "COMPLETED" ? "success" : undefined}
              size="sm"
            />
          </DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t("patientAccess.duplicates.startedAt")}</DescriptionListTerm>
          <DescriptionListDescription>{format.dateTime(scan.startedAt)}</DescriptionListDescription>
        </DescriptionListGroup>
        {scan.finishedAt && (
          <DescriptionListGroup>
            <DescriptionListTerm>{t("patientAccess.duplicates.finishedAt")}</DescriptionListTerm>
            <DescriptionListDescription>{format.dateTime(scan.finishedAt)}</DescriptionListDescription>
          </DescriptionListGroup>
        )}
        {scan.pairsFound != null && (
          <DescriptionListGroup>
            <DescriptionListTerm>{t("patientAccess.duplicates.pairsFound")}</DescriptionListTerm>
            <DescriptionListDescription>{count(scan.pairsFound)}</DescriptionListDescription>
          </DescriptionListGroup>
        )}
      </DescriptionList>
    </section>
  );
};
