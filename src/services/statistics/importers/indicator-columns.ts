import { type ImportMessage, importMessage } from "../../../core/statistics/observation.js";
import { foldText } from "./sex-codes.js";

/**
 * Which column of an indicator file holds which field. Columns are named by their header, as
 * the import dialog shows them and CLI flags give them; the guesses read Swedish and English
 * headers ("Indikator", "År", "Kommun", "Kön", "Ålder", "Värde", "Antal").
 */

/** The fields an aggregated indicator file can have, in the order the dialog lists them. */
export const INDICATOR_FIELDS = [
  "indicator",
  "indicatorName",
  "period",
  "area",
  "areaName",
  "sex",
  "ageBand",
  "value",
  "count",
  "unit",
] as const;
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];

/** Fields every file must map; without sex a file is taken as not divided by sex. */
export const REQUIRED_FIELDS = ["indicator", "period", "area", "value"] as const;
export type RequiredField = (typeof REQUIRED_FIELDS)[number];

/** The header of the column for each field, or null for none; the remaining columns kept as dimensions. */
export type ColumnMapping = { readonly [F in IndicatorField]: string | null } & {
  /** Headers of further breakdowns (diagnosis group, marital status), kept as the observation's dimensions. */
  readonly dimensions: readonly string[];
};

/** Headers each field is guessed from, folded (lower case, no å/ä/ö), the most telling first. */
const GUESSES: Readonly<Record<IndicatorField, readonly string[]>> = {
  indicator: [
    "indikatorid",
    "indikatorkod",
    "indicatorid",
    "indicatorcode",
    "kpiid",
    "kpi",
    "indikator",
    "indicator",
    "nyckeltal",
  ],
  indicatorName: [
    "indikatornamn",
    "indicatorname",
    "nyckeltalsnamn",
    "kpinamn",
    "kpiname",
    "beskrivning",
    "description",
  ],
  period: ["period", "ar", "year", "tid", "time", "manad", "month", "kvartal", "quarter"],
  area: [
    "kommunkod",
    "omradeskod",
    "regionkod",
    "lanskod",
    "areacode",
    "municipalitycode",
    "regioncode",
    "kommun",
    "omrade",
    "region",
    "lan",
    "area",
    "municipality",
    "geografi",
  ],
  // A plain "Kommun" beside "Kommunkod" holds the names.
  areaName: [
    "kommunnamn",
    "omradesnamn",
    "regionnamn",
    "lansnamn",
    "areaname",
    "municipalityname",
    "regionname",
    "kommun",
    "omrade",
    "region",
    "lan",
    "area",
    "municipality",
  ],
  sex: ["kon", "sex", "gender"],
  ageBand: ["alder", "aldersgrupp", "aldersklass", "aldersintervall", "age", "agegroup", "ageband"],
  value: ["varde", "value", "utfall", "andel", "share", "rate"],
  count: ["antal", "count", "n", "number"],
  unit: ["enhet", "unit", "matenhet"],
};

/** A header folded for guessing: "Kön" → "kon", "Område-kod" → "omradekod". */
function guessKey(header: string): string {
  return foldText(header).replace(/[^a-z0-9]/g, "");
}

/**
 * The mapping guessed from the headers: for each field in turn, the first of its guesses that a
 * header not yet taken matches; every other named column becomes a dimension.
 */
export function guessColumnMapping(headers: readonly string[]): ColumnMapping {
  const keys = headers.map(guessKey);
  const taken = new Set<number>();
  const pick = (field: IndicatorField): string | null => {
    for (const guess of GUESSES[field]) {
      const index = keys.findIndex((key, at) => key === guess && !taken.has(at));
      if (index >= 0) {
        taken.add(index);
        return headers[index] ?? null;
      }
    }
    return null;
  };
  const fields = Object.fromEntries(INDICATOR_FIELDS.map((field) => [field, pick(field)])) as Record<
    IndicatorField,
    string | null
  >;
  const dimensions = [...new Set(headers.filter((header, index) => header !== "" && !taken.has(index)))];
  return { ...fields, dimensions };
}

/** The guessed mapping with the fields the user chose laid over it (null: "no such column"). */
export function mergeMapping(guessed: ColumnMapping, chosen: Partial<ColumnMapping> | undefined): ColumnMapping {
  if (chosen === undefined) return guessed;
  const merged = { ...guessed, ...chosen };
  if (chosen.dimensions !== undefined) return merged;
  // Columns the user mapped to a field are no longer guessed dimensions.
  // Matched as `findHeader` matches them, ignoring case and accents ("resultat" is "Resultat").
  const mapped = new Set(
    INDICATOR_FIELDS.map((field) => merged[field]).flatMap((header) => (header === null ? [] : [foldText(header)])),
  );
  return { ...merged, dimensions: guessed.dimensions.filter((header) => !mapped.has(foldText(header))) };
}

/** The required fields that have no column. */
export function missingFields(mapping: ColumnMapping): RequiredField[] {
  return REQUIRED_FIELDS.filter((field) => mapping[field] === null);
}

/** Column positions (0-based) for each mapped field. */
export type ResolvedColumns = { readonly [F in IndicatorField]: number | null } & {
  readonly dimensions: readonly { readonly name: string; readonly index: number }[];
};

/** The position of a header: exactly as written, else ignoring case and accents; the first if it repeats. */
export function findHeader(headers: readonly string[], name: string): number {
  const exact = headers.indexOf(name.trim());
  if (exact >= 0) return exact;
  const folded = foldText(name);
  return headers.findIndex((header) => header !== "" && foldText(header) === folded);
}

/**
 * The mapping checked against the headers: each named column exists, no column serves two
 * fields, every required field has one. Each problem is a message.
 */
export function resolveColumns(
  headers: readonly string[],
  mapping: ColumnMapping,
): { kind: "resolved"; columns: ResolvedColumns } | { kind: "failed"; reasons: ImportMessage[] } {
  const reasons: ImportMessage[] = [];
  const used = new Map<number, string>();
  const locate = (name: string): number | null => {
    const index = findHeader(headers, name);
    if (index < 0) {
      reasons.push(importMessage("statistics.import.failed.unknownColumn", { column: name }));
      return null;
    }
    if (used.has(index)) reasons.push(importMessage("statistics.import.failed.columnMappedTwice", { column: name }));
    used.set(index, name);
    return index;
  };
  const fields = Object.fromEntries(
    INDICATOR_FIELDS.map((field) => {
      const name = mapping[field];
      return [field, name === null ? null : locate(name)];
    }),
  ) as Record<IndicatorField, number | null>;
  const dimensions = mapping.dimensions.flatMap((name) => {
    const index = locate(name);
    return index === null ? [] : [{ name: headers[index] ?? name, index }];
  });
  for (const field of missingFields(mapping))
    reasons.push(importMessage(`statistics.import.failed.missingColumn.${field}`));
  return reasons.length > 0 ? { kind: "failed", reasons } : { kind: "resolved", columns: { ...fields, dimensions } };
}

/** A warning for each header that appears more than once (the first is the one used). */
export function duplicateHeaderWarnings(headers: readonly string[]): ImportMessage[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const header of headers) {
    if (header === "") continue;
    if (seen.has(header)) repeated.add(header);
    seen.add(header);
  }
  return [...repeated].map((column) => importMessage("statistics.import.warnings.duplicateHeader", { column }));
}
