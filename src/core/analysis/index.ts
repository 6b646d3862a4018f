export { analyseCaseText } from "./analyse-case-text.js";
export { type AnalysisOptions, analyseGenderSection } from "./analyse-gender-section.js";
export { messageAt } from "./messages.js";
export { CORE_CRITERIA, CRITERION_WEIGHTS, GOOD_MIN_SCORE, GOOD_REQUIRES } from "./scoring.js";
export * from "./types.js";
