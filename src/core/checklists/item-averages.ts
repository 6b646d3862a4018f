import type { ItemScore } from "./assessment-sum.js";
import { roundScore } from "./checklist-definition.js";

/** The mean of one item over several organisations, and how many scored it. */
export interface ItemAverage {
  readonly average: number | null;
  readonly organisations: number;
}

/**
 * Item-by-item means over organisations' score lists (each in item order). An organisation
 * that left an item unscored is counted out of that item only, so groups of different sizes
 * and incomplete assessments give honest means; an item nobody scored has a null mean.
 */
export function itemAverages(scoreLists: readonly (readonly ItemScore[])[], itemCount: number): ItemAverage[] {
  return Array.from({ length: itemCount }, (_, index) => {
    const scores = scoreLists.map((list) => list[index] ?? null).filter((score): score is number => score !== null);
    const average = scores.length === 0 ? null : roundScore(scores.reduce((a, b) => a + b, 0) / scores.length);
    return { average, organisations: scores.length };
  });
}

/** The mean of the organisations' sums, counting only complete assessments (a partial sum is not comparable). */
export function averageSum(sums: readonly { readonly sum: number; readonly complete: boolean }[]): number | null {
  const complete = sums.filter((sum) => sum.complete);
  if (complete.length === 0) return null;
  return roundScore(complete.reduce((total, sum) => total + sum.sum, 0) / complete.length);
}
