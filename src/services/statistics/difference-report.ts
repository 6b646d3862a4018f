import { countByStatus, type DifferenceStatus, type DifferenceThresholds } from "../../core/index.js";
import type { DifferenceListRow, DifferenceMeasureRow } from "../../data/index.js";
import {
  type DifferenceSummary,
  type DifferenceView,
  measuresByDifference,
  toSummary,
  toView,
} from "./difference-views.js";

export interface ReportDepartment {
  readonly departmentId: string | null;
  /** null for indicators not tied to a department (the exports say "Ingen avdelning"). */
  readonly name: string | null;
  readonly counts: Readonly<Record<DifferenceStatus, number>>;
  readonly total: number;
  readonly differences: readonly DifferenceSummary[];
}

/** The follow-up report of one period: flagged differences, and those judged earlier, per department. */
export interface DifferenceReport {
  /** The period reported; the latest with differences when none was asked for, null when there is none. */
  readonly period: string | null;
  readonly departments: readonly ReportDepartment[];
}

/** What the report's files need besides the report: the thresholds for the methods note. */
export interface DifferenceReportExport {
  readonly report: DifferenceReport;
  readonly thresholds: DifferenceThresholds;
  /** The judgment, its reason and the measures per difference id. */
  readonly details: ReadonlyMap<string, DifferenceView>;
}

/**
 * The follow-up report of a period (the latest with a reported difference when none is
 * given): per department of the indicator, the differences flagged now and those judged or
 * given measures earlier, with counts per status. Departments by name, those without one last.
 * `details` holds each reported difference with its analysis and measures, for the files.
 */
export function buildReport(
  rows: readonly DifferenceListRow[],
  measureRows: readonly DifferenceMeasureRow[],
  period: string | undefined,
  today: string,
): { report: DifferenceReport; details: Map<string, DifferenceView> } {
  const measures = measuresByDifference(measureRows);
  const reported = rows.filter(
    (row) => row.flagged === 1 || row.judgment !== null || (measures.get(row.id)?.length ?? 0) > 0,
  );
  const chosen =
    period ??
    reported
      .map((row) => row.period)
      .sort()
      .at(-1) ??
    null;
  const inPeriod = reported.filter((row) => row.period === chosen);
  const details = new Map(inPeriod.map((row) => [row.id, toView(row, measures.get(row.id) ?? [], today)]));
  const groups = new Map<string | null, DifferenceListRow[]>();
  for (const row of inPeriod) groups.set(row.department_id, [...(groups.get(row.department_id) ?? []), row]);
  const departments: ReportDepartment[] = [...groups.entries()]
    .map(([departmentId, list]) => {
      const summaries = list.map((row) => toSummary(row, measures.get(row.id) ?? [], today));
      return {
        departmentId,
        name: list[0]?.department_name ?? null,
        counts: countByStatus(summaries.map((summary) => summary.status)),
        total: summaries.length,
        differences: summaries,
      };
    })
    .sort((a, b) => {
      if (a.name === null || b.name === null) return a.name === null ? (b.name === null ? 0 : 1) : -1;
      return a.name.localeCompare(b.name, "sv");
    });
  return { report: { period: chosen, departments }, details };
}
