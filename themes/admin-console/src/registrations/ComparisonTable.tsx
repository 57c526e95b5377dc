import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useFormats } from "../formats";
import { comparedFields, differs, fullName, valueOf } from "./comparedFields";
import { GradeLabel } from "./GradeLabel";
import { patientPath } from "./registrationPaths";
import type { Candidate, Registration } from "./registrationTypes";
import { EmptyValue, TypedValue } from "./TypedValue";

/**
 * What the person typed beside what the clinic has in each candidate, field by field; a clinic
 * value that differs is highlighted and said to differ, for screen readers too.
 */
export const ComparisonTable = ({
  realm,
  registration,
  candidates,
}: {
  realm: string;
  registration: Registration;
  candidates: Candidate[];
}) => {
  const { t } = useTranslation();
  const format = useFormats();
  const typed = registration.claimed;
  return (
    <Table aria-label={t("patientAccess.registrations.comparisonTable")} variant="compact">
      <Thead>
        <Tr>
          <Th modifier="wrap">{t("patientAccess.registrations.fieldColumn")}</Th>
          <Th modifier="wrap">{t("patientAccess.registrations.typedColumn")}</Th>
          {candidates.map((candidate, index) => (
            <Th key={candidate.patient.id} modifier="wrap">
              <div>
                {t("patientAccess.registrations.clinicColumn")}
                <span className="pf-v5-screen-reader">
                  {" "}
                  {t("patientAccess.registrations.candidateNumber", { number: index + 1 })}
                </span>
              </div>
              <div>
                <Link to={patientPath(realm, candidate.patient.id!)}>
                  {fullName(candidate.patient)}
                </Link>{" "}
                <GradeLabel grade={candidate.grade} />
              </div>
              <div className="clinic-candidate-meta">
                {t("patientAccess.registrations.score", {
                  score: Math.round(candidate.score * 100),
                })}
                {candidate.patient.source &&
                  ` · ${t(`patientAccess.registrations.source.${candidate.patient.source}`)}`}
              </div>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {comparedFields.map((field) => (
          <Tr key={field}>
            <Th scope="row">{t(`patientAccess.registrations.field.${field}`)}</Th>
            <Td dataLabel={t("patientAccess.registrations.typedColumn")}>
              <TypedValue
                value={format.field(field, valueOf(typed, field))}
                verified={registration.claimedVerification?.[field] === "VERIFIED"}
              />
            </Td>
            {candidates.map((candidate) => {
              const different = differs(field, typed, candidate.patient);
              const value = valueOf(candidate.patient, field);
              return (
                <Td
                  key={candidate.patient.id}
                  dataLabel={fullName(candidate.patient)}
                  className={different ? "clinic-differs" : undefined}
                >
                  {value ? format.field(field, value) : <EmptyValue />}
                  {different && (
                    <span className="pf-v5-screen-reader">
                      {" "}
                      {t("patientAccess.registrations.differs")}
                    </span>
                  )}
                </Td>
              );
            })}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
