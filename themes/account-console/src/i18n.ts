import { createInstance, type LanguageDetectorModule } from "i18next";
import FetchBackend from "i18next-fetch-backend";
import { initReactI18next } from "react-i18next";
import { environment } from "./environment";

type Message = { key: string; value: string };

/** The language Keycloak chose for the page (the account's, the browser's or the realm's default). */
const keycloakLocale: LanguageDetectorModule = {
  type: "languageDetector",
  detect: () => environment.locale,
};

/**
 * One translation instance for Keycloak's account pages and ours, loaded as the stock console
 * loads it: the server merges the stock account messages with our theme's
 * (theme/clinic/account/messages) and serves them per language.
 */
export const i18n = createInstance({
  fallbackLng: "en",
  // The server sends flat keys; ours have dots in them ("familyAccess.leave").
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  backend: {
    loadPath: `${environment.serverBaseUrl}/resources/${environment.realm}/account/{{lng}}`,
    parse: (data: string) =>
      Object.fromEntries(
        (JSON.parse(data) as Message[]).map(({ key, value }) => [key, value]),
      ),
  },
});

i18n.use(FetchBackend);
i18n.use(keycloakLocale);
i18n.use(initReactI18next);
