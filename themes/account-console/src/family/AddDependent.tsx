import { Alert, Button, Form, Modal, ModalVariant } from "@patternfly/react-core";
import type { TFunction } from "i18next";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, type NewDependent } from "../api/client";
import { useMeApi } from "../api/useMeApi";
import { useFormats, type Formats } from "../formats";
import { Field } from "./fields";

const SECTION = "add-dependent";
const EMPTY: NewDependent = { firstName: "", lastName: "", birthDate: "", email: "", phone: "" };
const REQUIRED = ["firstName", "lastName", "birthDate"] as const;

/**
 * Adds a dependent I care for. The person is told before and after that the clinic checks it
 * against its records: the API queues it for staff, even when it matches a record for certain.
 */
export function AddDependent({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const [added, setAdded] = useState<string>();

  return (
    <section aria-labelledby={SECTION} className="pf-v5-u-mb-lg">
      <h2 className="pf-v5-c-title pf-m-xl" id={SECTION}>
        {t("familyAccess.addDependent")}
      </h2>
      <p className="pf-v5-u-my-sm">{t("familyAccess.addDependentHelp")}</p>
      {added && (
        <Alert variant="success" isInline title={t("familyAccess.dependentAdded", { name: added })} className="pf-v5-u-mb-sm">
          {t("familyAccess.dependentAddedHelp")}
        </Alert>
      )}
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t("familyAccess.addDependent")}
      </Button>
      {isOpen && (
        <DependentDialog
          onAdded={(name) => {
            setAdded(name);
            onAdded();
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </section>
  );
}

/**
 * The API's refusal when the account reached a limit on dependents, in the person's words: as many
 * as it may act for (409), or as many as it may add in a day (429, with when to try again).
 */
function limitMessage(t: TFunction, format: Formats, error?: ApiError) {
  if (!error?.fieldErrors.dependents) return undefined;
  if (error.status === 409) {
    return { title: t("familyAccess.dependentsLimit"), body: t("familyAccess.dependentsLimitHelp") };
  }
  if (error.status === 429) {
    const retryAt = error.retryAfterSeconds && new Date(Date.now() + error.retryAfterSeconds * 1000).toISOString();
    return {
      title: t("familyAccess.dependentsDailyLimit"),
      body: retryAt
        ? t("familyAccess.dependentsTryAgainAt", {
            when: format.dateTime(retryAt),
          })
        : t("familyAccess.dependentsTryAgainTomorrow"),
    };
  }
  return undefined;
}

function DependentDialog({ onAdded, onClose }: { onAdded: (name: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormats();
  const api = useMeApi();
  const [dependent, setDependent] = useState(EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const set = (field: keyof NewDependent) => (value: string) => setDependent({ ...dependent, [field]: value });

  const add = async (event: FormEvent) => {
    event.preventDefault();
    // Said in the person's language before asking the API, which names missing fields in English.
    const missing = REQUIRED.filter((field) => !dependent[field].trim());
    if (missing.length > 0) {
      const required = t("familyAccess.required");
      setError(new ApiError(400, required, Object.fromEntries(missing.map((field) => [field, required]))));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const patient = await api.addDependent({
        firstName: dependent.firstName.trim(),
        lastName: dependent.lastName.trim(),
        birthDate: dependent.birthDate.trim(),
        email: dependent.email?.trim() || undefined,
        phone: dependent.phone?.trim() || undefined,
      });
      onAdded(`${patient.firstName} ${patient.lastName}`);
      onClose();
    } catch (failure) {
      setError(failure as ApiError);
      setBusy(false);
    }
  };

  const fieldErrors = error?.fieldErrors ?? {};
  const limit = limitMessage(t, format, error);
  const unplaced = error && !limit && Object.keys(fieldErrors).length === 0;
  return (
    <Modal
      variant={ModalVariant.small}
      title={t("familyAccess.addDependent")}
      description={t("familyAccess.addDependentCheck")}
      isOpen
      onClose={onClose}
      actions={[
        <Button key="add" type="submit" form="dependent-form" isLoading={busy} isDisabled={busy}>
          {t("familyAccess.add")}
        </Button>,
        <Button key="cancel" variant="link" onClick={onClose}>
          {t("familyAccess.cancel")}
        </Button>,
      ]}
    >
      <Form id="dependent-form" onSubmit={add} noValidate>
        {unplaced && <Alert variant="danger" isInline title={error.message} />}
        {limit && (
          <Alert variant="warning" isInline isLiveRegion title={limit.title}>
            {limit.body}
          </Alert>
        )}
        <Field
          id="dependent-firstName"
          label={t("familyAccess.firstName")}
          value={dependent.firstName}
          onChange={set("firstName")}
          error={fieldErrors.firstName}
          isRequired
          autoComplete="off"
        />
        <Field
          id="dependent-lastName"
          label={t("familyAccess.lastName")}
          value={dependent.lastName}
          onChange={set("lastName")}
          error={fieldErrors.lastName}
          isRequired
          autoComplete="off"
        />
        <Field
          id="dependent-birthDate"
          label={t("familyAccess.birthDate")}
          value={dependent.birthDate}
          onChange={set("birthDate")}
          error={fieldErrors.birthDate}
          helper={t("familyAccess.birthDateFormat")}
          isRequired
          autoComplete="off"
        />
        <Field
          id="dependent-email"
          label={t("familyAccess.emailOptional")}
          type="email"
          value={dependent.email ?? ""}
          onChange={set("email")}
          error={fieldErrors.email}
          autoComplete="off"
        />
        <Field
          id="dependent-phone"
          label={t("familyAccess.phoneOptional")}
          type="tel"
          value={dependent.phone ?? ""}
          onChange={set("phone")}
          error={fieldErrors.phone}
          autoComplete="off"
        />
      </Form>
    </Modal>
  );
}
