import type {
  AgeBand,
  BreakdownRow,
  GroupKey,
  ImportFailure,
  MethodsNote,
  StandardPopulation,
} from "../../../core/statistics/index.js";

/** Where the personal identity numbers are and the date ages are computed at (YYYY-MM-DD). */
export interface IdentitySpec {
  readonly column: string;
  readonly referenceDate: string;
}

/** Called now and then while DuckDB reads: rows (or DuckDB's units of work) done, and the total when known. */
export type ProgressListener = (done: number, total: number | null) => void;

/** Rows whose identity number was invalid: how many, and the first 1,000 row numbers (never the number). */
export interface InvalidIdentity {
  readonly count: number;
  /** As the user sees them: the line of a CSV file (header = line 1), the row of a Parquet file (first = 1). */
  readonly rows: readonly number[];
}

/** Where sex and age come from when there is no identity number: columns of the file. */
export interface SexAgeColumns {
  readonly identity?: IdentitySpec | undefined;
  /** A column of sex: K/M, kvinna/man, female/male, 2/1 (SCB's codes). Default: a column named kon, kön or sex. */
  readonly sexColumn?: string | undefined;
  /** A column of age in years. Default: a column named alder, ålder or age. */
  readonly ageColumn?: string | undefined;
}

export interface ConvertOptions extends SexAgeColumns {
  readonly onProgress?: ProgressListener | undefined;
}

/** An individual-level file converted to Parquet with `kon` and `alder`, without the identity column. */
export interface DatasetConversion {
  readonly kind: "converted";
  /** Rows written (rows with an invalid identity number or no sex are left out). */
  readonly rowCount: number;
  readonly columns: readonly { readonly name: string; readonly type: string }[];
  readonly invalidIdentity: InvalidIdentity;
  /** Rows left out because sex could not be read from the sex column (no identity column used). */
  readonly excludedRows: number;
  readonly referenceDate: string | null;
}

/** A population by sex (and where given age band) for rates per 1,000: SCB's figures for the same groups. */
export interface PopulationRow {
  /** The grouping columns this population is for; a column the row does not name matches every value. */
  readonly group: readonly GroupKey[];
  /** The age band's label (as in `AgeBand.label`), or null for all ages. */
  readonly ageBand: string | null;
  readonly sex: "K" | "M";
  readonly population: number;
}

/** Populations for rates, and optionally a standard population for age-standardised rates. */
export interface PopulationRows {
  /** Give them at one level: rows that match a group are added up. */
  readonly rows: readonly PopulationRow[];
  /** With age bands: the breakdown is by the `by` columns alone, with rates standardised over the bands. */
  readonly standard?: StandardPopulation | undefined;
}

export interface BreakdownSpec extends SexAgeColumns {
  /** Grouping columns, in this order; the age band comes after them. */
  readonly by: readonly string[];
  /** null: no age bands. */
  readonly ageBands: readonly AgeBand[] | null;
  /** A numeric column to take the mean and median of (cost, days …). */
  readonly mean?: string | undefined;
  /** The disclosure threshold N: counts of 1 … N−1 are withheld. */
  readonly minCell: number;
  readonly populations?: PopulationRows | undefined;
  readonly onProgress?: ProgressListener | undefined;
  /** Named in the methods note; the file's name when not given. */
  readonly sources?: readonly string[] | undefined;
}

export interface Breakdown {
  readonly kind: "breakdown";
  readonly rows: readonly BreakdownRow[];
  /** Rows that went into the breakdown. */
  readonly analysedRows: number;
  readonly invalidIdentity: InvalidIdentity;
  /** Rows left out for lack of sex or (with age bands) age, other than invalid identity numbers. */
  readonly excludedRows: number;
  readonly methods: MethodsNote;
}

export type BreakdownOutcome = Breakdown | ImportFailure;
export type ConversionOutcome = DatasetConversion | ImportFailure;
