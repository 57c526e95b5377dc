import { useConfirmDialog } from "@keycloak/keycloak-admin-ui";
import { ActionGroup, Alert, Button, Form, FormGroup, Radio, Title } from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Patient, PatientField } from "../api/types";
import { fullName } from "../registrations/comparedFields";
import { MergeChoices, type MergeWording } from "../registrations/MergeChoices";
import type { DuplicatePair } from "./duplicatesApi";
import type { PairOutcome } from "./PairOutcomeAlert";
import { pairNames } from "./pairFields";
import { usePairDecisions } from "./usePairDecisions";

const pairWording: MergeWording = {
  keep: "patientAccess.duplicates.keepValue",
  take: "patientAccess.duplicates.takeValue",
  filled: "patientAccess.duplicates.filledFromOther",
  nothing: "patientAccess.duplicates.nothingToChoose",
};

type Side = "a" | "b";

/**
 * What staff decide for a pair: merge (which record is kept, and per differing field which value
 * it keeps) or "not the same person"; each after a confirmation.
 */
export const PairDecisions = ({
  pair,
  onDone,
}: {
  pair: DuplicatePair;
  onDone: (done: PairOutcome) => void;
}) => {
  const { t } = useTranslation();
  const { merge, dismiss, busy, failure } = usePairDecisions(pair.id);
  const [kept, setKept] = useState<Side>("a");
  const [take, setTake] = useState<PatientField[]>([]);
  const survivor = pair[kept];
  const merged = pair[kept === "a" ? "b" : "a"];
  const names = pairNames(pair);
  const describe = (record: Patient, number: number) =>
    [t("patientAccess.duplicates.recordNumber", { number }), fullName(record), record.externalId]
      .filter(Boolean)
      .join(" · ");

  const [confirmMerge, MergeDialog] = useConfirmDialog({
    titleKey: "patientAccess.duplicates.confirmMergeTitle",
    continueButtonLabel: "patientAccess.duplicates.merge",
    onConfirm: async () => {
      const result = await merge(survivor.id!, merged.id!, take);
      if (result) {
        onDone({
          outcome: "merged",
          merged: fullName(merged),
          survivorId: result.survivor?.id ?? survivor.id!,
          survivor: fullName(result.survivor ?? survivor),
        });
      }
    },
    children: (
      <>
        <p>
          {t("patientAccess.duplicates.confirmMerge", {
            merged: describe(merged, kept === "a" ? 2 : 1),
            survivor: describe(survivor, kept === "a" ? 1 : 2),
          })}
        </p>
        <p>
          {take.length === 0
            ? t("patientAccess.duplicates.confirmMergeKeepsAll")
            : t("patientAccess.duplicates.confirmMergeTakes", {
                fields: take.map((field) => t(`patientAccess.registrations.field.${field}`)).join(", "),
              })}
        </p>
      </>
    ),
  });
  const [confirmDismiss, DismissDialog] = useConfirmDialog({
    titleKey: "patientAccess.duplicates.confirmDismissTitle",
    continueButtonLabel: "patientAccess.duplicates.dismiss",
    onConfirm: async () => {
      if (await dismiss()) onDone({ outcome: "dismissed", ...names });
    },
    children: <p>{t("patientAccess.duplicates.confirmDismiss", names)}</p>,
  });

  return (
    <Form onSubmit={(event) => event.preventDefault()}>
      <MergeDialog />
      <DismissDialog />
      <Title headingLevel="h2" size="lg">
        {t("patientAccess.duplicates.decide")}
      </Title>
      <FormGroup role="radiogroup" fieldId="survivor" label={t("patientAccess.duplicates.recordKept")}>
        {(["a", "b"] as Side[]).map((side, index) => (
          <Radio
            key={side}
            id={`survivor-${side}`}
            name="survivor"
            label={describe(pair[side], index + 1)}
            isChecked={kept === side}
            onChange={() => {
              setKept(side);
              setTake([]);
            }}
          />
        ))}
      </FormGroup>
      <Title headingLevel="h3" size="md">
        {t("patientAccess.duplicates.mergeChoicesTitle", { survivor: describe(survivor, kept === "a" ? 1 : 2) })}
      </Title>
      <MergeChoices registered={merged} clinic={survivor} take={take} onChange={setTake} wording={pairWording} />
      {failure && (
        <Alert isInline variant="danger" title={t(`patientAccess.duplicates.failed.${failure.action}`)}>
          {failure.message}
        </Alert>
      )}
      <ActionGroup>
        <Button variant="primary" onClick={confirmMerge} isDisabled={busy}>
          {t("patientAccess.duplicates.merge")}
        </Button>
        <Button variant="secondary" onClick={confirmDismiss} isDisabled={busy}>
          {t("patientAccess.duplicates.dismiss")}
        </Button>
      </ActionGroup>
    </Form>
  );
};
