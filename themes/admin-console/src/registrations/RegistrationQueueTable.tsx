import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useFormats } from "../formats";
import { byScore, fullName } from "./comparedFields";
import { GradeLabel } from "./GradeLabel";
import { comparisonPath } from "./registrationPaths";
import type { Registration } from "./registrationTypes";
import { StatusLabel } from "./StatusLabel";

/** The queue's rows: who registered (as they typed it) and the matcher's best candidate. */
export const RegistrationQueueTable = ({
  realm,
  rows,
}: {
  realm: string;
  rows: Registration[];
}) => {
  const { t } = useTranslation();
  const format = useFormats();
  return (
    <Table aria-label={t("patientAccess.registrations.queueTable")} variant="compact">
      <Thead>
        <Tr>
          <Th modifier="wrap">{t("patientAccess.registrations.nameTyped")}</Th>
          <Th modifier="wrap">{t("patientAccess.registrations.field.birthDate")}</Th>
          <Th modifier="wrap">{t("patientAccess.registrations.registeredAt")}</Th>
          <Th modifier="wrap">{t("patientAccess.registrations.relationshipColumn")}</Th>
          <Th modifier="wrap">{t("patientAccess.registrations.bestCandidate")}</Th>
          <Th modifier="wrap">{t("patientAccess.registrations.gradeColumn")}</Th>
          <Th modifier="wrap">{t("patientAccess.registrations.statusColumn")}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((registration) => {
          const best = byScore(registration.candidates)[0];
          return (
            <Tr key={registration.id}>
              <Td dataLabel={t("patientAccess.registrations.nameTyped")}>
                <Link to={comparisonPath(realm, registration.id)}>
                  {fullName(registration.claimed) || registration.username}
                </Link>
              </Td>
              <Td dataLabel={t("patientAccess.registrations.field.birthDate")}>
                {format.date(registration.claimed.birthDate)}
              </Td>
              <Td dataLabel={t("patientAccess.registrations.registeredAt")}>
                {format.dateTime(registration.createdAt)}
              </Td>
              <Td dataLabel={t("patientAccess.registrations.relationshipColumn")}>
                {registration.relationship &&
                  t(`patientAccess.registrations.relationship.${registration.relationship}`)}
              </Td>
              <Td dataLabel={t("patientAccess.registrations.bestCandidate")}>
                {best
                  ? [fullName(best.patient), best.patient?.externalId].filter(Boolean).join(" · ")
                  : t("patientAccess.registrations.noCandidate")}
              </Td>
              <Td dataLabel={t("patientAccess.registrations.gradeColumn")}>
                <GradeLabel grade={best?.grade} />
              </Td>
              <Td dataLabel={t("patientAccess.registrations.statusColumn")}>
                <StatusLabel status={registration.status} />
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
