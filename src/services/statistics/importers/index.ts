/**
 * Importers of aggregated statistics, each into `Observation`s (core/statistics/observation):
 * SCB's PxWebApi responses, Kolada's API v3 (saved pages and the live client), and analysts'
 * CSV and XLSX files. Pure reading: nothing is stored here.
 */
export {
  type ColumnMapping,
  guessColumnMapping,
  INDICATOR_FIELDS,
  type IndicatorField,
  REQUIRED_FIELDS,
  type RequiredField,
} from "./indicator-columns.js";
export {
  formatOfFileName,
  type IndicatorFile,
  type IndicatorFileOptions,
  type IndicatorPreview,
  MAX_INDICATOR_FILE_BYTES,
  type PreviewRow,
  parseIndicatorFile,
  previewIndicatorFile,
} from "./indicator-file.js";
export type { RowOutcome } from "./indicator-row.js";
export type { Cell, CsvDelimiter, TableFormat } from "./indicator-table.js";
export {
  fetchKoladaData,
  KOLADA_BASE_URL,
  KOLADA_MAX_IDS,
  type KoladaClientOptions,
  type KoladaFetch,
  type KoladaFetchResult,
  type KoladaQuery,
  type KoladaRequest,
  koladaRequests,
} from "./kolada-client.js";
export { type KoladaPage, type KoladaPageOutcome, parseKoladaResponse, parseKoladaText } from "./kolada-response.js";
export { type NumberText, readNumberText } from "./number-text.js";
export { parseScbResponse } from "./scb-response.js";
export { sexOfText } from "./sex-codes.js";
