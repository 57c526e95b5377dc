import { createInstance } from "i18next";
import FetchBackend from "i18next-fetch-backend";
import { initReactI18next } from "react-i18next";
import { environment } from "./environment";

type Message = { key: string; value: string };

/**
 * One translation instance for Keycloak's pages and ours: the server merges the stock admin
 * messages with our theme's (theme/clinic/admin/messages) and serves them per language.
 */
export const i18n = createInstance({
  fallbackLng: "en",
  // The server sends flat keys; ours have dots in them ("patientAccess.patients").
  keySeparator: false,
  interpolation: { escapeValue: false },
  backend: {
    loadPath: `${environment.serverBaseUrl}/resources/${environment.realm}/admin/{{lng}}`,
    parse: (data: string) =>
      Object.fromEntries(
        (JSON.parse(data) as Message[]).map(({ key, value }) => [key, value]),
      ),
  },
});

i18n.use(FetchBackend);
i18n.use(initReactI18next);
