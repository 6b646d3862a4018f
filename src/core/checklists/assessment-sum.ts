import { roundScore } from "./checklist-definition.js";

/** An item's score, or null when the item was left unscored. */
export type ItemScore = number | null;

/**
 * The sum of an assessment, and how many items it covers: "22 (9 of 10 items)" must never
 * be read as a full 22. Sums are always computed, never typed.
 */
export interface AssessmentSum {
  readonly sum: number;
  readonly scoredItems: number;
  readonly itemCount: number;
  readonly complete: boolean;
}

/** Sums the scored items; unscored items (null) add nothing and are counted out. */
export function sumOfScores(scores: readonly ItemScore[]): AssessmentSum {
  const scored = scores.filter((score): score is number => score !== null);
  return {
    sum: roundScore(scored.reduce((total, score) => total + score, 0)),
    scoredItems: scored.length,
    itemCount: scores.length,
    complete: scored.length === scores.length,
  };
}
