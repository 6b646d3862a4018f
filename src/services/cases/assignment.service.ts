import { type Executor, listAssignments, listReportCases } from "../../data/index.js";

export type AssignmentState = "open" | "overdue" | "closed";

export interface AssignmentView {
  readonly id: string;
  readonly assignee: string;
  readonly description: string;
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
  /** Report-back cases (återrapporteringar) registered on the assignment. */
  readonly reportCases: readonly { id: string; diarienummer: string | null; title: string; status: string }[];
}

/** An assignment is overdue when it is still open after its due date (dates compared as YYYY-MM-DD). */
export function assignmentState(dueDate: string, closedAt: string | null, today: string): AssignmentState {
  if (closedAt) return "closed";
  return dueDate < today ? "overdue" : "open";
}

/** Assignments (uppdrag) given by decisions, and their report-back cases. */
export class AssignmentService {
  constructor(private readonly db: Executor) {}

  async list(
    organisationId: string,
    filter: { caseId?: string | undefined; state?: AssignmentState | undefined } = {},
    today: string = new Date().toISOString().slice(0, 10),
  ): Promise<AssignmentView[]> {
    const rows = await listAssignments(this.db, organisationId, { caseId: filter.caseId });
    const reports = await listReportCases(
      this.db,
      rows.map((row) => row.id),
    );
    const views = rows.map(
      (row): AssignmentView => ({
        id: row.id,
        assignee: row.assignee,
        description: row.description,
        dueDate: row.due_date,
        state: assignmentState(row.due_date, row.closed_at, today),
        closedAt: row.closed_at,
        decision: {
          caseId: row.case_id,
          diarienummer: row.case_diarienummer,
          title: row.case_title,
          paragraph: row.paragraph_number,
          paragraphYear: row.paragraph_year,
          decidedOn: row.decided_on,
        },
        reportCases: reports
          .filter((report) => report.reports_on_assignment_id === row.id)
          .map(({ id, diarienummer, title, status }) => ({ id, diarienummer, title, status })),
      }),
    );
    return filter.state ? views.filter((view) => view.state === filter.state) : views;
  }
}
