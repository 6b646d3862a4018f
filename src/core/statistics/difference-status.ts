/**
 * Where a flagged difference stands in its follow-up: not yet analysed, judged justified, or
 * judged unjustified and followed through its measures until every one is done.
 */

/** The judgment of an analysis: is the difference justified (by needs, say) or not. */
export const DIFFERENCE_JUDGMENTS = ["justified", "unjustified"] as const;
export type DifferenceJudgment = (typeof DIFFERENCE_JUDGMENTS)[number];

/** A measure against an unjustified difference. */
export const DIFFERENCE_MEASURE_STATUSES = ["planned", "in_progress", "done"] as const;
export type DifferenceMeasureStatus = (typeof DIFFERENCE_MEASURE_STATUSES)[number];

/**
 * In the order the follow-up report lists them:
 * - `to_analyse`: no judgment yet;
 * - `justified`: judged justified (with a reason);
 * - `measure_needed`: judged unjustified but without a measure, so not yet handled;
 * - `measure_open`: measures under way, none past its due date;
 * - `overdue`: an open measure is past its due date;
 * - `done`: judged unjustified and every measure done.
 */
export const DIFFERENCE_STATUSES = [
  "to_analyse",
  "justified",
  "measure_needed",
  "measure_open",
  "overdue",
  "done",
] as const;
export type DifferenceStatus = (typeof DIFFERENCE_STATUSES)[number];

export interface MeasureProgress {
  readonly status: DifferenceMeasureStatus;
  /** YYYY-MM-DD. */
  readonly dueDate: string;
}

/**
 * The status of a difference from its judgment and its measures on `today` (YYYY-MM-DD). A
 * measure is overdue from the day after its due date. Measures recorded on a difference judged
 * justified, or not judged yet, do not change its status.
 */
export function differenceStatus(
  judgment: DifferenceJudgment | null,
  measures: readonly MeasureProgress[],
  today: string,
): DifferenceStatus {
  if (judgment === null) return "to_analyse";
  if (judgment === "justified") return "justified";
  if (measures.length === 0) return "measure_needed";
  const open = measures.filter((measure) => measure.status !== "done");
  if (open.length === 0) return "done";
  return open.some((measure) => measure.dueDate < today) ? "overdue" : "measure_open";
}

/** How many differences have each status; every status is present, 0 where none has it. */
export function countByStatus(statuses: readonly DifferenceStatus[]): Record<DifferenceStatus, number> {
  const counts = Object.fromEntries(DIFFERENCE_STATUSES.map((status) => [status, 0])) as Record<
    DifferenceStatus,
    number
  >;
  for (const status of statuses) counts[status] += 1;
  return counts;
}
