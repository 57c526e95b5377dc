import { Alert, Button, Form, Modal, ModalVariant, Stack, StackItem, Title } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useCallback, useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, type MyPatient } from "../api/client";
import type { Loaded } from "../api/useLoaded";
import { ConfirmDialog } from "../family/ConfirmDialog";
import { Field } from "../family/fields";
import { patientName } from "../family/labels";
import { useFormats } from "../formats";
import { useCarersApi, type CarerGrant, type CarerInvitation, type Carers } from "./carersApi";

const SECTION = "temporary-carers";

/**
 * Whose temporary carers the person may manage: their own record, or a record they act for as
 * parent or guardian with "Manage profile". The API has the last word (an own record under the age
 * of majority, a parent's on an adult): a record it refuses is not shown.
 */
const mayAsk = (patient: MyPatient) =>
  patient.relationship === "SELF" ||
  ((patient.relationship === "PARENT" || patient.relationship === "GUARDIAN") &&
    patient.permissions.includes("MANAGE_PROFILE"));

/** Temporary carers: per record I may invite for, who is invited or may book, and an invitation form. */
export function TemporaryCarers({ patients }: { patients: Loaded<MyPatient[]> }) {
  const { t } = useTranslation();
  const candidates = (patients.data ?? []).filter(mayAsk);
  const [refused, setRefused] = useState<Record<string, boolean>>({});
  const onRefused = useCallback((grantId: string) => setRefused((previous) => ({ ...previous, [grantId]: true })), []);
  if (candidates.length === 0 || candidates.every((patient) => refused[patient.grantId])) return null;

  return (
    <section aria-labelledby={SECTION} className="pf-v5-u-mb-lg">
      <Stack hasGutter>
        <StackItem>
          <Title headingLevel="h2" size="xl" id={SECTION} tabIndex={-1}>
            {t("carerTitle")}
          </Title>
          <p className="pf-v5-u-mt-sm">{t("carerHelp")}</p>
        </StackItem>
        {candidates.map((patient) => (
          <StackItem key={patient.grantId}>
            <CarersOf patient={patient} onRefused={onRefused} />
          </StackItem>
        ))}
      </Stack>
    </section>
  );
}

function CarersOf({ patient, onRefused }: { patient: MyPatient; onRefused: (grantId: string) => void }) {
  const { t } = useTranslation();
  const format = useFormats();
  const api = useCarersApi();
  const [carers, setCarers] = useState<Carers>();
  const [error, setError] = useState<string>();
  const [inviting, setInviting] = useState(false);
  const [notice, setNotice] = useState<{ variant: "success" | "danger"; title: string }>();
  const [withdrawing, setWithdrawing] = useState<CarerInvitation>();
  const [ending, setEnding] = useState<CarerGrant>();
  const [generation, setGeneration] = useState(0);
  const reload = () => setGeneration((value) => value + 1);
  const name = patientName(patient);
  const headingId = `carers-${patient.grantId}`;

  useEffect(() => {
    const controller = new AbortController();
    api.list(patient.grantId, controller.signal).then(
      (loaded) => !controller.signal.aborted && setCarers(loaded),
      (failure: ApiError) => {
        if (controller.signal.aborted) return;
        if (failure.status === 403 || failure.status === 404) onRefused(patient.grantId);
        else setError(failure.message);
      },
    );
    return () => controller.abort();
  }, [api, patient.grantId, generation, onRefused]);

  const resend = async (invitation: CarerInvitation) => {
    try {
      await api.resend(patient.grantId, invitation.invitationId);
      setNotice({ variant: "success", title: t("carerResent", { email: invitation.email }) });
    } catch (failure) {
      const apiError = failure as ApiError;
      setNotice({
        variant: "danger",
        title: apiError.status === 429 ? t("carerResendTooSoon") : apiError.message,
      });
    }
    reload();
  };

  if (error) {
    return (
      <Alert variant="danger" isInline title={t("familyAccess.loadFailed")}>
        {error}
      </Alert>
    );
  }
  if (!carers) return null;
  const empty = carers.invitations.length === 0 && carers.carers.length === 0;

  return (
    <section aria-labelledby={headingId}>
      <Title headingLevel="h3" size="lg" id={headingId} tabIndex={-1}>
        {patient.relationship === "SELF" ? t("carerForMe") : t("carerFor", { name })}
      </Title>
      {notice && (
        <Alert variant={notice.variant} isInline isLiveRegion title={notice.title} className="pf-v5-u-my-sm" />
      )}
      {empty ? (
        <p className="pf-v5-u-my-sm">{t("carerNone")}</p>
      ) : (
        <Table aria-label={patient.relationship === "SELF" ? t("carerForMe") : t("carerFor", { name })} variant="compact">
          <Thead>
            <Tr>
              <Th modifier="wrap">{t("carerCarer")}</Th>
              <Th modifier="wrap">{t("carerStatus")}</Th>
              <Th modifier="wrap">{t("carerUntil")}</Th>
              <Th screenReaderText={t("familyAccess.actions")} />
            </Tr>
          </Thead>
          <Tbody>
            {carers.carers.map((carer) => (
              <Tr key={carer.grantId}>
                <Td dataLabel={t("carerCarer")}>
                  <div>{carer.name ?? carer.email}</div>
                  {carer.name && carer.email && <div className="pf-v5-u-color-200">{carer.email}</div>}
                </Td>
                <Td dataLabel={t("carerStatus")}>{t("carerCanBook")}</Td>
                <Td dataLabel={t("carerUntil")}>{format.date(carer.until)}</Td>
                <Td dataLabel={t("familyAccess.actions")}>
                  <Button variant="secondary" isDanger size="sm" onClick={() => setEnding(carer)}>
                    {t("carerEnd")}
                  </Button>
                </Td>
              </Tr>
            ))}
            {carers.invitations.map((invitation) => (
              <Tr key={invitation.invitationId}>
                <Td dataLabel={t("carerCarer")}>{invitation.email}</Td>
                <Td dataLabel={t("carerStatus")}>{t("carerInvited", { when: format.date(invitation.expiresAt) })}</Td>
                <Td dataLabel={t("carerUntil")}>{format.date(invitation.until)}</Td>
                <Td dataLabel={t("familyAccess.actions")}>
                  <Button variant="secondary" size="sm" className="pf-v5-u-mr-sm" onClick={() => resend(invitation)}>
                    {t("carerResend")}
                  </Button>
                  <Button variant="secondary" isDanger size="sm" onClick={() => setWithdrawing(invitation)}>
                    {t("carerWithdraw")}
                  </Button>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
      <Button variant="secondary" className="pf-v5-u-mt-sm" onClick={() => setInviting(true)}>
        {t("carerInvite")}
      </Button>
      {inviting && (
        <InviteDialog
          grantId={patient.grantId}
          name={patient.relationship === "SELF" ? undefined : name}
          furthest={carers.furthestUntil}
          onInvited={(email) => {
            setNotice({ variant: "success", title: t("carerInvitedNotice", { email }) });
            reload();
          }}
          onClose={() => setInviting(false)}
        />
      )}
      {withdrawing && (
        <ConfirmDialog
          title={t("carerWithdrawTitle", { email: withdrawing.email })}
          confirmLabel={t("carerWithdraw")}
          onConfirm={async () => {
            await api.withdraw(patient.grantId, withdrawing.invitationId);
            document.getElementById(headingId)?.focus();
            reload();
          }}
          onClose={() => setWithdrawing(undefined)}
        >
          {t("carerWithdrawBody")}
        </ConfirmDialog>
      )}
      {ending && (
        <ConfirmDialog
          title={t("carerEndTitle", { name: ending.name ?? ending.email })}
          confirmLabel={t("carerEnd")}
          onConfirm={async () => {
            await api.end(patient.grantId, ending.grantId);
            document.getElementById(headingId)?.focus();
            reload();
          }}
          onClose={() => setEnding(undefined)}
        >
          {t("carerEndBody", { name: ending.name ?? ending.email })}
        </ConfirmDialog>
      )}
    </section>
  );
}

type InviteDialogProps = {
  grantId: string;
  /** The record's name, or none for my own record. */
  name?: string;
  furthest: string;
  onInvited: (email: string) => void;
  onClose: () => void;
};

function InviteDialog({ grantId, name, furthest, onInvited, onClose }: InviteDialogProps) {
  const { t } = useTranslation();
  const format = useFormats();
  const api = useCarersApi();
  const [email, setEmail] = useState("");
  const [until, setUntil] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const invite = async (event: FormEvent) => {
    event.preventDefault();
    // Said in the person's language before asking the API, which names missing fields in English.
    const required = t("familyAccess.required");
    const missing = Object.fromEntries(
      [
        ["email", email.trim()],
        ["until", until.trim()],
      ]
        .filter(([, value]) => !value)
        .map(([field]) => [field, required]),
    );
    if (Object.keys(missing).length > 0) {
      setError(new ApiError(400, required, missing));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await api.invite(grantId, email.trim(), until.trim());
      onInvited(email.trim());
      onClose();
    } catch (failure) {
      setError(failure as ApiError);
      setBusy(false);
    }
  };

  const fieldErrors = { ...(error?.fieldErrors ?? {}) };
  // The API's words for the two fields are English: the person reads them in their own language.
  if (fieldErrors.until && fieldErrors.until !== t("familyAccess.required")) {
    fieldErrors.until = t("carerUntilInvalid", { furthest: format.date(furthest) });
  }
  if (fieldErrors.email && fieldErrors.email !== t("familyAccess.required")) fieldErrors.email = t("carerEmailInvalid");
  const limit = error?.status === 409 && error.fieldErrors.carers ? t("carerLimit") : undefined;
  const unplaced = error && !limit && Object.keys(fieldErrors).length === 0;
  return (
    <Modal
      variant={ModalVariant.small}
      title={name ? t("carerInviteFor", { name }) : t("carerInvite")}
      description={t("carerInviteHelp", { furthest: format.date(furthest) })}
      isOpen
      onClose={onClose}
      actions={[
        <Button key="invite" type="submit" form="carer-form" isLoading={busy} isDisabled={busy}>
          {t("carerSend")}
        </Button>,
        <Button key="cancel" variant="link" onClick={onClose}>
          {t("familyAccess.cancel")}
        </Button>,
      ]}
    >
      <Form id="carer-form" onSubmit={invite} noValidate>
        {unplaced && <Alert variant="danger" isInline title={error.status === 502 ? t("carerMailFailed") : error.message} />}
        {limit && <Alert variant="warning" isInline isLiveRegion title={limit} />}
        <Field
          id="carer-email"
          label={t("familyAccess.email")}
          type="email"
          value={email}
          onChange={setEmail}
          error={fieldErrors.email}
          isRequired
          autoComplete="off"
        />
        <Field
          id="carer-until"
          label={t("carerUntilLabel")}
          value={until}
          onChange={setUntil}
          error={fieldErrors.until}
          helper={t("carerUntilHelp", { furthest: format.date(furthest) })}
          isRequired
          autoComplete="off"
        />
      </Form>
    </Modal>
  );
}
