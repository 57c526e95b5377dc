import { Page } from "@keycloak/keycloak-account-ui";
import { Stack, StackItem } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import { useLoaded } from "../api/useLoaded";
import { useMeApi } from "../api/useMeApi";
import { TemporaryCarers } from "../carers/TemporaryCarers";
import { FormatsProvider } from "../formats";
import { AddDependent } from "./AddDependent";
import { InvitationsForMe } from "./InvitationsForMe";
import { PeopleICanActFor } from "./PeopleICanActFor";
import { WhoCanActForMe } from "./WhoCanActForMe";

/**
 * Family & access: whom I act for and who acts for me, my invitations, adding a dependent, and temporary carers.
 * An accepted invitation or an added dependent shows at once among the people I act for.
 */
export default function FamilyAccess() {
  const { t } = useTranslation();
  const api = useMeApi();
  const patients = useLoaded(api.patients);
  const formats = useLoaded(api.formats);

  return (
    <Page title={t("familyAccess")} description={t("familyAccess.description")}>
      {/* The region first, so that nothing is shown in one format and then another (a form keeps what it first showed). */}
      {!formats.loading && (
        <FormatsProvider region={formats.data?.region}>
          <Stack hasGutter>
            <StackItem>
              <PeopleICanActFor patients={patients} />
            </StackItem>
            <StackItem>
              <InvitationsForMe onAccepted={patients.reload} />
            </StackItem>
            <StackItem>
              <AddDependent onAdded={patients.reload} />
            </StackItem>
            <StackItem>
              <WhoCanActForMe />
            </StackItem>
            <StackItem>
              <TemporaryCarers patients={patients} />
            </StackItem>
          </Stack>
        </FormatsProvider>
      )}
    </Page>
  );
}
