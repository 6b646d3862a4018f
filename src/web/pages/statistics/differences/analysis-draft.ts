import type { DifferenceAnalysis, Judgment } from "../../../api/difference-api.js";

/** The analysis as the form holds it: "" for a judgment not yet made. */
export interface AnalysisDraft {
  readonly problem: string;
  readonly goalsAndMethods: string;
  readonly explanation: string;
  readonly judgment: Judgment | "";
  readonly judgmentReason: string;
  readonly subgoals: readonly number[];
  readonly dimensionsConsidered: readonly string[];
}

export const ANALYSIS_FIELDS = [
  "problem",
  "goalsAndMethods",
  "explanation",
  "judgment",
  "judgmentReason",
  "subgoals",
  "dimensionsConsidered",
] as const;

export function draftOf(analysis: DifferenceAnalysis): AnalysisDraft {
  return {
    problem: analysis.problem,
    goalsAndMethods: analysis.goalsAndMethods,
    explanation: analysis.explanation,
    judgment: analysis.judgment ?? "",
    judgmentReason: analysis.judgmentReason,
    subgoals: [...analysis.subgoals].sort((a, b) => a - b),
    dimensionsConsidered: [...analysis.dimensionsConsidered].sort(),
  };
}

/** Whether two drafts say the same (lists compared without regard to order). */
export function sameDraft(a: AnalysisDraft, b: AnalysisDraft): boolean {
  const list = (values: readonly (string | number)[]) => JSON.stringify([...values].map(String).sort());
  return (
    a.problem === b.problem &&
    a.goalsAndMethods === b.goalsAndMethods &&
    a.explanation === b.explanation &&
    a.judgment === b.judgment &&
    a.judgmentReason === b.judgmentReason &&
    list(a.subgoals) === list(b.subgoals) &&
    list(a.dimensionsConsidered) === list(b.dimensionsConsidered)
  );
}

/** Nothing written, nothing judged, nothing ticked. */
export function isEmptyDraft(draft: AnalysisDraft): boolean {
  return (
    draft.problem.trim() === "" &&
    draft.goalsAndMethods.trim() === "" &&
    draft.explanation.trim() === "" &&
    draft.judgment === "" &&
    draft.judgmentReason.trim() === ""
  );
}

/** The keys of the messages for what must be corrected before saving; empty when it may be saved. */
export function draftProblems(draft: AnalysisDraft): Partial<Record<(typeof ANALYSIS_FIELDS)[number], string>> {
  if (isEmptyDraft(draft)) return { problem: "empty" };
  const problems: Partial<Record<(typeof ANALYSIS_FIELDS)[number], string>> = {};
  if (draft.judgment !== "") {
    if (draft.problem.trim() === "") problems.problem = "problemBeforeJudgment";
    if (draft.goalsAndMethods.trim() === "") problems.goalsAndMethods = "goalsRequired";
    if (draft.explanation.trim() === "") problems.explanation = "explanationRequired";
    if (draft.judgmentReason.trim() === "") problems.judgmentReason = "reasonRequired";
  } else if (draft.problem.trim() === "") {
    problems.problem = "problemRequired";
  }
  return problems;
}
