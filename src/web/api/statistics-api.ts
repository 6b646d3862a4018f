import type { IndicatorMeasureKind, Published, PublishedBreakdownRow, SexCode } from "../../core/index.js";
import { currentLanguage, translate } from "../i18n.js";
import { ApiError, apiRequest, type FieldProblem, renewCsrfToken } from "./client.js";

/**
 * The statistics API: the organisation's settings for disclosure control and flagging, goals
 * of its strategic plan, aggregated indicators (import with preview, one indicator with its
 * values, changes, exports) and individual-level datasets (upload, breakdown, saving a
 * breakdown as an indicator, exports). Each function resolves to the answer or rejects with
 * ApiError; uploads send the file itself as the body.
 */

export type MeasureKind = IndicatorMeasureKind;
export const MEASURE_KINDS: readonly MeasureKind[] = ["share", "rate", "mean", "count", "value"];
export type IndicatorRole = "indicator" | "population";
export type SourceKind = "file" | "scb" | "kolada" | "dataset";

/** A figure as published: shown, or withheld by disclosure control (never its value). */
export type { Published };

export interface StatisticsSettings {
  /** Counts of 1 … minCell − 1 individuals are withheld. */
  readonly minCell: number;
  /** Differences in shares are flagged from this many percentage points. */
  readonly shareGapPoints: number;
  /** Other differences are flagged from this many per cent of the larger figure. */
  readonly relativeGapPercent: number;
  readonly version: number;
}

export interface PlanGoal {
  readonly id: string;
  readonly title: string;
}

export interface IndicatorSummary {
  readonly id: string;
  readonly name: string;
  readonly unit: string | null;
  readonly measureKind: MeasureKind;
  readonly sourceKind: SourceKind;
  readonly sourceLabel: string;
  readonly role: IndicatorRole;
  readonly departmentId: string | null;
  readonly planGoalId: string | null;
  readonly nationalSubgoals: readonly number[];
  readonly periods: readonly string[];
  readonly latestPeriod: string | null;
  readonly openDifferences: number;
  readonly version: number;
}

export interface IndicatorValueView {
  readonly period: string;
  readonly areaCode: string;
  readonly areaName: string | null;
  readonly sex: SexCode | null;
  readonly ageBand: string | null;
  readonly dimensions: Readonly<Record<string, { readonly code: string; readonly label: string }>>;
  readonly value: Published<number | null>;
  readonly count: Published<number> | null;
}

/** What the methods note says: legal sex, the reference date of ages, the threshold, the sources. */
export interface MethodsNote {
  readonly legalSex: true;
  readonly referenceDate: string | null;
  readonly minCell: number;
  readonly suppressionMark: string;
  readonly sources: readonly string[];
  readonly generatedAt: string;
}

export interface IndicatorView {
  readonly indicator: IndicatorSummary & { readonly description: string };
  readonly values: readonly IndicatorValueView[];
  readonly minCell: number;
  readonly methods: MethodsNote;
}

export interface IndicatorChange {
  readonly version: number;
  readonly name?: string;
  readonly description?: string;
  readonly unit?: string | null;
  readonly measureKind?: MeasureKind;
  readonly departmentId?: string | null;
  readonly planGoalId?: string | null;
  readonly nationalSubgoals?: readonly number[];
}

/** The fields of an indicator file, in the order the import dialog lists them. */
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
export const REQUIRED_FIELDS: readonly IndicatorField[] = ["indicator", "period", "area", "value"];

/** The header of the column of each field (null: none), and the further columns kept as dimensions. */
export type ColumnMapping = { readonly [F in IndicatorField]: string | null } & {
  readonly dimensions: readonly string[];
};

/** A catalogue text with its parameters, as the importers report reasons and warnings. */
export interface Message {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** A reason as the API gives it: a text in the request's language, or a catalogue text to translate. */
export type Reason = string | Message;

export interface RejectedRow {
  /** 1-based, as the user sees it (the line of the file). */
  readonly row: number;
  readonly reason: Reason;
}

export type Cell = string | number | null;

/** One aggregated figure read from a file or an answer from SCB or Kolada. */
export interface Observation {
  readonly indicatorId: string;
  readonly indicatorName: string | null;
  readonly period: string;
  readonly areaCode: string;
  readonly areaName: string | null;
  readonly sex: SexCode | null;
  readonly ageBand: { readonly code: string; readonly label: string } | null;
  readonly value: number | null;
  readonly count: number | null;
  readonly unit: string | null;
}

/** A row of a file in the preview: its cells, and the figure it becomes or why it is rejected (both null while the mapping has problems). */
export interface PreviewRow {
  readonly row: number;
  readonly cells: readonly Cell[];
  readonly observation: Observation | null;
  readonly reason: Reason | null;
}

export type ImportPreview =
  | {
      readonly format: "csv" | "xlsx";
      readonly headers: readonly string[];
      readonly mapping: ColumnMapping;
      readonly problems?: readonly Reason[];
      readonly rows: readonly PreviewRow[];
      readonly rejected: readonly RejectedRow[];
      readonly total: number;
      readonly warnings?: readonly Reason[];
    }
  | {
      readonly format: "scb" | "kolada";
      readonly observations: readonly Observation[];
      readonly rejected: readonly RejectedRow[];
      readonly total: number;
      readonly warnings?: readonly Reason[];
    };

export interface ImportChoices {
  readonly role: IndicatorRole;
  readonly measureKind?: MeasureKind | undefined;
  readonly unit?: string | undefined;
  readonly mapping?: ColumnMapping | undefined;
  readonly acceptRejected: boolean;
}

/** What an import did: stored everything (less the accepted rejects), or nothing because rows were rejected. */
export type ImportOutcome =
  | {
      readonly kind: "imported";
      readonly indicators: readonly IndicatorSummary[];
      readonly imported: number;
      readonly rejected: readonly RejectedRow[];
    }
  | { readonly kind: "rejected"; readonly message: string; readonly rejected: readonly RejectedRow[] };

export interface DatasetColumn {
  readonly name: string;
  readonly type: string;
}

export interface DatasetView {
  readonly id: string;
  readonly name: string;
  readonly fileName: string;
  readonly rowCount: number;
  readonly referenceDate: string | null;
  readonly columns: readonly DatasetColumn[];
  readonly invalidIdentity: { readonly count: number; readonly rows: readonly number[] };
  readonly createdAt: string;
}

export interface DatasetUpload {
  readonly name: string;
  /** The column of personal identity numbers, from which sex and age are derived (then dropped). */
  readonly pnrColumn?: string | undefined;
  readonly referenceDate?: string | undefined;
  readonly sexColumn?: string | undefined;
  readonly ageColumn?: string | undefined;
}

export interface BreakdownRequest {
  readonly by: readonly string[];
  /** "0-19,20-39,40-64,65-79,80+", or undefined for no age bands. */
  readonly ageBands?: string | undefined;
  readonly mean?: string | undefined;
  readonly populationIndicatorId?: string | undefined;
  readonly populationPeriod?: string | undefined;
}

export interface BreakdownAnswer {
  readonly rows: readonly PublishedBreakdownRow[];
  readonly methods: MethodsNote;
  readonly minCell: number;
}

export interface SaveBreakdown {
  readonly name: string;
  readonly period: string;
  readonly by: readonly string[];
  readonly ageBands?: string | undefined;
  readonly mean?: string | undefined;
  readonly measureKind: "mean" | "count" | "share";
}

/** Largest file of aggregated indicators, as the API accepts it. */
export const MAX_INDICATOR_FILE_BYTES = 25 * 1024 * 1024;
/** Largest individual-level file. */
export const MAX_DATASET_FILE_BYTES = 200 * 1024 * 1024;

const API_BASE = "/api/v1";
const org = (orgId: string) => `/organisations/${encodeURIComponent(orgId)}`;
const part = encodeURIComponent;

function query(params: Readonly<Record<string, string | number | boolean | undefined>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== "") search.set(key, `${value}`);
  return search.size > 0 ? `?${search}` : "";
}

/** A reason in the interface's language. */
export function reasonText(reason: Reason): string {
  if (typeof reason === "string") return reason;
  return translate(reason.key as never, { ...reason.params }) as string;
}

// Settings and plan goals

export function getStatisticsSettings(orgId: string, signal?: AbortSignal): Promise<StatisticsSettings> {
  return apiRequest<StatisticsSettings>("GET", `${org(orgId)}/statistics/settings`, undefined, signal);
}

/** Saves the thresholds; 409 when somebody changed them after `version`. */
export function saveStatisticsSettings(orgId: string, settings: StatisticsSettings): Promise<StatisticsSettings> {
  return apiRequest<StatisticsSettings>("PUT", `${org(orgId)}/statistics/settings`, settings);
}

export async function listPlanGoals(orgId: string, signal?: AbortSignal): Promise<readonly PlanGoal[]> {
  const answer = await apiRequest<{ planGoals?: PlanGoal[]; goals?: PlanGoal[] } | PlanGoal[]>(
    "GET",
    `${org(orgId)}/plan-goals`,
    undefined,
    signal,
  );
  if (Array.isArray(answer)) return answer;
  return answer.planGoals ?? answer.goals ?? [];
}

export function createPlanGoal(orgId: string, title: string): Promise<PlanGoal> {
  return apiRequest<PlanGoal>("POST", `${org(orgId)}/plan-goals`, { title });
}

export function deletePlanGoal(orgId: string, goalId: string): Promise<void> {
  return apiRequest<void>("DELETE", `${org(orgId)}/plan-goals/${part(goalId)}`);
}

// Indicators

export async function listIndicators(
  orgId: string,
  role: IndicatorRole | undefined,
  signal?: AbortSignal,
): Promise<readonly IndicatorSummary[]> {
  const answer = await apiRequest<{ indicators: IndicatorSummary[] }>(
    "GET",
    `${org(orgId)}/indicators${query({ role })}`,
    undefined,
    signal,
  );
  return answer.indicators;
}

export function getIndicator(orgId: string, indicatorId: string, signal?: AbortSignal): Promise<IndicatorView> {
  return apiRequest<IndicatorView>("GET", `${org(orgId)}/indicators/${part(indicatorId)}`, undefined, signal);
}

/** Changes the indicator made on `version`; 409 when somebody changed it in between. */
export function updateIndicator(
  orgId: string,
  indicatorId: string,
  change: IndicatorChange,
): Promise<IndicatorSummary> {
  return apiRequest<IndicatorSummary>("PATCH", `${org(orgId)}/indicators/${part(indicatorId)}`, change);
}

export function deleteIndicator(orgId: string, indicatorId: string): Promise<void> {
  return apiRequest<void>("DELETE", `${org(orgId)}/indicators/${part(indicatorId)}`);
}

/** The address of the indicator's values as a file (withheld figures written ".."), in the interface's language. */
export function indicatorExportUrl(orgId: string, indicatorId: string, format: "xlsx" | "csv"): string {
  return `${API_BASE}${org(orgId)}/indicators/${part(indicatorId)}/export.${format}${query({ lang: currentLanguage() })}`;
}

/** What the file would give, with the mapping guessed (or `mapping` laid over it). Nothing is stored. */
export function previewIndicatorFile(orgId: string, file: File, mapping?: ColumnMapping): Promise<ImportPreview> {
  const mappingText = mapping ? JSON.stringify(mapping) : undefined;
  return upload<ImportPreview>(
    `${org(orgId)}/indicators/import/preview${query({ fileName: file.name, mapping: mappingText })}`,
    file,
  );
}

/**
 * Imports the whole file in one transaction. With rejected rows and `acceptRejected` false the
 * API stores nothing and answers 422 with the rejected rows: that is an outcome, not an error.
 */
export async function importIndicatorFile(orgId: string, file: File, choices: ImportChoices): Promise<ImportOutcome> {
  const path = `${org(orgId)}/indicators/import${query({
    fileName: file.name,
    mapping: choices.mapping ? JSON.stringify(choices.mapping) : undefined,
    role: choices.role,
    measureKind: choices.measureKind,
    unit: choices.unit,
    acceptRejected: choices.acceptRejected ? "true" : undefined,
  })}`;
  try {
    const answer = await upload<{
      indicators: IndicatorSummary[];
      imported: number;
      rejected?: RejectedRow[];
      kind?: string;
    }>(path, file);
    if (answer.kind === "rejected") {
      return { kind: "rejected", message: "", rejected: answer.rejected ?? [] };
    }
    return {
      kind: "imported",
      indicators: answer.indicators,
      imported: answer.imported,
      rejected: answer.rejected ?? [],
    };
  } catch (error) {
    if (error instanceof RejectedRowsError)
      return { kind: "rejected", message: error.message, rejected: error.rejected };
    throw error;
  }
}

// Datasets

export async function listDatasets(orgId: string, signal?: AbortSignal): Promise<readonly DatasetView[]> {
  const answer = await apiRequest<{ datasets: DatasetView[] }>("GET", `${org(orgId)}/datasets`, undefined, signal);
  return answer.datasets;
}

export function getDataset(orgId: string, datasetId: string, signal?: AbortSignal): Promise<DatasetView> {
  return apiRequest<DatasetView>("GET", `${org(orgId)}/datasets/${part(datasetId)}`, undefined, signal);
}

/** Uploads an individual-level file; identity numbers are read for sex and age and never stored. */
export function uploadDataset(orgId: string, file: File, options: DatasetUpload): Promise<DatasetView> {
  return upload<DatasetView>(
    `${org(orgId)}/datasets${query({
      fileName: file.name,
      name: options.name,
      pnrColumn: options.pnrColumn,
      referenceDate: options.referenceDate,
      sexColumn: options.sexColumn,
      ageColumn: options.ageColumn,
    })}`,
    file,
  );
}

export function deleteDataset(orgId: string, datasetId: string): Promise<void> {
  return apiRequest<void>("DELETE", `${org(orgId)}/datasets/${part(datasetId)}`);
}

export function breakdownDataset(
  orgId: string,
  datasetId: string,
  request: BreakdownRequest,
): Promise<BreakdownAnswer> {
  return apiRequest<BreakdownAnswer>("POST", `${org(orgId)}/datasets/${part(datasetId)}/breakdown`, {
    by: request.by,
    ...(request.ageBands ? { ageBands: request.ageBands } : {}),
    ...(request.mean ? { mean: request.mean } : {}),
    ...(request.populationIndicatorId ? { populationIndicatorId: request.populationIndicatorId } : {}),
    ...(request.populationPeriod ? { populationPeriod: request.populationPeriod } : {}),
  });
}

/** The address of a breakdown as a file, suppression applied. */
export function breakdownExportUrl(
  orgId: string,
  datasetId: string,
  request: BreakdownRequest,
  format: "xlsx" | "csv",
): string {
  return `${API_BASE}${org(orgId)}/datasets/${part(datasetId)}/breakdown.${format}${query({
    by: request.by.join(","),
    ageBands: request.ageBands,
    mean: request.mean,
    populationIndicatorId: request.populationIndicatorId,
    populationPeriod: request.populationPeriod,
    lang: currentLanguage(),
  })}`;
}

export function saveBreakdownAsIndicator(
  orgId: string,
  datasetId: string,
  save: SaveBreakdown,
): Promise<IndicatorSummary> {
  return apiRequest<IndicatorSummary>("POST", `${org(orgId)}/datasets/${part(datasetId)}/indicator`, {
    name: save.name,
    period: save.period,
    by: save.by,
    measureKind: save.measureKind,
    ...(save.ageBands ? { ageBands: save.ageBands } : {}),
    ...(save.mean ? { mean: save.mean } : {}),
  });
}

// Uploads: the file is the body; apiRequest sends JSON only.

/** The API refused an import because rows were rejected; nothing was stored. */
class RejectedRowsError extends ApiError {
  constructor(
    message: string,
    readonly rejected: readonly RejectedRow[],
  ) {
    super(422, "rows_rejected", message);
  }
}

let token: Promise<string> | null = null;

function uploadToken(): Promise<string> {
  token ??= renewCsrfToken().catch((error: unknown) => {
    token = null;
    throw error;
  });
  return token;
}

async function upload<T>(path: string, file: File): Promise<T> {
  try {
    return await send<T>(path, file, await uploadToken());
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 403 && error.code === "csrf")) throw error;
    token = null;
    return await send<T>(path, file, await uploadToken());
  }
}

async function send<T>(path: string, file: File, csrfToken: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method: "POST",
      headers: {
        Accept: "application/json",
        "Accept-Language": currentLanguage(),
        "Content-Type": "application/octet-stream",
        "x-csrf-token": csrfToken,
      },
      credentials: "same-origin",
      body: file,
    });
  } catch {
    throw new ApiError(0, "network", translate("ui.errors.network"));
  }
  const payload = await readJson(response);
  if (response.ok) return payload as T;
  const rejected = rejectedRowsOf(payload);
  const error = errorOf(response.status, payload);
  if (response.status === 422 && rejected) throw new RejectedRowsError(error.message, rejected);
  throw error;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The rejected rows of a 422 answer, wherever the API put them (the answer or its error). */
function rejectedRowsOf(payload: unknown): RejectedRow[] | null {
  if (!isRecord(payload)) return null;
  const error = isRecord(payload.error) ? payload.error : {};
  const list = [payload.rejected, error.rejected, isRecord(error.details) ? error.details.rejected : undefined].find(
    Array.isArray,
  );
  if (list) return list.filter(isRejectedRow);
  // Or as field problems "rows.<row>" / "row.<row>": "<reason>".
  const details = Array.isArray(error.details) ? error.details.filter(isFieldProblem) : [];
  const rows = details.flatMap((detail) => {
    const match = /^rows?\.(\d+)/.exec(detail.path);
    return match ? [{ row: Number(match[1]), reason: detail.message }] : [];
  });
  return rows.length > 0 ? rows : null;
}

function errorOf(status: number, payload: unknown): ApiError {
  const error = isRecord(payload) && isRecord(payload.error) ? payload.error : null;
  const code = typeof error?.code === "string" ? error.code : `http_${status}`;
  const message =
    typeof error?.message === "string" && error.message !== ""
      ? error.message
      : translate("ui.errors.unexpected", { status });
  const details = Array.isArray(error?.details) ? error.details.filter(isFieldProblem) : [];
  return new ApiError(status, code, message, details);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isRejectedRow(value: unknown): value is RejectedRow {
  return (
    isRecord(value) &&
    typeof value.row === "number" &&
    (typeof value.reason === "string" || (isRecord(value.reason) && typeof value.reason.key === "string"))
  );
}

function isFieldProblem(value: unknown): value is FieldProblem {
  return isRecord(value) && typeof value.path === "string" && typeof value.message === "string";
}
