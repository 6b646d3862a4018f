import { useMemo } from "react";
import { useTranslation } from "react-i18next";

/** How the decision pages write dates, numbers and shares, in the interface's language. */
export interface Formats {
  /** "12 maj 2026" for "2026-05-12"; the text as given when it is no date. */
  readonly longDate: (isoDate: string) => string;
  /** "2026-05-12" in Swedish, "12/05/2026" in English. */
  readonly shortDate: (isoDate: string) => string;
  /** "33,3 %" for 1/3 in Swedish; one decimal at most. */
  readonly percent: (share: number) => string;
  readonly integer: (value: number) => string;
}

/** The formats for the current language; dates are calendar dates, read and written in UTC so they never shift. */
export function useFormats(): Formats {
  const { i18n } = useTranslation();
  const locale = i18n.language === "en" ? "en-GB" : "sv-SE";
  return useMemo(() => formatsFor(locale), [locale]);
}

export function formatsFor(locale: string): Formats {
  const long = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  const short = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeZone: "UTC" });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const date = (format: Intl.DateTimeFormat) => (isoDate: string) => {
    const parsed = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
    return Number.isNaN(parsed.getTime()) ? isoDate : format.format(parsed);
  };
  return {
    longDate: date(long),
    shortDate: date(short),
    percent: (share) => percent.format(share),
    integer: (value) => integer.format(value),
  };
}

/** Today's date in the browser's time zone, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, "0");
  const day = String(now.getDate()).padStart(2, "0");
  return `${now.getFullYear()}-${month}-${day}`;
}
