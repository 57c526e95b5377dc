import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useTranslation } from "react-i18next";
import type { ImportReport } from "../api/types";

/** An import's report: how many records each outcome had, and each row that failed and why. */
export const ImportReportView = ({ report }: { report: ImportReport }) => {
  const { t } = useTranslation();
  const counts = ["created", "updated", "unchanged", "failed"] as const;
  return (
    <>
      <DescriptionList isHorizontal isCompact aria-label={t("patientAccess.importReport")}>
        {counts.map((count) => (
          <DescriptionListGroup key={count}>
            <DescriptionListTerm>{t(`patientAccess.import.${count}`)}</DescriptionListTerm>
            <DescriptionListDescription>{report[count] ?? 0}</DescriptionListDescription>
          </DescriptionListGroup>
        ))}
      </DescriptionList>
      {(report.failures?.length ?? 0) > 0 && (
        <Table aria-label={t("patientAccess.import.failures")} variant="compact">
          <Thead>
            <Tr>
              <Th>{t("patientAccess.import.row")}</Th>
              <Th>{t("patientAccess.import.field")}</Th>
              <Th>{t("patientAccess.import.message")}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {report.failures!.map((failure, index) => (
              <Tr key={index}>
                <Td>{failure.row}</Td>
                <Td>{failure.field}</Td>
                <Td>{failure.message}</Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
    </>
  );
};
