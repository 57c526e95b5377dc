import { useAdminClient, useRealm } from "@keycloak/keycloak-admin-ui";
import { useMemo } from "react";
import { environment } from "../environment";
import { createPatientAccessApi } from "./client";

/** The staff API for the realm selected in the console. */
export function usePatientAccessApi() {
  const { adminClient } = useAdminClient();
  const { realm } = useRealm();
  const api = useMemo(
    () =>
      createPatientAccessApi(environment.adminBaseUrl, () =>
        adminClient.getAccessToken(),
      ),
    [adminClient],
  );
  return { api, realm };
}
