import type { MessageKey } from "../i18n/index.js";

/** missing: no gender impact section; then insufficient < adequate < good. */
export const VERDICTS = ["missing", "insufficient", "adequate", "good"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The criteria, in the order they are shown and explained (analysis.criteria.<id> in the catalogues). */
export const CRITERION_IDS = [
  "relevance",
  "affectedGroups",
  "statistics",
  "consequences",
  "resources",
  "representation",
  "norms",
  "intersectionality",
  "goals",
  "conclusion",
  "measures",
  "followUp",
] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

export const CONCLUSIONS = ["positive", "negative", "neutral", "mixed"] as const;
export type Conclusion = (typeof CONCLUSIONS)[number];

export interface CriterionResult {
  readonly id: CriterionId;
  readonly met: boolean;
  /** Quoted sentences from the analysed text that show the criterion is (partly) met. */
  readonly evidence: readonly string[];
  /** What to do next, in the requested locale; also when met (then how to make it stronger). */
  readonly advice: string;
  readonly adviceKey: MessageKey;
}

/** A neutral group word ("alla", "invånare", "patienter") at [start, end) of genderSection.text. */
export interface NeutralTerm {
  readonly term: string;
  readonly start: number;
  readonly end: number;
}

export interface GenderImpactAnalysis {
  readonly genderSection: {
    readonly present: boolean;
    /** The heading as written in the document, or null for structured input / absent section. */
    readonly heading: string | null;
    /** The section's text as given (not normalised), "" when absent. */
    readonly text: string;
  };
  readonly verdict: Verdict;
  /** 0–100; 0 when the section is missing. */
  readonly score: number;
  readonly criteria: readonly CriterionResult[];
  /** The conclusion the text states, or null when it states none. */
  readonly conclusion: Conclusion | null;
  /** National gender-equality sub-goals (1–6) the text refers to. */
  readonly subgoals: readonly number[];
  readonly neutralTerms: readonly NeutralTerm[];
}
