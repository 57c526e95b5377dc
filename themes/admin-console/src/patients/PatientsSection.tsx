import { ViewHeader } from "@keycloak/keycloak-admin-ui";
import {
  Alert,
  Button,
  EmptyState,
  EmptyStateBody,
  EmptyStateHeader,
  FormSelect,
  FormSelectOption,
  PageSection,
  Pagination,
  SearchInput,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { ok } from "../api/client";
import { usePatientAccessApi } from "../api/usePatientAccessApi";
import { useCanManage } from "../components/useCanManage";
import { usePaginationTitles } from "../components/usePaginationTitles";
import { useFormats } from "../formats";
import { CreatePatientModal } from "./CreatePatientModal";
import { ImportPatientsModal } from "./ImportPatientsModal";
import { patientName } from "./patientName";
import { useApiData } from "./useApiData";
import { searchKinds, toQuery, type PatientSearch, type SearchKind } from "./PatientSearch";

/** Patients: find a record by name, birth date, email, phone or the clinic's own number. */
export default function PatientsSection() {
  const { t } = useTranslation();
  const format = useFormats();
  const { api, realm } = usePatientAccessApi();
  const canManage = useCanManage();
  const [search, setSearch] = useState<PatientSearch>({ kind: "search", text: "", status: "ACTIVE" });
  const [typed, setTyped] = useState("");
  const [page, setPage] = useState({ first: 0, max: 20 });
  const paginationTitles = usePaginationTitles(t("patientAccess.patientsPagination"));
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);

  // The shared reader drops an answer that arrives after a newer search was started.
  const { data: result, error, reload } = useApiData(async () => {
    const query = toQuery(search);
    const path = { realm };
    const [patients, total] = await Promise.all([
      ok(api.GET("/admin/realms/{realm}/patient-access/patients", {
        params: { path, query: { ...query, ...page } },
      })),
      ok(api.GET("/admin/realms/{realm}/patient-access/patients/count", { params: { path, query } })),
    ]);
    return { patients, total };
  }, [api, realm, search, page]);

  const find = (text: string) => {
    setSearch({ ...search, text });
    setPage({ ...page, first: 0 });
  };
  const base = `/${encodeURIComponent(realm)}/patients`;

  return (
    <>
      <ViewHeader titleKey="patientAccess.patients" subKey="patientAccess.patientsHelp" />
      <PageSection variant="light" padding={{ default: "noPadding" }}>
        <Toolbar>
          <ToolbarContent>
            <ToolbarItem>
              <FormSelect
                aria-label={t("patientAccess.searchBy")}
                value={search.kind}
                onChange={(_e, kind) => setSearch({ ...search, kind: kind as SearchKind })}
              >
                {searchKinds.map((kind) => (
                  <FormSelectOption key={kind} value={kind} label={t(`patientAccess.searchBy.${kind}`)} />
                ))}
              </FormSelect>
            </ToolbarItem>
            <ToolbarItem>
              <SearchInput
                aria-label={t("patientAccess.searchPatients")}
                placeholder={t(`patientAccess.searchPlaceholder.${search.kind}`)}
                value={typed}
                onChange={(_e, value) => setTyped(value)}
                onSearch={(_e, value) => find(value)}
                onClear={() => {
                  setTyped("");
                  find("");
                }}
              />
            </ToolbarItem>
            <ToolbarItem>
              <FormSelect
                aria-label={t("patientAccess.statusFilter")}
                value={search.status}
                onChange={(_e, status) => {
                  setSearch({ ...search, status: status as PatientSearch["status"] });
                  setPage({ ...page, first: 0 });
                }}
              >
                <FormSelectOption value="ACTIVE" label={t("patientAccess.status.ACTIVE")} />
                <FormSelectOption value="ARCHIVED" label={t("patientAccess.status.ARCHIVED")} />
                <FormSelectOption value="any" label={t("patientAccess.status.any")} />
              </FormSelect>
            </ToolbarItem>
            {canManage && (
              <>
                <ToolbarItem>
                  <Button onClick={() => setCreating(true)}>{t("patientAccess.createPatient")}</Button>
                </ToolbarItem>
                <ToolbarItem>
                  <Button variant="secondary" onClick={() => setImporting(true)}>
                    {t("patientAccess.import")}
                  </Button>
                </ToolbarItem>
              </>
            )}
            <ToolbarItem variant="pagination" align={{ default: "alignRight" }}>
              <Pagination
                itemCount={result?.total ?? 0}
                perPage={page.max}
                page={Math.floor(page.first / page.max) + 1}
                onSetPage={(_e, p) => setPage({ ...page, first: (p - 1) * page.max })}
                onPerPageSelect={(_e, max) => setPage({ first: 0, max })}
                perPageOptions={[10, 20, 50, 100].map((n) => ({ title: `${n}`, value: n }))}
                titles={paginationTitles}
                isCompact
              />
            </ToolbarItem>
          </ToolbarContent>
        </Toolbar>
        {error && <Alert isInline variant="danger" title={error.message} />}
        {result && result.patients.length === 0 && (
          <EmptyState>
            <EmptyStateHeader titleText={t("patientAccess.noPatients")} headingLevel="h2" />
            <EmptyStateBody>{t("patientAccess.noPatientsHelp")}</EmptyStateBody>
          </EmptyState>
        )}
        {result && result.patients.length > 0 && (
          <Table aria-label={t("patientAccess.patients")} variant="compact">
            <Thead>
              <Tr>
                <Th>{t("patientAccess.field.name")}</Th>
                <Th>{t("patientAccess.field.birthDate")}</Th>
                <Th>{t("patientAccess.field.email")}</Th>
                <Th>{t("patientAccess.field.phone")}</Th>
                <Th>{t("patientAccess.field.externalId")}</Th>
                <Th>{t("patientAccess.field.status")}</Th>
              </Tr>
            </Thead>
            <Tbody>
              {result.patients.map((patient) => (
                <Tr key={patient.id}>
                  <Td dataLabel={t("patientAccess.field.name")}>
                    <Link to={`${base}/${patient.id}/details`}>{patientName(patient)}</Link>
                  </Td>
                  <Td dataLabel={t("patientAccess.field.birthDate")}>{format.date(patient.birthDate)}</Td>
                  <Td dataLabel={t("patientAccess.field.email")}>{patient.email}</Td>
                  <Td dataLabel={t("patientAccess.field.phone")}>{format.phone(patient.phone)}</Td>
                  <Td dataLabel={t("patientAccess.field.externalId")}>{patient.externalId}</Td>
                  <Td dataLabel={t("patientAccess.field.status")}>
                    {t(`patientAccess.status.${patient.status}`)}
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </PageSection>
      {creating && <CreatePatientModal onClose={() => setCreating(false)} />}
      {importing && (
        <ImportPatientsModal
          onClose={() => {
            setImporting(false);
            reload();
          }}
        />
      )}
    </>
  );
}
