import {
  type CaseSections,
  ConflictError,
  type DecisionOutcome,
  decisionClosesAssignment,
  InvalidInputError,
  NotFoundError,
  statusAfterDecision,
} from "../../core/index.js";
import {
  allocateNumber,
  appendToAgenda,
  closeAssignment,
  type DecisionRow,
  type Executor,
  findCase,
  findMeeting,
  findUnit,
  insertAssignment,
  insertDecision,
  insertMeeting,
  listAgenda,
  listDecisionsOfCase,
  listMeetings,
  type MeetingRow,
  newId,
  now,
  removeFromAgenda,
  updateCaseStatus,
} from "../../data/index.js";
import type { Actor } from "../actor.js";
import { audit } from "../audit.js";

export interface DecisionInput {
  readonly outcome: DecisionOutcome;
  /** The decision in its amended wording; required when the outcome is "amended". */
  readonly amendedText?: string | undefined;
  /** The body's position on the consequences for women and men. */
  readonly genderPosition: { readonly considered: boolean; readonly comment: string };
  readonly assignments?: readonly { assignee: string; description: string; dueDate: string }[] | undefined;
}

export interface DecisionView {
  readonly id: string;
  readonly caseId: string;
  readonly meetingId: string;
  readonly bodyId: string;
  readonly paragraph: number;
  readonly paragraphYear: number;
  readonly decidedOn: string;
  readonly outcome: DecisionOutcome;
  readonly amendedText: string | null;
  readonly genderPosition: { readonly considered: boolean; readonly comment: string };
}

export function toDecisionView(row: DecisionRow): DecisionView {
  return {
    id: row.id,
    caseId: row.case_id,
    meetingId: row.meeting_id,
    bodyId: row.body_id,
    paragraph: row.paragraph_number,
    paragraphYear: row.paragraph_year,
    decidedOn: row.decided_on,
    outcome: row.outcome as DecisionOutcome,
    amendedText: row.amended_text,
    genderPosition: { considered: row.gender_considered === 1, comment: row.gender_comment },
  };
}

/** Meetings of a body (sammanträden), their agendas and the decisions recorded there. */
export class MeetingService {
  constructor(private readonly db: Executor) {}

  list(organisationId: string, bodyId?: string): Promise<MeetingRow[]> {
    return listMeetings(this.db, organisationId, bodyId);
  }

  async get(organisationId: string, meetingId: string) {
    const meeting = await this.meeting(this.db, organisationId, meetingId);
    const agenda = await listAgenda(this.db, meetingId);
    const decisions = await Promise.all(
      agenda.map(async (item) =>
        (await listDecisionsOfCase(this.db, item.id)).find((decision) => decision.meeting_id === meetingId),
      ),
    );
    return {
      meeting,
      agenda: agenda.map((item, index) => {
        const decision = decisions[index];
        return { ...item, decision: decision ? toDecisionView(decision) : null };
      }),
    };
  }

  async create(actor: Actor, organisationId: string, input: { bodyId: string; date: string }): Promise<MeetingRow> {
    const body = await findUnit(this.db, "bodies", organisationId, input.bodyId);
    if (!body || body.archived) throw new InvalidInputError("errors.unknownBody");
    const row: MeetingRow = {
      id: newId(),
      organisation_id: organisationId,
      body_id: input.bodyId,
      meeting_date: input.date,
      created_at: now(),
    };
    await this.db.transaction().execute(async (trx) => {
      await insertMeeting(trx, row);
      await audit(trx, actor, {
        organisationId,
        entityType: "meeting",
        entityId: row.id,
        action: "create",
        summary: { bodyId: input.bodyId, date: input.date },
      });
    });
    return row;
  }

  /** Puts an approved case of the meeting's body on the agenda; never one without a gender impact section. */
  async schedule(actor: Actor, organisationId: string, meetingId: string, caseId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const meeting = await this.meeting(trx, organisationId, meetingId);
      const current = await findCase(trx, organisationId, caseId);
      if (!current) throw new NotFoundError("errors.notFound");
      if (current.body_id !== meeting.body_id) throw new InvalidInputError("errors.caseOfOtherBody");
      const sections = JSON.parse(current.sections) as CaseSections;
      if (sections.genderImpact.trim() === "") throw new InvalidInputError("errors.genderSectionMissing");
      const moved = await updateCaseStatus(trx, { id: caseId, from: ["approved"], to: "scheduled", at: now() });
      if (!moved) throw new ConflictError("errors.caseNotApproved");
      await removeFromAgenda(trx, meetingId, caseId);
      await appendToAgenda(trx, meetingId, caseId);
      await audit(trx, actor, {
        organisationId,
        entityType: "case",
        entityId: caseId,
        action: "schedule",
        summary: { meetingId, date: meeting.meeting_date },
      });
    });
  }

  /** Takes an undecided case off the agenda; it is ready for another meeting. */
  async unschedule(actor: Actor, organisationId: string, meetingId: string, caseId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await this.meeting(trx, organisationId, meetingId);
      const moved = await updateCaseStatus(trx, { id: caseId, from: ["scheduled"], to: "approved", at: now() });
      if (!moved) throw new ConflictError("errors.caseNotOnAgenda");
      await removeFromAgenda(trx, meetingId, caseId);
      await audit(trx, actor, {
        organisationId,
        entityType: "case",
        entityId: caseId,
        action: "unschedule",
        summary: { meetingId },
      });
    });
  }

  /**
   * Records the body's decision on a case on the meeting's agenda: the next paragraph
   * number of the body's year, the outcome, the position on the gender consequences and
   * the assignments it gives. A report-back case that is decided closes its assignment.
   */
  async decide(
    actor: Actor,
    organisationId: string,
    meetingId: string,
    caseId: string,
    input: DecisionInput,
  ): Promise<DecisionView> {
    const amendedText = input.amendedText?.trim() ?? "";
    if (input.outcome === "amended" && amendedText === "") throw new InvalidInputError("errors.amendedTextRequired");
    const id = newId();
    await this.db.transaction().execute(async (trx) => {
      const meeting = await this.meeting(trx, organisationId, meetingId);
      const agenda = await listAgenda(trx, meetingId);
      if (!agenda.some((item) => item.id === caseId)) throw new ConflictError("errors.caseNotOnAgenda");
      const at = now();
      const moved = await updateCaseStatus(trx, {
        id: caseId,
        from: ["scheduled"],
        to: statusAfterDecision(input.outcome),
        at,
        extra: { decided_on: meeting.meeting_date },
      });
      if (!moved) throw new ConflictError("errors.caseNotOnAgenda");
      const year = Number(meeting.meeting_date.slice(0, 4));
      const paragraph = await allocateNumber(trx, "paragraph", meeting.body_id, year);
      await insertDecision(trx, {
        id,
        case_id: caseId,
        meeting_id: meetingId,
        body_id: meeting.body_id,
        paragraph_year: year,
        paragraph_number: paragraph,
        decided_on: meeting.meeting_date,
        outcome: input.outcome,
        amended_text: input.outcome === "amended" ? amendedText : null,
        gender_considered: input.genderPosition.considered ? 1 : 0,
        gender_comment: input.genderPosition.comment.trim(),
        recorded_by: actor.userId,
        recorded_at: at,
      });
      for (const assignment of input.assignments ?? []) {
        await insertAssignment(trx, {
          id: newId(),
          organisation_id: organisationId,
          decision_id: id,
          case_id: caseId,
          assignee: assignment.assignee.trim(),
          description: assignment.description.trim(),
          due_date: assignment.dueDate,
          closed_at: null,
          closed_by_case_id: null,
          created_at: at,
        });
      }
      const decided = await findCase(trx, organisationId, caseId);
      if (decided?.reports_on_assignment_id && decisionClosesAssignment(input.outcome)) {
        await closeAssignment(trx, decided.reports_on_assignment_id, caseId, at);
      }
      await audit(trx, actor, {
        organisationId,
        entityType: "decision",
        entityId: id,
        action: "record",
        summary: {
          caseId,
          meetingId,
          paragraph,
          year,
          outcome: input.outcome,
          genderConsidered: input.genderPosition.considered,
          assignments: input.assignments?.length ?? 0,
        },
      });
    });
    const decision = (await listDecisionsOfCase(this.db, caseId)).find((row) => row.id === id);
    if (!decision) throw new Error("decision vanished after commit");
    return toDecisionView(decision);
  }

  async decisionsOfCase(organisationId: string, caseId: string): Promise<DecisionView[]> {
    if (!(await findCase(this.db, organisationId, caseId))) throw new NotFoundError("errors.notFound");
    return (await listDecisionsOfCase(this.db, caseId)).map(toDecisionView);
  }

  private async meeting(db: Executor, organisationId: string, meetingId: string): Promise<MeetingRow> {
    const meeting = await findMeeting(db, organisationId, meetingId);
    if (!meeting) throw new NotFoundError("errors.notFound");
    return meeting;
  }
}
