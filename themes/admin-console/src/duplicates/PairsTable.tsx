import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useFormats } from "../formats";
import { GradeLabel } from "../registrations/GradeLabel";
import { pairPath } from "./duplicatePaths";
import type { DuplicatePair } from "./duplicatesApi";
import { differingFields, pairNames } from "./pairFields";

/** The pairs, best first: both records by name (a link to compare them), where they differ, grade and score. */
export const PairsTable = ({ realm, pairs }: { realm: string; pairs: DuplicatePair[] }) => {
  const { t } = useTranslation();
  const format = useFormats();
  return (
    <Table aria-label={t("patientAccess.duplicates.table")} variant="compact">
      <Thead>
        <Tr>
          <Th modifier="wrap">{t("patientAccess.duplicates.records")}</Th>
          <Th modifier="wrap">{t("patientAccess.duplicates.birthDates")}</Th>
          <Th modifier="wrap">{t("patientAccess.duplicates.differsIn")}</Th>
          <Th modifier="wrap">{t("patientAccess.registrations.gradeColumn")}</Th>
          <Th modifier="wrap">{t("patientAccess.duplicates.scoreColumn")}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {pairs.map((pair) => {
          const birthDates = [...new Set([pair.a.birthDate, pair.b.birthDate].filter(Boolean))].map(format.date);
          const differing = differingFields(pair.a, pair.b);
          return (
            <Tr key={pair.id}>
              <Td dataLabel={t("patientAccess.duplicates.records")}>
                <Link to={pairPath(realm, pair.id)} state={{ pair }}>
                  {t("patientAccess.duplicates.pairName", pairNames(pair))}
                </Link>
              </Td>
              <Td dataLabel={t("patientAccess.duplicates.birthDates")}>{birthDates.join(" · ")}</Td>
              <Td dataLabel={t("patientAccess.duplicates.differsIn")}>
                {differing.length === 0
                  ? t("patientAccess.duplicates.differsInNothing")
                  : differing.map((field) => t(`patientAccess.registrations.field.${field}`)).join(", ")}
              </Td>
              <Td dataLabel={t("patientAccess.registrations.gradeColumn")}>
                <GradeLabel grade={pair.grade} />
              </Td>
              <Td dataLabel={t("patientAccess.duplicates.scoreColumn")}>
                {t("patientAccess.duplicates.scorePercent", { score: Math.round(pair.score * 100) })}
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
