/**
 * The analysis engine for individual-level files (one row per person or event, CSV or
 * Parquet): DuckDB reads them where they lie, derives legal sex and age from personal
 * identity numbers with a vectorised SQL rule, and groups them in one scan; the core turns
 * the sums into estimates, gaps and disclosure-controlled rows. Nothing is loaded into the
 * application database, and no identity number leaves the engine.
 */
export { AGE_BAND_COLUMN, analyseIndividualFile } from "./analyse-file.js";
export { breakdownSql } from "./breakdown-query.js";
export { convertIndividualFile, DERIVED_COLUMNS } from "./convert-file.js";
export { IDENTITY_COLUMNS, withIdentityColumns } from "./identity-sql.js";
export { MAX_REPORTED_ROWS } from "./invalid-rows.js";
export { readReferenceDate, today } from "./reference-date.js";
export type {
  Breakdown,
  BreakdownOutcome,
  BreakdownSpec,
  ConversionOutcome,
  ConvertOptions,
  DatasetConversion,
  IdentitySpec,
  InvalidIdentity,
  PopulationRow,
  PopulationRows,
  ProgressListener,
} from "./types.js";
