import type { DifferenceJudgment, DifferenceMeasureStatus, DifferenceStatus } from "../../core/index.js";
import { apiRequest } from "./client.js";

/**
 * The API of flagged differences between women and men: the list per follow-up period, one
 * difference with its documented analysis and measures, and the follow-up report per
 * department. Each function resolves to the answer or rejects with ApiError.
 */

export {
  DIFFERENCE_MEASURE_STATUSES,
  DIFFERENCE_STATUSES,
  type DifferenceMeasureStatus,
  type DifferenceStatus,
} from "../../core/index.js";
export type Judgment = DifferenceJudgment;

/** The group a difference is about, as people read it. */
export interface GroupLabel {
  /** The area's name, or its code where the source gave none. */
  readonly area: string;
  readonly areaCode: string;
  readonly ageBand: string | null;
  /** Further breakdowns: the dimension's name and the category's label. */
  readonly dimensions: Readonly<Record<string, string>>;
}

export interface DifferenceSummary {
  readonly id: string;
  readonly indicatorId: string;
  readonly indicatorName: string;
  readonly departmentId: string | null;
  readonly departmentName: string | null;
  readonly period: string;
  readonly groupLabel: GroupLabel;
  readonly womenValue: number;
  readonly menValue: number;
  /** Women − men: percentage points for shares, else the indicator's unit. */
  readonly difference: number;
  /** The 95 % interval of the difference; null when it cannot be tested. */
  readonly interval: { readonly lower: number; readonly upper: number } | null;
  /** true clear, false not clear, null cannot be tested (no counts behind the figures). */
  readonly clear: boolean | null;
  readonly unit: string | null;
  readonly measureKind: string;
  /** false once the figures no longer exceed the threshold (the analysis stays). */
  readonly flagged: boolean;
  readonly status: DifferenceStatus;
}

export interface DifferenceAnalysis {
  readonly problem: string;
  readonly goalsAndMethods: string;
  readonly explanation: string;
  readonly judgment: Judgment | null;
  readonly judgmentReason: string;
  readonly subgoals: readonly number[];
  readonly dimensionsConsidered: readonly string[];
  /** The analyst's name (or id) and when it was saved; null before the first save. */
  readonly analysedBy?: string | null;
  readonly analysedAt?: string | null;
}

export interface DifferenceMeasureView {
  readonly id: string;
  readonly description: string;
  readonly owner: string;
  readonly dueDate: string;
  readonly status: DifferenceMeasureStatus;
  readonly doneOn?: string | null;
  readonly version: number;
}

export interface DifferenceView extends DifferenceSummary {
  readonly analysis: DifferenceAnalysis;
  readonly measures: readonly DifferenceMeasureView[];
  readonly version: number;
  /** The plain-language sentence ("Kvinnor 71 %, män 86 %: skillnad 15 procentenheter"). */
  readonly sentence?: string;
}

export interface DifferencesAnswer {
  readonly differences: readonly DifferenceSummary[];
  /** Every follow-up period with differences, for the period filter. */
  readonly periods: readonly string[];
}

export interface DifferenceFilter {
  readonly period: string;
  readonly status: string;
  readonly departmentId: string;
  readonly indicatorId?: string;
}

export interface ReportDepartment {
  readonly departmentId: string | null;
  readonly name: string | null;
  readonly counts: Readonly<Partial<Record<DifferenceStatus, number>>>;
  readonly differences: readonly DifferenceSummary[];
}

export interface DifferenceReport {
  readonly period: string | null;
  readonly departments: readonly ReportDepartment[];
}

export interface AnalysisSave {
  readonly problem: string;
  readonly goalsAndMethods: string;
  readonly explanation: string;
  readonly judgment: Judgment | null;
  readonly judgmentReason: string;
  readonly subgoals: readonly number[];
  readonly dimensionsConsidered: readonly string[];
  /** The version the form started from; 409 "stale_difference" when somebody saved in between. */
  readonly version: number;
}

export interface NewDifferenceMeasure {
  readonly description: string;
  readonly owner: string;
  readonly dueDate: string;
}

export interface DifferenceMeasureChange {
  readonly description?: string;
  readonly owner?: string;
  readonly dueDate?: string;
  readonly status?: DifferenceMeasureStatus;
  readonly version: number;
}

export type ReportFormat = "xlsx" | "csv";

const API_BASE = "/api/v1";
const org = (orgId: string) => `/organisations/${encodeURIComponent(orgId)}`;
const part = encodeURIComponent;

function query(params: Readonly<Record<string, string | undefined>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== "") search.set(key, value);
  return search.size > 0 ? `?${search}` : "";
}

/** The organisation's differences for the filter (empty strings: no filter), and every period there is. */
export function listDifferences(orgId: string, filter: DifferenceFilter, signal?: AbortSignal) {
  return apiRequest<DifferencesAnswer>(
    "GET",
    `${org(orgId)}/differences${query({
      period: filter.period,
      status: filter.status,
      departmentId: filter.departmentId,
      indicatorId: filter.indicatorId,
    })}`,
    undefined,
    signal,
  );
}

export function getDifference(orgId: string, differenceId: string, signal?: AbortSignal) {
  return apiRequest<DifferenceView>("GET", `${org(orgId)}/differences/${part(differenceId)}`, undefined, signal);
}

/**
 * Saves the analysis made on `save.version`. Rejects with 409 "stale_difference" when somebody
 * saved in between (nothing changes), 400 with field details for a judgment without reason.
 */
export function saveAnalysis(orgId: string, differenceId: string, save: AnalysisSave) {
  return apiRequest<DifferenceView>("PUT", `${org(orgId)}/differences/${part(differenceId)}/analysis`, save);
}

export function createDifferenceMeasure(orgId: string, differenceId: string, measure: NewDifferenceMeasure) {
  return apiRequest<DifferenceMeasureView>("POST", `${org(orgId)}/differences/${part(differenceId)}/measures`, measure);
}

/** Changes a measure made on `change.version`; 409 when somebody changed it in between. */
export function updateDifferenceMeasure(
  orgId: string,
  differenceId: string,
  measureId: string,
  change: DifferenceMeasureChange,
) {
  return apiRequest<DifferenceMeasureView>(
    "PATCH",
    `${org(orgId)}/differences/${part(differenceId)}/measures/${part(measureId)}`,
    change,
  );
}

export function deleteDifferenceMeasure(orgId: string, differenceId: string, measureId: string) {
  return apiRequest<void>("DELETE", `${org(orgId)}/differences/${part(differenceId)}/measures/${part(measureId)}`);
}

/** The follow-up report of a period (the latest when none is named), per department. */
export function getDifferenceReport(orgId: string, period: string, signal?: AbortSignal) {
  return apiRequest<DifferenceReport>("GET", `${org(orgId)}/differences/report${query({ period })}`, undefined, signal);
}

/** The address of the follow-up report as a file, in the interface's language. */
export function differenceReportUrl(orgId: string, period: string, format: ReportFormat, lang: string): string {
  return `${API_BASE}${org(orgId)}/differences/report.${format}${query({ period, lang })}`;
}
