import {
  ANALYSIS_DIMENSIONS,
  type AnalysisDimension,
  type DifferenceJudgment,
  InvalidInputError,
  isNationalSubgoal,
} from "../../core/index.js";

/** The documented analysis of a difference as a form saves it, and the rules it must meet. */

export interface AnalysisSave {
  readonly problem: string;
  readonly goalsAndMethods: string;
  readonly explanation: string;
  readonly judgment: DifferenceJudgment | null;
  /** Required (non-blank) with a judgment. */
  readonly judgmentReason: string;
  readonly subgoals: readonly number[];
  readonly dimensionsConsidered: readonly string[];
  /** The version the form started from; a save on top of a newer one is refused (409 `stale_difference`). */
  readonly version: number;
}

/**
 * The analysis as stored: texts trimmed, sub-goals without repeats in order, dimensions in
 * their fixed order. A judgment without a reason, a sub-goal outside 1–6 or an unknown
 * dimension is refused (400), the first with a detail on `judgmentReason` for the form.
 */
export function tidyAnalysis(save: AnalysisSave) {
  const judgmentReason = save.judgmentReason.trim();
  if (save.judgment !== null && judgmentReason === "") {
    throw new InvalidInputError("differences.errors.judgmentReasonRequired", {}, [
      { path: "judgmentReason", messageKey: "differences.errors.judgmentReasonRequired" },
    ]);
  }
  for (const no of save.subgoals) {
    if (!isNationalSubgoal(no)) throw new InvalidInputError("differences.errors.unknownSubgoal", { no });
  }
  for (const key of save.dimensionsConsidered) {
    if (!(ANALYSIS_DIMENSIONS as readonly string[]).includes(key)) {
      throw new InvalidInputError("differences.errors.unknownDimension", { key });
    }
  }
  return {
    problem: save.problem.trim(),
    goalsAndMethods: save.goalsAndMethods.trim(),
    explanation: save.explanation.trim(),
    judgment: save.judgment,
    judgmentReason,
    subgoals: [...new Set(save.subgoals)].sort((a, b) => a - b),
    dimensionsConsidered: ANALYSIS_DIMENSIONS.filter((key) =>
      save.dimensionsConsidered.includes(key),
    ) as AnalysisDimension[],
  };
}
