/** Measures (åtgärder) on the improvement agenda, each tied to one checklist item. */
export const MEASURE_STATUSES = ["planned", "in_progress", "done"] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export interface MeasureProgressInput {
  readonly itemNo: number;
  readonly status: MeasureStatus;
  /** When it was marked done (YYYY-MM-DD), or null. */
  readonly doneOn: string | null;
  readonly createdOn: string;
}

export interface ItemProgress {
  readonly itemNo: number;
  /** Measures done after the last occasion. */
  readonly doneSinceLastOccasion: number;
  readonly open: number;
  readonly overdue: number;
}

/**
 * Per item: what has been done since the last occasion (a measure marked done on its date
 * or later — work finished on the day of the meeting is news to it; everything done counts
 * when there has been no occasion), and what is still open.
 */
export function progressPerItem(
  measures: readonly (MeasureProgressInput & { readonly dueDate: string | null })[],
  itemCount: number,
  lastOccasionDate: string | null,
  today: string,
): ItemProgress[] {
  return Array.from({ length: itemCount }, (_, index) => {
    const mine = measures.filter((measure) => measure.itemNo === index + 1);
    const open = mine.filter((measure) => measure.status !== "done");
    return {
      itemNo: index + 1,
      doneSinceLastOccasion: mine.filter(
        (measure) =>
          measure.status === "done" && (lastOccasionDate === null || (measure.doneOn ?? "") >= lastOccasionDate),
      ).length,
      open: open.length,
      overdue: open.filter((measure) => measure.dueDate !== null && measure.dueDate < today).length,
    };
  });
}

/** The items with the lowest score of an assessment (the first candidates for the agenda); unscored items are left out. */
export function weakestItems(scores: readonly (number | null)[]): number[] {
  const scored = scores.flatMap((score, index) => (score === null ? [] : [{ no: index + 1, score }]));
  if (scored.length === 0) return [];
  const lowest = Math.min(...scored.map((entry) => entry.score));
  return scored.filter((entry) => entry.score === lowest).map((entry) => entry.no);
}
