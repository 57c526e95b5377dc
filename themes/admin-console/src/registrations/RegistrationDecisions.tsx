import { useConfirmDialog } from "@keycloak/keycloak-admin-ui";
import {
  ActionGroup,
  Alert,
  Button,
  ButtonVariant,
  Form,
  FormGroup,
  Radio,
  Title,
} from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fullName } from "./comparedFields";
import type { Decision } from "./DecisionAlert";
import { GradeLabel } from "./GradeLabel";
import { MergeChoices, registrationWording } from "./MergeChoices";
import type { Candidate, PatientField, Registration } from "./registrationTypes";
import { useDecide } from "./useDecide";

const describe = (candidate: Candidate) =>
  [fullName(candidate.patient), candidate.patient.externalId].filter(Boolean).join(" · ");

/**
 * What staff decide for a pending entry: merge it into a candidate (choosing per field which value
 * the record keeps), keep it as a new patient, or dismiss it; each after a confirmation.
 */
export const RegistrationDecisions = ({
  registration,
  candidates,
  onDecided,
}: {
  registration: Registration;
  candidates: Candidate[];
  onDecided: (decided: Decision) => void;
}) => {
  const { t } = useTranslation();
  const { merge, keep, dismiss, busy, failure } = useDecide(registration.id);
  const [intoId, setIntoId] = useState(candidates[0]?.patient?.id);
  const [take, setTake] = useState<PatientField[]>([]);
  const into = candidates.find((candidate) => candidate.patient.id === intoId);
  const name = fullName(registration.claimed);

  const [confirmMerge, MergeDialog] = useConfirmDialog({
    titleKey: "patientAccess.registrations.confirmMergeTitle",
    continueButtonLabel: "patientAccess.registrations.merge",
    onConfirm: async () => {
      const result = await merge(intoId!, take);
      if (result) {
        onDecided({
          decision: "merged",
          name,
          survivorId: result.survivor?.id ?? intoId!,
          survivorName: fullName(result.survivor ?? into?.patient),
        });
      }
    },
    children: into && (
      <>
        <p>
          {t("patientAccess.registrations.confirmMerge", { name, into: describe(into) })}
        </p>
        <p>
          {take.length === 0
            ? t("patientAccess.registrations.confirmMergeKeepsAll")
            : t("patientAccess.registrations.confirmMergeTakes", {
                fields: take.map((field) => t(`patientAccess.registrations.field.${field}`)).join(", "),
              })}
        </p>
      </>
    ),
  });
  const [confirmKeep, KeepDialog] = useConfirmDialog({
    titleKey: "patientAccess.registrations.confirmKeepTitle",
    continueButtonLabel: "patientAccess.registrations.keep",
    onConfirm: async () => {
      if (await keep()) onDecided({ decision: "kept", name });
    },
    children: <p>{t("patientAccess.registrations.confirmKeep", { name })}</p>,
  });
  const [confirmDismiss, DismissDialog] = useConfirmDialog({
    titleKey: "patientAccess.registrations.confirmDismissTitle",
    continueButtonLabel: "patientAccess.registrations.dismiss",
    continueButtonVariant: ButtonVariant.danger,
    onConfirm: async () => {
      if (await dismiss()) onDecided({ decision: "dismissed", name });
    },
    children: <p>{t("patientAccess.registrations.confirmDismiss", { name })}</p>,
  });

  return (
    <Form onSubmit={(event) => event.preventDefault()}>
      <MergeDialog />
      <KeepDialog />
      <DismissDialog />
      <Title headingLevel="h2" size="lg">
        {t("patientAccess.registrations.decide")}
      </Title>
      {candidates.length > 1 && (
        <FormGroup
          role="radiogroup"
          fieldId="merge-into"
          label={t("patientAccess.registrations.mergeInto")}
        >
          {candidates.map((candidate) => (
            <Radio
              key={candidate.patient.id}
              id={`merge-into-${candidate.patient.id}`}
              name="merge-into"
              label={
                <>
                  {describe(candidate)} <GradeLabel grade={candidate.grade} />
                </>
              }
              isChecked={intoId === candidate.patient.id}
              onChange={() => {
                setIntoId(candidate.patient.id);
                setTake([]);
              }}
            />
          ))}
        </FormGroup>
      )}
      {into && (
        <>
          <Title headingLevel="h3" size="md">
            {t("patientAccess.registrations.mergeChoicesTitle", { into: describe(into) })}
          </Title>
          <MergeChoices
            registered={registration.patient ?? registration.claimed}
            clinic={into.patient}
            take={take}
            onChange={setTake}
            wording={registrationWording}
          />
        </>
      )}
      {failure && (
        <Alert
          isInline
          variant="danger"
          title={t(`patientAccess.registrations.failed.${failure.action}`)}
        >
          {failure.message}
        </Alert>
      )}
      <ActionGroup>
        {into && (
          <Button variant="primary" onClick={confirmMerge} isDisabled={busy}>
            {t("patientAccess.registrations.merge")}
          </Button>
        )}
        <Button variant="secondary" onClick={confirmKeep} isDisabled={busy}>
          {t("patientAccess.registrations.keep")}
        </Button>
        <Button variant="link" onClick={confirmDismiss} isDisabled={busy}>
          {t("patientAccess.registrations.dismiss")}
        </Button>
      </ActionGroup>
    </Form>
  );
};
