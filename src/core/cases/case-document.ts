import type { CaseSections } from "./case-sections.js";

/** Everything an exported case document (.docx in the template's layout) shows. */
export interface CaseDocument {
  readonly organisationName: string;
  readonly bodyName: string;
  /** "NNNN-YYYY", or null for a draft not yet registered. */
  readonly diarienummer: string | null;
  readonly title: string;
  readonly caseOfficerName: string;
  readonly departmentName: string | null;
  /** ISO date (YYYY-MM-DD) printed on the document. */
  readonly date: string;
  readonly sections: CaseSections;
}

export const DECISION_OUTCOMES = ["approved", "rejected", "referredBack", "postponed", "amended"] as const;
/** bifall, avslag, återremiss, bordläggning, or a decision in amended wording. */
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** An extract of the minutes (protokollsutdrag) for one decided case. */
export interface MinutesExtract {
  readonly organisationName: string;
  readonly bodyName: string;
  /** ISO date of the meeting. */
  readonly meetingDate: string;
  /** The paragraph number (§), running per body and year. */
  readonly paragraph: number;
  readonly diarienummer: string;
  readonly title: string;
  readonly outcome: DecisionOutcome;
  /** The decision as recorded: the proposal's points, or the amended text. */
  readonly decisionPoints: readonly string[];
  /** The body's position on the consequences for women and men. */
  readonly genderPosition: { readonly considered: boolean; readonly comment: string };
  /** Assignments the decision gives. */
  readonly assignments: readonly { readonly assignee: string; readonly what: string; readonly dueDate: string }[];
  readonly recipients: readonly string[];
  /** Who certifies the extract ("Rätt utdraget intygar"), if known. */
  readonly certifiedBy: string | null;
}
