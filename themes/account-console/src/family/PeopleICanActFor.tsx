import { Button, Flex } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { MyPatient } from "../api/client";
import type { Loaded } from "../api/useLoaded";
import { useMeApi } from "../api/useMeApi";
import { useFormats } from "../formats";
import { ConfirmDialog } from "./ConfirmDialog";
import { ContactDialog } from "./ContactDialog";
import { EmailToConfirm } from "./EmailToConfirm";
import { AgeBandPermissions } from "../ageBands/AgeBandPermissions";
import { legalBasisLabel, patientName, relationshipLabel } from "./labels";
import { Section, useFocusAfterReload } from "./Section";

const SECTION = "people-i-can-act-for";

/** The patients I may act for (myself included), with Leave and, where I manage the profile, Correct contact details. */
export function PeopleICanActFor({ patients }: { patients: Loaded<MyPatient[]> }) {
  const { t } = useTranslation();
  const format = useFormats();
  const api = useMeApi();
  const [leaving, setLeaving] = useState<MyPatient>();
  const [correcting, setCorrecting] = useState<MyPatient>();
  const focusAfterReload = useFocusAfterReload(SECTION, patients.data);
  const self = patients.data?.find(
    (patient): patient is MyPatient & { emailToConfirm: string } =>
      patient.relationship === "SELF" && !!patient.emailToConfirm,
  );

  return (
    <>
      <Section
        id={SECTION}
        title={t("familyAccess.peopleICanActFor")}
        description={t("familyAccess.peopleICanActForHelp")}
        loaded={patients}
        empty={t("familyAccess.noPatients")}
        actions={
          self && (
            <EmailToConfirm
              self={self}
              onConfirmed={() => {
                focusAfterReload();
                patients.reload();
              }}
              onChanged={patients.reload}
            />
          )
        }
      >
        {(items) => (
          <Table aria-label={t("familyAccess.peopleICanActFor")} variant="compact">
            <Thead>
              <Tr>
                <Th modifier="wrap">{t("familyAccess.name")}</Th>
                <Th modifier="wrap">{t("familyAccess.relationship")}</Th>
                <Th modifier="wrap">{t("familyAccess.permissions")}</Th>
                <Th modifier="wrap">{t("familyAccess.legalBasis")}</Th>
                <Th modifier="wrap">{t("familyAccess.validUntil")}</Th>
                <Th screenReaderText={t("familyAccess.actions")} />
              </Tr>
            </Thead>
            <Tbody>
              {items.map((patient) => (
                <Tr key={patient.grantId}>
                  <Td dataLabel={t("familyAccess.name")}>{patientName(patient)}</Td>
                  <Td dataLabel={t("familyAccess.relationship")}>{relationshipLabel(t, patient.relationship)}</Td>
                  <Td dataLabel={t("familyAccess.permissions")}>
                    <AgeBandPermissions patient={patient} />
                  </Td>
                  <Td dataLabel={t("familyAccess.legalBasis")}>{legalBasisLabel(t, patient)}</Td>
                  <Td dataLabel={t("familyAccess.validUntil")}>
                    {patient.endsOn ? format.date(patient.endsOn) : t("familyAccess.noEnd")}
                  </Td>
                  <Td dataLabel={t("familyAccess.actions")}>
                    <Flex justifyContent={{ default: "justifyContentFlexStart", lg: "justifyContentFlexEnd" }}>
                      {patient.permissions.includes("MANAGE_PROFILE") && (
                        <Button variant="secondary" size="sm" onClick={() => setCorrecting(patient)}>
                          {t("familyAccess.correctContact")}
                        </Button>
                      )}
                      {patient.relationship !== "SELF" && (
                        <Button variant="secondary" isDanger size="sm" onClick={() => setLeaving(patient)}>
                          {t("familyAccess.leave")}
                        </Button>
                      )}
                    </Flex>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </Section>
      {leaving && (
        <ConfirmDialog
          title={t("familyAccess.leaveTitle", { name: patientName(leaving) })}
          confirmLabel={t("familyAccess.leave")}
          onConfirm={async () => {
            await api.leave(leaving.grantId);
            focusAfterReload();
            patients.reload();
          }}
          onClose={() => setLeaving(undefined)}
        >
          {t("familyAccess.leaveBody", { name: patientName(leaving) })}
        </ConfirmDialog>
      )}
      {correcting && (
        <ContactDialog
          patient={correcting}
          onSaved={() => patients.reload()}
          onClose={() => setCorrecting(undefined)}
        />
      )}
    </>
  );
}
