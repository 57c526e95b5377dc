import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

/**
 * How the account console writes dates and phone numbers, one way on every page: dates with the
 * month's name (never 12/01/1978, which a Canadian and an American read differently), in the
 * person's language as spoken in the clinic's region; phones of the clinic's region in national
 * format, others in international format. The staff console has the same helper.
 */
export type Formats = {
  /** A calendar day (YYYY-MM-DD) or an instant, as a day. */
  date: (value: string | undefined) => string;
  /** An instant, as a day and a time in the person's time zone. */
  dateTime: (instant: string | undefined) => string;
  /** A phone number as the API stores it (E.164); what cannot be read is shown as it is. */
  phone: (value: string | undefined) => string;
};

/** The locale of a language in a region (fr + CA: fr-CA), or the language alone where they do not combine. */
export function localeOf(language: string, region: string | undefined) {
  if (!region) return language;
  try {
    return Intl.getCanonicalLocales(`${language.split("-")[0]}-${region}`)[0];
  } catch {
    return language;
  }
}

export function formats(language: string, region: string | undefined): Formats {
  const locale = localeOf(language, region);
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "long" });
  // A bare date is a calendar day: read in UTC, so that no time zone moves it to the day before.
  const calendarDay = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  const dayAndTime = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" });
  return {
    date: (value) => {
      if (!value) return "";
      return /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? calendarDay.format(new Date(`${value}T00:00:00Z`))
        : day.format(new Date(value));
    },
    dateTime: (instant) => (instant ? dayAndTime.format(new Date(instant)) : ""),
    phone: (value) => {
      if (!value) return "";
      const number = parsePhoneNumberFromString(value, region as CountryCode | undefined);
      if (!number) return value;
      return region && number.country === region ? number.formatNational() : number.formatInternational();
    },
  };
}

const RegionContext = createContext<string | undefined>(undefined);

/** The clinic's region for the pages inside; until it is read, phones are international. */
export const FormatsProvider = ({ region, children }: { region: string | undefined; children: ReactNode }) => (
  <RegionContext.Provider value={region}>{children}</RegionContext.Provider>
);

/** The console's formats in the person's language and the clinic's region. */
export function useFormats(): Formats {
  const region = useContext(RegionContext);
  const { i18n } = useTranslation();
  return useMemo(() => formats(i18n.language, region), [i18n.language, region]);
}
