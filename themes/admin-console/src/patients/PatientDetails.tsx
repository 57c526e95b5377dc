import { useConfirmDialog, ViewHeader } from "@keycloak/keycloak-admin-ui";
import {
  Alert,
  ButtonVariant,
  DropdownItem,
  Label,
  PageSection,
  Spinner,
  Tab,
  Tabs,
  TabsComponent,
  TabTitleText,
} from "@patternfly/react-core";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useHref, useLocation, useNavigate, useParams } from "react-router-dom";
import { ApiError, ok, type Schemas } from "../api/client";
import { usePatientAccessApi } from "../api/usePatientAccessApi";
import { useCanManage } from "../components/useCanManage";
import { ComingOfAgeNotice } from "../comingOfAge/ComingOfAgeNotice";
import { AccountsTab } from "./accounts/AccountsTab";
import { PatientForm } from "./details/PatientForm";
import { editableFields, toRequest } from "./editableFields";
import { HistoryTab } from "./history/HistoryTab";
import { PatientAlerts, useAddAlert } from "./PatientAlerts";
import { toPatient, type PatientTab } from "./patientPaths";
import { useApiData } from "./useApiData";

type Patient = Schemas["Patient"];

/**
 * A tab bound to the URL: its key is the tab's name in the path, its link that path. (The package's
 * RoutableTabs renders its own bundled copy of PatternFly's Tabs, whose context our Tab cannot see.)
 */
const usePatientTab = (realm: string, id: string, tab: PatientTab) => ({
  eventKey: tab,
  href: useHref(toPatient(realm, id, tab)),
});

/** Set when the page was opened with a merged record's id and moved on to its survivor. */
type MergedState = { mergedFrom?: string } | null;

/** A patient's page: the record, the accounts that act for it, and its history, one tab each. */
export default function PatientDetails() {
  return (
    <PatientAlerts>
      <PatientPage />
    </PatientAlerts>
  );
}

const PatientPage = () => {
  const { t } = useTranslation();
  const { api, realm } = usePatientAccessApi();
  const { id = "", tab = "details" } = useParams();
  const navigate = useNavigate();
  const mergedFrom = (useLocation().state as MergedState)?.mergedFrom;

  const {
    data: patient,
    setData: setPatient,
    error,
    reload,
  } = useApiData(
    () =>
      ok(
        api.GET("/admin/realms/{realm}/patient-access/patients/{id}", {
          params: { path: { realm, id } },
        }),
      ),
    [api, realm, id],
  );

  // A merged record's id answers with its survivor: go to the survivor's own page and say why.
  useEffect(() => {
    if (patient?.id && patient.id !== id) {
      navigate(toPatient(realm, patient.id, tab as PatientTab), {
        replace: true,
        state: { mergedFrom: id } satisfies MergedState,
      });
    }
  }, [patient, id]);

  if (error) {
    return (
      <PageSection variant="light">
        <Alert variant="danger" isInline title={t("patientAccess.patientNotLoaded")}>
          {error.message}
        </Alert>
      </PageSection>
    );
  }
  if (!patient || patient.id !== id) return <Spinner aria-label={t("patientAccess.loading")} />;

  return (
    <LoadedPatient
      patient={patient}
      mergedFrom={mergedFrom}
      onChanged={setPatient}
      onReload={reload}
    />
  );
};

type LoadedPatientProps = {
  patient: Patient;
  mergedFrom?: string;
  onChanged: (patient: Patient) => void;
  onReload: () => void;
};

const LoadedPatient = ({ patient, mergedFrom, onChanged, onReload }: LoadedPatientProps) => {
  const { t } = useTranslation();
  const { realm } = usePatientAccessApi();
  const canManage = useCanManage();
  const id = patient.id!;
  const { tab = "details" } = useParams();
  const navigate = useNavigate();
  const detailsTab = usePatientTab(realm, id, "details");
  const accountsTab = usePatientTab(realm, id, "accounts");
  const historyTab = usePatientTab(realm, id, "history");
  const { archiveItem, restoreItem, ArchiveDialog } = useArchiveActions(patient, onChanged, onReload);

  return (
    <>
      <ViewHeader
        titleKey={`${patient.firstName} ${patient.lastName}`}
        noTranslate
        badges={
          patient.status && patient.status !== "ACTIVE"
            ? [{ text: <Label color="grey" className="pf-v5-u-ml-sm">{t(`patientAccess.status.${patient.status}`)}</Label> }]
            : undefined
        }
        dropdownItems={
          canManage && patient.status !== "MERGED"
            ? [patient.status === "ARCHIVED" ? restoreItem : archiveItem]
            : undefined
        }
      />
      <ArchiveDialog />
      {mergedFrom && (
        <PageSection variant="light" className="pf-v5-u-pb-0">
          <Alert
            variant="info"
            isInline
            title={t("patientAccess.mergedInto", {
              id: mergedFrom,
              name: `${patient.firstName} ${patient.lastName}`,
            })}
          />
        </PageSection>
      )}
      <ComingOfAgeNotice patientId={id} />
      <PageSection variant="light" className="pf-v5-u-p-0">
        <Tabs
          activeKey={tab}
          onSelect={(event, key) => {
            event.preventDefault();
            navigate(toPatient(realm, id, key as PatientTab));
          }}
          component={TabsComponent.nav}
          aria-label={t("patientAccess.patientTabs")}
          inset={{ default: "insetNone", xl: "insetLg", "2xl": "inset2xl" }}
          mountOnEnter
          unmountOnExit
        >
          <Tab
            title={<TabTitleText>{t("patientAccess.tabDetails")}</TabTitleText>}
            data-testid="patient-tab-details"
            {...detailsTab}
          >
            <PatientForm patient={patient} onSaved={onChanged} onReload={onReload} />
          </Tab>
          <Tab
            title={<TabTitleText>{t("patientAccess.tabAccounts")}</TabTitleText>}
            data-testid="patient-tab-accounts"
            {...accountsTab}
          >
            <AccountsTab patient={patient} />
          </Tab>
          <Tab
            title={<TabTitleText>{t("patientAccess.tabHistory")}</TabTitleText>}
            data-testid="patient-tab-history"
            {...historyTab}
          >
            <HistoryTab patient={patient} onMergeUndone={onReload} />
          </Tab>
        </Tabs>
      </PageSection>
    </>
  );
};

/**
 * Archive (DELETE, which leaves the fields alone) after a confirmation, and restore (PUT status
 * ACTIVE with the fields as read and the version read, so a restore never overwrites an edit).
 */
function useArchiveActions(
  patient: Patient,
  onChanged: (patient: Patient) => void,
  onReload: () => void,
) {
  const { t } = useTranslation();
  const { api, realm } = usePatientAccessApi();
  const addAlert = useAddAlert();
  const path = { realm, id: patient.id! };

  const failed = (e: unknown) => {
    const error = e as ApiError;
    addAlert(
      "danger",
      error.status === 412 ? t("patientAccess.changedByOthers") : error.message,
    );
    onReload();
  };

  const archive = async () => {
    try {
      await ok(
        api.DELETE("/admin/realms/{realm}/patient-access/patients/{id}", { params: { path } }),
      );
      addAlert("success", t("patientAccess.archived"));
      onReload();
    } catch (e) {
      failed(e);
    }
  };

  const restore = async () => {
    try {
      const restored = await ok(
        api.PUT("/admin/realms/{realm}/patient-access/patients/{id}", {
          params: { path, header: { "If-Match": `"${patient.version}"` } },
          body: { ...toRequest(editableFields(patient)), status: "ACTIVE" },
        }),
      );
      addAlert("success", t("patientAccess.restored"));
      onChanged(restored);
    } catch (e) {
      failed(e);
    }
  };

  const [toggleArchiveDialog, ArchiveDialog] = useConfirmDialog({
    titleKey: "patientAccess.archiveConfirmTitle",
    messageKey: "patientAccess.archiveConfirmMessage",
    continueButtonLabel: "patientAccess.archive",
    continueButtonVariant: ButtonVariant.danger,
    onConfirm: archive,
  });

  const archiveItem = (
    <DropdownItem key="archive" onClick={toggleArchiveDialog}>
      {t("patientAccess.archive")}
    </DropdownItem>
  );
  const restoreItem = (
    <DropdownItem key="restore" onClick={restore}>
      {t("patientAccess.restore")}
    </DropdownItem>
  );
  return { archiveItem, restoreItem, ArchiveDialog };
}
