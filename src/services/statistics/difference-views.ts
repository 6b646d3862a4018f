import {
  type AnalysisDimension,
  type DifferenceJudgment,
  type DifferenceMeasureStatus,
  type DifferenceStatus,
  differenceStatus,
} from "../../core/index.js";
import type { DifferenceListRow, DifferenceMeasureRow } from "../../data/index.js";

/** The group a difference is about, as people read it. */
export interface GroupLabel {
  /** The area's name, or its code where the source gave no name. */
  readonly area: string;
  readonly areaCode: string;
  readonly ageBand: string | null;
  /** Further breakdowns: the dimension's name and the category's label. */
  readonly dimensions: Readonly<Record<string, string>>;
}

/** One difference as the list and the follow-up report show it. */
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
  /** 95 % interval of the difference; null when it cannot be tested. */
  readonly interval: { readonly lower: number; readonly upper: number } | null;
  /** true clear, false not clear, null cannot be tested. */
  readonly clear: boolean | null;
  readonly unit: string | null;
  readonly measureKind: string;
  /** false once the figures no longer exceed the threshold; the analysis stays. */
  readonly flagged: boolean;
  readonly status: DifferenceStatus;
}

export interface DifferenceAnalysis {
  /** What is the problem? */
  readonly problem: string;
  /** What could goals and methods be? */
  readonly goalsAndMethods: string;
  /** The explanation: norms, structures, needs. */
  readonly explanation: string;
  readonly judgment: DifferenceJudgment | null;
  readonly judgmentReason: string;
  /** National sub-goals (1–6) the analysis touches. */
  readonly subgoals: readonly number[];
  readonly dimensionsConsidered: readonly AnalysisDimension[];
  /** The display name of whoever saved the analysis last; null before the first save. */
  readonly analysedBy: string | null;
  readonly analysedAt: string | null;
}

export interface DifferenceMeasureView {
  readonly id: string;
  readonly differenceId: string;
  readonly description: string;
  readonly owner: string;
  /** YYYY-MM-DD. */
  readonly dueDate: string;
  readonly status: DifferenceMeasureStatus;
  /** The day it was marked done, or null while it is not done. */
  readonly doneOn: string | null;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface DifferenceView extends DifferenceSummary {
  readonly analysis: DifferenceAnalysis;
  readonly measures: readonly DifferenceMeasureView[];
  /** The version of the analysis; a save names the version it started from. */
  readonly version: number;
}

export function toMeasureView(row: DifferenceMeasureRow): DifferenceMeasureView {
  return {
    id: row.id,
    differenceId: row.difference_id,
    description: row.description,
    owner: row.owner,
    dueDate: row.due_date,
    status: row.status as DifferenceMeasureStatus,
    doneOn: row.done_on,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toSummary(
  row: DifferenceListRow,
  measures: readonly DifferenceMeasureView[],
  today: string,
): DifferenceSummary {
  return {
    id: row.id,
    indicatorId: row.indicator_id,
    indicatorName: row.indicator_name,
    departmentId: row.department_id,
    departmentName: row.department_name,
    period: row.period,
    groupLabel: JSON.parse(row.group_label) as GroupLabel,
    womenValue: row.women_value,
    menValue: row.men_value,
    difference: row.difference,
    interval:
      row.difference_lower === null || row.difference_upper === null
        ? null
        : { lower: row.difference_lower, upper: row.difference_upper },
    clear: row.clear === null ? null : row.clear === 1,
    unit: row.unit,
    measureKind: row.measure_kind,
    flagged: row.flagged === 1,
    status: differenceStatus(row.judgment as DifferenceJudgment | null, measures, today),
  };
}

export function toView(
  row: DifferenceListRow,
  measures: readonly DifferenceMeasureView[],
  today: string,
): DifferenceView {
  return {
    ...toSummary(row, measures, today),
    analysis: {
      problem: row.problem,
      goalsAndMethods: row.goals_and_methods,
      explanation: row.explanation,
      judgment: row.judgment as DifferenceJudgment | null,
      judgmentReason: row.judgment_reason,
      subgoals: JSON.parse(row.subgoals) as number[],
      dimensionsConsidered: JSON.parse(row.dimensions_considered) as AnalysisDimension[],
      analysedBy: row.analysed_at === null ? null : (row.analysed_by_name ?? null),
      analysedAt: row.analysed_at,
    },
    measures,
    version: row.version,
  };
}

/** Measures grouped by the difference they belong to. */
export function measuresByDifference(rows: readonly DifferenceMeasureRow[]): Map<string, DifferenceMeasureView[]> {
  const map = new Map<string, DifferenceMeasureView[]>();
  for (const row of rows) {
    const list = map.get(row.difference_id) ?? [];
    list.push(toMeasureView(row));
    map.set(row.difference_id, list);
  }
  return map;
}

/** UTC today as YYYY-MM-DD. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
