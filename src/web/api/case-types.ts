import type {
  CaseSectionKey,
  CaseSections,
  CaseStatus,
  DecisionOutcome,
  ReviewOutcome,
  ReviewQuestion,
  Verdict,
} from "../../core/index.js";

/** The shapes the cases API answers with (src/http/routes/case-schemas.ts is the source). */

/** A case (ärende) as the API shows it. */
export interface CaseView {
  readonly id: string;
  /** Null only for an archived historical case whose document had none. */
  readonly diarienummer: string | null;
  readonly title: string;
  readonly status: CaseStatus;
  readonly bodyId: string;
  readonly departmentId: string | null;
  readonly caseOfficerId: string | null;
  readonly sections: CaseSections;
  /** Starts at 1 and grows by one with every save; a save must name the version it started from. */
  readonly version: number;
  readonly reportsOnAssignmentId: string | null;
  /** What the analyser said when the case was submitted (or imported as archived); null before. */
  readonly submission: {
    readonly at: string;
    readonly genderSection: boolean;
    readonly verdict: Verdict;
    /** 0–100. */
    readonly score: number;
  } | null;
  /** YYYY-MM-DD. */
  readonly decidedOn: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Filters of the case list; empty strings mean "no filter". */
export interface CaseFilter {
  readonly status: string;
  readonly bodyId: string;
  readonly search: string;
}

export interface NewCase {
  readonly title: string;
  readonly bodyId: string;
  readonly departmentId: string | null;
  /** Set for a report-back case (återrapportering) on an assignment. */
  readonly reportsOnAssignmentId: string | null;
}

/** Everything a save sends: the whole text, and the version it was written on top of. */
export interface CaseSave {
  readonly baseVersion: number;
  readonly title: string;
  readonly sections: CaseSections;
  readonly bodyId: string;
  readonly departmentId: string | null;
  readonly caseOfficerId: string | null;
}

/** One saved version in the case's history, newest first in lists. */
export interface VersionSummary {
  readonly version: number;
  readonly verdict: Verdict;
  readonly score: number;
  readonly savedAt: string;
  readonly savedByName: string | null;
}

export interface VersionDetail extends VersionSummary {
  readonly title: string;
  readonly sections: CaseSections;
}

export type ReviewAnswers = Readonly<Record<ReviewQuestion, boolean>>;
export type SectionComments = Readonly<Partial<Record<CaseSectionKey, string>>>;

/** A review by the gender-equality expert, newest first in lists. */
export interface ReviewView {
  readonly id: string;
  /** The case version that was reviewed. */
  readonly version: number;
  readonly reviewerName: string | null;
  readonly outcome: ReviewOutcome;
  readonly answers: Readonly<Partial<Record<ReviewQuestion, boolean>>>;
  readonly sectionComments: SectionComments;
  readonly comment: string;
  readonly createdAt: string;
}

export interface ReviewInput {
  readonly outcome: ReviewOutcome;
  readonly answers: ReviewAnswers;
  readonly sectionComments: SectionComments;
  readonly comment: string;
}

/** A decision recorded at a meeting, with its paragraph (§) and the body's position on the gender consequences. */
export interface DecisionView {
  readonly id: string;
  readonly caseId: string;
  readonly meetingId: string;
  readonly bodyId: string;
  readonly paragraph: number;
  readonly paragraphYear: number;
  /** YYYY-MM-DD. */
  readonly decidedOn: string;
  readonly outcome: DecisionOutcome;
  readonly amendedText: string | null;
  readonly genderPosition: { readonly considered: boolean; readonly comment: string };
}

export type AssignmentState = "open" | "overdue" | "closed";

/** An assignment (uppdrag) given by a decision; report-back cases close it. */
export interface Assignment {
  readonly id: string;
  readonly assignee: string;
  readonly description: string;
  /** YYYY-MM-DD. */
  readonly dueDate: string;
  readonly state: AssignmentState;
  readonly closedAt: string | null;
  readonly decision: {
    readonly caseId: string;
    readonly diarienummer: string | null;
    readonly title: string;
    readonly paragraph: number;
    readonly paragraphYear: number;
    readonly decidedOn: string;
  };
  readonly reportCases: readonly {
    readonly id: string;
    readonly diarienummer: string | null;
    readonly title: string;
    readonly status: string;
  }[];
}

/** Where an uploaded file goes: a draft for a case officer, or an archived historical case. */
export type ImportTarget =
  | { readonly kind: "draft"; readonly bodyId: string; readonly departmentId: string | null }
  | {
      readonly kind: "archived";
      readonly bodyId: string;
      readonly departmentId: string | null;
      /** YYYY-MM-DD. */
      readonly decidedOn: string;
    };
