import {
  type DecisionOutcome,
  type FollowUpRecord,
  type PeriodGranularity,
  statusAfterDecision,
  summariseFollowUp,
  type Verdict,
} from "../../core/index.js";
import { type Executor, followUpRows, listUnits } from "../../data/index.js";
import type { FollowUpExport } from "./follow-up-export.js";

export interface FollowUpQuery {
  readonly granularity: PeriodGranularity;
  /** Inclusive YYYY-MM-DD bounds on the date a case counts under. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly bodyId?: string | undefined;
  readonly departmentId?: string | undefined;
}

/** The evaluation of the work with gender-equal decisions, per period, body and department. */
export class FollowUpService {
  constructor(private readonly db: Executor) {}

  async summary(organisationId: string, query: FollowUpQuery) {
    const records = await this.records(organisationId, query);
    return { ...summariseFollowUp(records, query.granularity), cases: records };
  }

  /** The summary with the names of bodies and departments, for the CSV and XLSX files. */
  async exportData(organisationId: string, query: FollowUpQuery): Promise<FollowUpExport> {
    const [summary, bodies, departments] = await Promise.all([
      this.summary(organisationId, query),
      listUnits(this.db, "bodies", organisationId),
      listUnits(this.db, "departments", organisationId),
    ]);
    return { ...summary, names: new Map([...bodies, ...departments].map((unit) => [unit.id, unit.name])) };
  }

  async records(organisationId: string, query: FollowUpQuery): Promise<FollowUpRecord[]> {
    const { cases, decisions } = await followUpRows(this.db, organisationId, query);
    const latestDecision = new Map(decisions.map((decision) => [decision.case_id, decision]));
    return cases
      .map((row): FollowUpRecord => {
        const decision = latestDecision.get(row.id);
        const archived = row.status === "archived";
        const decided =
          archived ||
          (decision !== undefined && statusAfterDecision(decision.outcome as DecisionOutcome) === "decided");
        return {
          caseId: row.id,
          diarienummer: row.diarienummer,
          title: row.title,
          bodyId: row.body_id,
          departmentId: row.department_id,
          date: (row.decided_on ?? row.submitted_at ?? "").slice(0, 10),
          genderSection: row.submitted_gender_section === 1,
          verdict: (row.submitted_verdict ?? "missing") as Verdict,
          decided,
          positionRecorded: decision?.gender_considered === 1,
          archived,
        };
      })
      .filter((record) => (!query.from || record.date >= query.from) && (!query.to || record.date <= query.to))
      .sort((a, b) => a.date.localeCompare(b.date) || a.caseId.localeCompare(b.caseId));
  }
}
