export * from "./case-document.js";
export * from "./case-sections.js";
export * from "./case-workflow.js";
export * from "./diarienummer.js";
export * from "./follow-up.js";
export * from "./recognise-sections.js";
export * from "./review-questions.js";
