import { Label } from "@patternfly/react-core";
import { ExclamationTriangleIcon } from "@patternfly/react-icons";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { Patient } from "../api/types";
import { useFormats } from "../formats";
import { comparedFields, fullName, valueOf } from "../registrations/comparedFields";
import { patientPath } from "../registrations/registrationPaths";
import { EmptyValue } from "../registrations/TypedValue";
import type { DuplicatePair } from "./duplicatesApi";
import { differingFields } from "./pairFields";

/** A record's column header: its name (a link to its page), how it came and when. */
const RecordHeader = ({ realm, record, number }: { realm: string; record: Patient; number: number }) => {
  const { t } = useTranslation();
  const format = useFormats();
  return (
    <Th modifier="wrap">
      <div>{t("patientAccess.duplicates.recordNumber", { number })}</div>
      <div>
        <Link to={patientPath(realm, record.id!)}>{fullName(record)}</Link>
      </div>
      <div className="clinic-candidate-meta">
        {[
          record.source && t(`patientAccess.registrations.source.${record.source}`),
          format.dateTime(record.createdAt),
        ]
          .filter(Boolean)
          .join(" · ")}
      </div>
    </Th>
  );
};

/**
 * The two records field by field; a field where they differ is marked in words ("Differs", with an
 * icon) beside its name and highlighted in both columns.
 */
export const SideBySideTable = ({ realm, pair }: { realm: string; pair: DuplicatePair }) => {
  const { t } = useTranslation();
  const format = useFormats();
  const differing = differingFields(pair.a, pair.b);
  return (
    <Table aria-label={t("patientAccess.duplicates.comparisonTable")} variant="compact">
      <Thead>
        <Tr>
          <Th modifier="wrap">{t("patientAccess.registrations.fieldColumn")}</Th>
          <RecordHeader realm={realm} record={pair.a} number={1} />
          <RecordHeader realm={realm} record={pair.b} number={2} />
        </Tr>
      </Thead>
      <Tbody>
        {comparedFields.map((field) => {
          const different = differing.includes(field);
          return (
            <Tr key={field}>
              <Th scope="row">
                <span>{t(`patientAccess.registrations.field.${field}`)}</span>
                {different && (
                  <>
                    {" "}
                    <Label isCompact color="orange" icon={<ExclamationTriangleIcon />}>
                      {t("patientAccess.duplicates.differs")}
                    </Label>
                  </>
                )}
              </Th>
              {[pair.a, pair.b].map((record, index) => (
                <Td
                  key={record.id}
                  dataLabel={t("patientAccess.duplicates.recordNumber", { number: index + 1 })}
                  className={different ? "clinic-differs" : undefined}
                >
                  {valueOf(record, field) ? format.field(field, valueOf(record, field)) : <EmptyValue />}
                </Td>
              ))}
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
