import type { DecisionOutcome } from "./case-document.js";

/**
 * Where a case is on its way to the body:
 * - draft: the case officer writes it; returned: the reviewer sent it back with comments
 * - submitted: waiting for the gender-equality expert's review
 * - approved: reviewed and ready for a meeting; scheduled: on a meeting's agenda
 * - decided: the body has decided it; archived: a historical case imported as it was
 */
export const CASE_STATUSES = [
  "draft",
  "submitted",
  "returned",
  "approved",
  "scheduled",
  "decided",
  "archived",
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** The officer may change the text only before review starts, or after the case came back. */
export function isEditable(status: CaseStatus): boolean {
  return status === "draft" || status === "returned";
}

/**
 * What a recorded decision does to the case: a referral back (återremiss) returns it to
 * the officer, a postponement (bordläggning) leaves it ready for a later meeting, and
 * every other outcome ends it.
 */
export function statusAfterDecision(outcome: DecisionOutcome): CaseStatus {
  if (outcome === "referredBack") return "returned";
  if (outcome === "postponed") return "approved";
  return "decided";
}

/** Whether a decision with this outcome settles an assignment the case reports back on. */
export function decisionClosesAssignment(outcome: DecisionOutcome): boolean {
  return statusAfterDecision(outcome) === "decided";
}
