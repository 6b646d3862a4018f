/**
 * The review gate: explicit yes/no questions the gender-equality expert answers before
 * approving or returning a case (texts in the catalogue under cases.review.questions).
 */
export const REVIEW_QUESTIONS = [
  "relevanceReasoned", // is gender relevance decided and reasoned?
  "statisticsBySex", // are statistics by sex used, or their absence explained?
  "consequencesForWomenAndMen", // are consequences for women and men described?
  "measuresForDifferences", // are measures proposed for unjustified differences?
  "linkToGoals", // is the link to goals made?
] as const;
export type ReviewQuestion = (typeof REVIEW_QUESTIONS)[number];

export const REVIEW_OUTCOMES = ["approved", "returned"] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];
