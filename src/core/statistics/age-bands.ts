/**
 * Age bands, written as analysts write them: "0-19,20-39,40-64,65-79,80+". Every age from 0
 * up falls in exactly one band, so a breakdown by age band never loses anyone: the bands
 * must start at 0, follow each other without gap or overlap, and end with an open band
 * ("80+"). Ages are completed years at the reference date.
 */

/** One band: `upper` is inclusive and null for the open last band. */
export interface AgeBand {
  readonly label: string;
  readonly lower: number;
  readonly upper: number | null;
}

/** What is wrong with a written specification, for a message that says exactly where. */
export type AgeBandProblem =
  | { readonly kind: "empty" }
  | { readonly kind: "garbled"; readonly part: string; readonly position: number }
  | { readonly kind: "reversed"; readonly part: string }
  | { readonly kind: "not_from_zero"; readonly first: string }
  | { readonly kind: "gap"; readonly after: string; readonly before: string }
  | { readonly kind: "overlap"; readonly after: string; readonly before: string }
  | { readonly kind: "open_band_not_last"; readonly part: string }
  | { readonly kind: "no_open_end"; readonly last: string };

/** The bands, or the first problem found in the specification. */
export type AgeBandsParse =
  | { readonly kind: "ok"; readonly bands: readonly AgeBand[] }
  | { readonly kind: "invalid"; readonly problem: AgeBandProblem };

/** The oldest age a band may name; larger numbers are typing errors. */
export const MAX_AGE = 130;

const CLOSED = /^(\d{1,3})\s*[-–]\s*(\d{1,3})$/;
const OPEN = /^(\d{1,3})\s*\+$/;
const SINGLE = /^(\d{1,3})$/;

function parsePart(part: string, position: number): AgeBand | AgeBandProblem {
  const closed = CLOSED.exec(part);
  const open = OPEN.exec(part);
  const single = SINGLE.exec(part);
  if (closed) {
    const lower = Number(closed[1]);
    const upper = Number(closed[2]);
    if (upper > MAX_AGE) return { kind: "garbled", part, position };
    if (lower > upper) return { kind: "reversed", part };
    return { label: `${lower}-${upper}`, lower, upper };
  }
  if (open && Number(open[1]) <= MAX_AGE) return { label: `${Number(open[1])}+`, lower: Number(open[1]), upper: null };
  if (single && Number(single[1]) <= MAX_AGE) {
    const age = Number(single[1]);
    return { label: `${age}`, lower: age, upper: age };
  }
  return { kind: "garbled", part, position };
}

/**
 * Parses "0-19,20-39,40-64,65-79,80+" (spaces and an en dash allowed; a single age such as
 * "0" is a band of one year). `position` in a problem counts the parts from 1.
 */
export function parseAgeBands(spec: string): AgeBandsParse {
  const parts = spec.split(",").map((part) => part.trim());
  if (parts.length === 1 && parts[0] === "") return invalid({ kind: "empty" });
  const bands: AgeBand[] = [];
  for (const [index, part] of parts.entries()) {
    const parsed = parsePart(part, index + 1);
    if ("kind" in parsed) return invalid(parsed);
    const previous = bands.at(-1);
    if (previous === undefined) {
      if (parsed.lower !== 0) return invalid({ kind: "not_from_zero", first: parsed.label });
    } else {
      if (previous.upper === null) return invalid({ kind: "open_band_not_last", part: previous.label });
      if (parsed.lower > previous.upper + 1)
        return invalid({ kind: "gap", after: previous.label, before: parsed.label });
      if (parsed.lower <= previous.upper)
        return invalid({ kind: "overlap", after: previous.label, before: parsed.label });
    }
    bands.push(parsed);
  }
  const last = bands.at(-1) as AgeBand;
  if (last.upper !== null) return invalid({ kind: "no_open_end", last: last.label });
  return { kind: "ok", bands };
}

function invalid(problem: AgeBandProblem): AgeBandsParse {
  return { kind: "invalid", problem };
}

/** Writes bands back in the form `parseAgeBands` reads: the inverse of parsing. */
export function formatAgeBands(bands: readonly AgeBand[]): string {
  return bands.map((band) => band.label).join(",");
}

/** Ten-year bands 0-9, 10-19, …, 80-89 and 90+: the default breakdown. */
export const DEFAULT_AGE_BANDS: readonly AgeBand[] = [
  ...Array.from({ length: 9 }, (_, i) => ({ label: `${i * 10}-${i * 10 + 9}`, lower: i * 10, upper: i * 10 + 9 })),
  { label: "90+", lower: 90, upper: null },
];

/**
 * The band an age falls in. A fractional age counts by its completed years (19.9 is 19).
 * null for a negative or non-finite age, or one below the first band (never for bands
 * from `parseAgeBands`, which start at 0).
 */
export function ageBandOf(bands: readonly AgeBand[], age: number): AgeBand | null {
  if (!Number.isFinite(age) || age < 0) return null;
  const years = Math.floor(age);
  let low = 0;
  let high = bands.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const band = bands[middle] as AgeBand;
    if (years < band.lower) high = middle - 1;
    else if (band.upper !== null && years > band.upper) low = middle + 1;
    else return band;
  }
  return null;
}
