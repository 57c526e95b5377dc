import { useAccountAlerts } from "@keycloak/keycloak-account-ui";
import {
  Alert,
  Button,
  Checkbox,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  Modal,
  ModalVariant,
} from "@patternfly/react-core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, type MyAccountGrant, type Permission } from "../api/client";
import { useMeApi } from "../api/useMeApi";
import { accountName } from "../family/labels";
import { Field } from "../family/fields";
import { useFormats } from "../formats";
import { assentErrorMessage } from "./assentErrors";

const ORDER: Permission[] = ["BOOK", "VIEW", "MANAGE_PROFILE"];

type GiveBackDialogProps = {
  account: MyAccountGrant;
  onSaved: () => void;
  onClose: () => void;
};

/**
 * Gives a parent's or guardian's access back what the age band withheld, or lets it keep what it has,
 * until a day at most 12 months ahead (the API's latest day, in the clinic's calendar, is the default).
 */
export function GiveBackDialog({ account, onSaved, onClose }: GiveBackDialogProps) {
  const { t } = useTranslation();
  const format = useFormats();
  const api = useMeApi();
  const { addAlert } = useAccountAlerts();
  const latest = account.assentUntilAtMost ?? "";
  const givable = ORDER.filter((permission) => account.permissions.includes(permission) || account.withheld.includes(permission));
  const [chosen, setChosen] = useState<Permission[]>(
    account.assent ? (account.assent.permissions as Permission[]) : givable,
  );
  const [until, setUntil] = useState(latest);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ permissions?: string; until?: string; other?: string }>({});
  const name = accountName(account);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    // The API checks the same; saying it here first keeps the person's words in their language.
    const found = {
      permissions: chosen.length === 0 ? t("assentPermissionsRequired") : undefined,
      until: !/^\d{4}-\d{2}-\d{2}$/.test(until) || until > latest ? t("assentUntilInvalid", { date: format.date(latest) }) : undefined,
    };
    if (found.permissions || found.until) {
      setErrors(found);
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      await api.giveAssent(account.grantId, { permissions: chosen, until });
      addAlert(t("assentGiven", { name, date: format.date(until) }));
      onSaved();
      onClose();
    } catch (failure) {
      const error = failure as ApiError;
      setErrors({
        permissions: error.fieldErrors.permissions && t("assentPermissionsInvalid"),
        until: error.fieldErrors.until && t("assentUntilInvalid", { date: format.date(latest) }),
        other: Object.keys(error.fieldErrors).length === 0 ? assentErrorMessage(t, error) : undefined,
      });
      setBusy(false);
    }
  };

  const toggle = (permission: Permission, checked: boolean) =>
    setChosen((current) => (checked ? [...current, permission] : current.filter((one) => one !== permission)));

  return (
    <Modal
      variant={ModalVariant.small}
      title={t("assentDialogTitle", { name })}
      description={t("assentDialogHelp", { name })}
      isOpen
      onClose={onClose}
      actions={[
        <Button key="save" type="submit" form="assent-form" isLoading={busy} isDisabled={busy}>
          {t("assentGive")}
        </Button>,
        <Button key="cancel" variant="link" onClick={onClose}>
          {t("familyAccess.cancel")}
        </Button>,
      ]}
    >
      <Form id="assent-form" onSubmit={save} noValidate>
        {errors.other && <Alert variant="danger" isInline title={errors.other} />}
        <FormGroup role="group" isStack label={t("assentPermissions")} fieldId="assent-permissions">
          {givable.map((permission) => (
            <Checkbox
              key={permission}
              id={`assent-permission-${permission}`}
              name="assent-permissions"
              label={
                account.withheld.includes(permission)
                  ? t("assentPermissionWithheld", { permission: t(`familyAccess.permission.${permission}`) })
                  : t(`familyAccess.permission.${permission}`)
              }
              isChecked={chosen.includes(permission)}
              onChange={(_event, checked) => toggle(permission, checked)}
              aria-describedby={errors.permissions ? "assent-permissions-message" : undefined}
            />
          ))}
          {errors.permissions && (
            <FormHelperText>
              <HelperText id="assent-permissions-message">
                <HelperTextItem variant="error" hasIcon>
                  {errors.permissions}
                </HelperTextItem>
              </HelperText>
            </FormHelperText>
          )}
        </FormGroup>
        <Field
          id="assent-until"
          label={t("assentUntil")}
          type="date"
          value={until}
          onChange={setUntil}
          error={errors.until}
          helper={t("assentUntilHelp", { date: format.date(latest) })}
          isRequired
        />
      </Form>
    </Modal>
  );
}
