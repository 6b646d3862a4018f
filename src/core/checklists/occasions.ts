/**
 * Occasions (tillfällen) on which an organisation scores itself: at start-up and at each
 * benchmarking meeting. Any other name may be used too, with a date.
 */
export const TYPICAL_OCCASIONS = ["Uppstart", "BM1", "BM2", "BM3", "BM4", "BM5", "Resultatkonferens"] as const;

/** The form of an occasion's name that must be unique within an organisation: "  bm1 " and "BM1" clash. */
export function occasionKey(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("sv-SE");
}

export type OccasionDateCheck =
  | { readonly kind: "ok" }
  | { readonly kind: "invalid" }
  | { readonly kind: "too_far_ahead"; readonly latest: string };

/**
 * A date (YYYY-MM-DD) that exists and lies at most a year after `today` (also YYYY-MM-DD):
 * planning a year ahead is normal, more is a typing error. "A year" is the same date next
 * year (29 February gives 28 February).
 */
export function checkOccasionDate(date: string, today: string): OccasionDateCheck {
  const day = parseDay(date);
  if (day === undefined || parseDay(today) === undefined) return { kind: "invalid" };
  const latest = sameDateNextYear(today);
  return date > latest ? { kind: "too_far_ahead", latest } : { kind: "ok" };
}

function sameDateNextYear(today: string): string {
  const [year, month, dayOfMonth] = today.split("-").map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year + 1, month - 1, dayOfMonth));
  // 29 February has no twin next year: Date rolls over to 1 March, so step back to the 28th.
  if (next.getUTCMonth() !== month - 1) next.setUTCDate(0);
  return next.toISOString().slice(0, 10);
}

/** Milliseconds since 1970 of a real calendar date, or undefined for "2026-02-30" and other non-dates. */
export function parseDay(date: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const time = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== date ? undefined : time;
}

/** Orders occasions by date, then in the typical order (Uppstart before BM1 on the same day), then by name. */
export function compareOccasions(
  a: { readonly occasion: string; readonly date: string },
  b: { readonly occasion: string; readonly date: string },
): number {
  return (
    a.date.localeCompare(b.date) ||
    typicalRank(a.occasion) - typicalRank(b.occasion) ||
    a.occasion.localeCompare(b.occasion, "sv")
  );
}

function typicalRank(occasion: string): number {
  const index = TYPICAL_OCCASIONS.findIndex((typical) => occasionKey(typical) === occasionKey(occasion));
  return index === -1 ? TYPICAL_OCCASIONS.length : index;
}
