import type { CaseSections, CaseStatus, Verdict } from "../../core/index.js";
import type { CaseRow } from "../../data/index.js";

/** A case as the API and the exports see it. */
export interface CaseView {
  readonly id: string;
  readonly diarienummer: string | null;
  readonly title: string;
  readonly status: CaseStatus;
  readonly bodyId: string;
  readonly departmentId: string | null;
  readonly caseOfficerId: string | null;
  readonly sections: CaseSections;
  readonly version: number;
  readonly reportsOnAssignmentId: string | null;
  /** What the analyser said when the case was submitted (or imported as archived). */
  readonly submission: {
    readonly at: string;
    readonly genderSection: boolean;
    readonly verdict: Verdict;
    readonly score: number;
  } | null;
  readonly decidedOn: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export function toCaseView(row: CaseRow): CaseView {
  return {
    id: row.id,
    diarienummer: row.diarienummer,
    title: row.title,
    status: row.status as CaseStatus,
    bodyId: row.body_id,
    departmentId: row.department_id,
    caseOfficerId: row.case_officer_id,
    sections: JSON.parse(row.sections) as CaseSections,
    version: row.version,
    reportsOnAssignmentId: row.reports_on_assignment_id,
    submission:
      row.submitted_at === null
        ? null
        : {
            at: row.submitted_at,
            genderSection: row.submitted_gender_section === 1,
            verdict: row.submitted_verdict as Verdict,
            score: row.submitted_score ?? 0,
          },
    decidedOn: row.decided_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
