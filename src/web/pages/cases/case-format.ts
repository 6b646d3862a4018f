import { isLocale, type Locale } from "../../../core/index.js";

/** The locale of the interface language, Swedish when it is neither (the analyser and dates need one). */
export function localeOf(language: string): Locale {
  return isLocale(language) ? language : "sv";
}

function intlLocale(language: string): string {
  return localeOf(language) === "en" ? "en-GB" : "sv-SE";
}

function parsed(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "2026-03-14 14:32" (sv) / "14/03/2026, 14:32" (en); the text itself when it is no date. */
export function formatDateTime(iso: string, language: string): string {
  const date = parsed(iso);
  if (!date) return iso;
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: "short", timeStyle: "short" }).format(date);
}

/** The time of day, "14:32". */
export function formatTime(date: Date, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { hour: "2-digit", minute: "2-digit" }).format(date);
}

/** A calendar date given as YYYY-MM-DD, in words ("14 mars 2026"); read as a date, not a moment, so no time zone shifts it. */
export function formatDate(isoDate: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: "long", timeZone: "UTC" }).format(date);
}
