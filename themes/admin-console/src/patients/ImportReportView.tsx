import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Title,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useTranslation } from "react-i18next";
import type { ImportReport } from "../api/types";

type Problem = NonNullable<ImportReport["failures"]>[number];

const ProblemsTable = ({ titleKey, problems }: { titleKey: string; problems: Problem[] }) => {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <>
      <Title headingLevel="h3" size="md">
        {t(titleKey)}
      </Title>
      <Table aria-label={t(titleKey)} variant="compact">
        <Thead>
          <Tr>
            <Th>{t("patientAccess.import.row")}</Th>
            <Th>{t("patientAccess.import.field")}</Th>
            <Th>{t("patientAccess.import.message")}</Th>
          </Tr>
        </Thead>
        <Tbody>
          {problems.map((problem, index) => (
            <Tr key={index}>
              <Td dataLabel={t("patientAccess.import.row")}>{problem.row}</Td>
              <Td dataLabel={t("patientAccess.import.field")}>{problem.field}</Td>
              <Td dataLabel={t("patientAccess.import.message")}>{problem.message}</Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    </>
  );
};

/**
 * An import's report: how many records had each outcome, the rows that failed and why, the rows
 * imported without a field that could not be read, and the other resources of a FHIR Bundle skipped.
 */
export const ImportReportView = ({ report }: { report: ImportReport }) => {
  const { t } = useTranslation();
  const counts = ["created", "updated", "unchanged", "failed", "warned", "skipped"] as const;
  const skipped = Object.entries(report.skippedResources ?? {});
  return (
    <>
      <DescriptionList isHorizontal isCompact aria-label={t("patientAccess.importReport")}>
        {counts.map((count) => (
          <DescriptionListGroup key={count}>
            <DescriptionListTerm>{t(`patientAccess.import.${count}`)}</DescriptionListTerm>
            <DescriptionListDescription>{report[count] ?? 0}</DescriptionListDescription>
          </DescriptionListGroup>
        ))}
        {skipped.length > 0 && (
          <DescriptionListGroup>
            <DescriptionListTerm>{t("patientAccess.import.skippedResources")}</DescriptionListTerm>
            <DescriptionListDescription>
              {skipped.map(([type, count]) => `${type}: ${count}`).join(", ")}
            </DescriptionListDescription>
          </DescriptionListGroup>
        )}
      </DescriptionList>
      <ProblemsTable titleKey="patientAccess.import.failures" problems={report.failures ?? []} />
      <ProblemsTable titleKey="patientAccess.import.warnings" problems={report.warnings ?? []} />
    </>
  );
};
