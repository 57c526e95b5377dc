import { Page } from "@keycloak/keycloak-account-ui";
import {
  Alert,
  Bullseye,
  EmptyState,
  EmptyStateBody,
  Form,
  FormGroup,
  FormSelect,
  FormSelectOption,
  Spinner,
  Stack,
  StackItem,
} from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { MyActivityPerson } from "../api/client";
import { useLoaded } from "../api/useLoaded";
import { useMeApi } from "../api/useMeApi";
import { FormatsProvider } from "../formats";
import { ActivityTable } from "./ActivityTable";

const PERSON_FIELD = "activity-person";

/**
 * Activity: what was done in my name and in the name of the people I may read it for (myself first,
 * then those I act for as parent or guardian with VIEW, as the API lists them), one person at a time.
 */
export default function Activity() {
  const { t } = useTranslation();
  const api = useMeApi();
  const people = useLoaded(api.activityPeople);
  const formats = useLoaded(api.formats);
  const [chosen, setChosen] = useState<string>();
  const person = people.data?.find((candidate) => candidate.grantId === chosen) ?? people.data?.[0];

  const label = (candidate: MyActivityPerson) => {
    const name = `${candidate.firstName} ${candidate.lastName}`;
    return candidate.relationship === "SELF" ? t("activity.myself", { name }) : name;
  };

  return (
    <Page title={t("activity")} description={t("activity.description")}>
      {people.error ? (
        <Alert variant="danger" isInline title={t("activity.loadFailed")}>
          {people.error.message}
        </Alert>
      ) : !people.data || formats.loading ? (
        <Bullseye>
          <Spinner size="lg" aria-label={t("activity.loading")} />
        </Bullseye>
      ) : !person ? (
        <EmptyState variant="xs">
          <EmptyStateBody>{t("activity.noPeople")}</EmptyStateBody>
        </EmptyState>
      ) : (
        <FormatsProvider region={formats.data?.region}>
          <Stack hasGutter>
            <StackItem>
              <Form onSubmit={(event) => event.preventDefault()}>
                <FormGroup label={t("activity.person")} fieldId={PERSON_FIELD}>
                  <FormSelect
                    id={PERSON_FIELD}
                    value={person.grantId}
                    onChange={(_event, value) => setChosen(value)}
                  >
                    {people.data.map((candidate) => (
                      <FormSelectOption key={candidate.grantId} value={candidate.grantId} label={label(candidate)} />
                    ))}
                  </FormSelect>
                </FormGroup>
              </Form>
            </StackItem>
            <StackItem>
              {/* A new person starts at their newest entries. */}
              <ActivityTable key={person.grantId} grantId={person.grantId} name={label(person)} />
            </StackItem>
          </Stack>
        </FormatsProvider>
      )}
    </Page>
  );
}
