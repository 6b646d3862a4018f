import type { MessageKey } from "../i18n/index.js";

/**
 * One aggregated figure as every importer delivers it (Kolada, SCB, an analyst's CSV or XLSX),
 * so that what comes after (storage, charts, the follow-up of differences) reads one shape.
 */

/** Sex as Kolada writes it: "K" kvinnor (women), "M" män (men), "T" totalt (both together). */
export type SexCode = "K" | "M" | "T";
export const SEX_CODES: readonly SexCode[] = ["K", "M", "T"];

/** A category of a dimension: its code (kept as text, leading zeros and all) and what people read. */
export interface Coded {
  readonly code: string;
  /** The source's label; the code again where the source gives none. */
  readonly label: string;
}

/** Where an observation came from. */
export type ObservationSource =
  | {
      readonly kind: "scb";
      /** SCB's table id ("TAB6471"), or null where the response does not say. */
      readonly table: string | null;
      /** The table's title as SCB gives it. */
      readonly label: string | null;
      /** When SCB last updated the table (ISO 8601), or null where the response has no readable time. */
      readonly updated: string | null;
    }
  | { readonly kind: "kolada" }
  | {
      readonly kind: "file";
      /** The file's name as uploaded or given on the command line. */
      readonly name: string;
    };

export interface Observation {
  /** The indicator's id in its source: a Kolada KPI ("N15428"), an SCB content code ("BE0101N1"), a file's text. */
  readonly indicatorId: string;
  readonly indicatorName: string | null;
  /** The period as the source writes it: "2023", "2026M01", "2023-2024". Never a date object. */
  readonly period: string;
  /** The area's code as text, leading zeros kept: "0180", "0025", "01". */
  readonly areaCode: string;
  readonly areaName: string | null;
  /** Null when the figure is not divided by sex (the source has no sex dimension or column). */
  readonly sex: SexCode | null;
  readonly ageBand: Coded | null;
  /** Any further breakdown (marital status, diagnosis group), keyed by the source's dimension id or column name. */
  readonly dimensions: Readonly<Record<string, Coded>>;
  /** Null when the source has no figure (null, "..", an empty cell): missing, never 0. */
  readonly value: number | null;
  /**
   * The number of individuals or events behind the value, where the source gives it, else null.
   * WARNING: not Kolada's `count`, which counts the members of a group behind an average.
   */
  readonly count: number | null;
  /** The unit where the source names it ("antal", "tkr", "procent"), else null. */
  readonly unit: string | null;
  /** The source's mark on the value ("..", Kolada's `status`), else null. */
  readonly status: string | null;
  readonly source: ObservationSource;
}

/** A text from the catalogues with its parameters, to be said in the user's language later. */
export interface ImportMessage {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
}

/** A row that was not imported, and why. */
export interface RejectedRow {
  /** 1-based, as the user sees it: the line of a CSV file, the row of a worksheet, the position of a JSON entry. */
  readonly row: number;
  readonly reason: ImportMessage;
}

/** What a file or response gave: every row is an observation or a rejected row. */
export interface ImportResult {
  readonly kind: "imported";
  readonly observations: readonly Observation[];
  readonly rejected: readonly RejectedRow[];
  /** Things the user should know that did not stop any row (a repaired timestamp, an assumed area). */
  readonly warnings: readonly ImportMessage[];
}

/** The file or response as a whole could not be read (not JSON, no header, a required column unmapped). */
export interface ImportFailure {
  readonly kind: "failed";
  /** At least one. */
  readonly reasons: readonly ImportMessage[];
}

export type ImportOutcome = ImportResult | ImportFailure;

/** A catalogue text with its parameters. */
export function importMessage(key: MessageKey, params: Readonly<Record<string, string | number>> = {}): ImportMessage {
  return { key, params };
}

/** A failure with one or more reasons. */
export function importFailure(first: ImportMessage, ...more: ImportMessage[]): ImportFailure {
  return { kind: "failed", reasons: [first, ...more] };
}
