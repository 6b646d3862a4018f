import type { CriterionId, Verdict } from "./types.js";

/**
 * Points per criterion; they add up to 100. The score is the sum of the points of the
 * criteria that are met (a criterion met only partly gives no points). The weights follow
 * what SKR's checklist asks first: who is affected, what the figures say, what the
 * consequences are and what the conclusion is. Explained to users in analysis.scoring.
 */
export const CRITERION_WEIGHTS: Readonly<Record<CriterionId, number>> = {
  relevance: 8,
  affectedGroups: 12,
  statistics: 12,
  consequences: 14,
  resources: 6,
  representation: 6,
  norms: 6,
  intersectionality: 6,
  goals: 6,
  conclusion: 10,
  measures: 7,
  followUp: 7,
};

/** Without these four the analysis is insufficient, whatever else it contains. */
export const CORE_CRITERIA: readonly CriterionId[] = ["relevance", "affectedGroups", "consequences", "conclusion"];

/** Good: the core, sex-disaggregated statistics (or a plan for them), and at least this score. */
export const GOOD_REQUIRES: readonly CriterionId[] = [...CORE_CRITERIA, "statistics"];
export const GOOD_MIN_SCORE = 75;

/** 0–100: the points of the criteria met. */
export function scoreOf(met: ReadonlySet<CriterionId>): number {
  let score = 0;
  for (const id of met) score += CRITERION_WEIGHTS[id];
  return score;
}

/**
 * missing: no section (or an empty one); insufficient: a core criterion not met;
 * good: GOOD_REQUIRES met and a score of at least GOOD_MIN_SCORE; adequate otherwise.
 */
export function verdictOf(present: boolean, met: ReadonlySet<CriterionId>): Verdict {
  if (!present) return "missing";
  if (!CORE_CRITERIA.every((id) => met.has(id))) return "insufficient";
  if (GOOD_REQUIRES.every((id) => met.has(id)) && scoreOf(met) >= GOOD_MIN_SCORE) return "good";
  return "adequate";
}
