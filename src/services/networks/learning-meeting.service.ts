import { canonicalTheme, InvalidInputError, NotFoundError } from "../../core/index.js";
import {
  type Executor,
  findLearningMeeting,
  findOrganisation,
  insertLearningMeeting,
  insertLesson,
  type LearningMeetingRow,
  listLessonsOfRound,
  type NetworkRoundWithCoordinatorRow,
  newId,
  now,
  updateLearningMeeting,
} from "../../data/index.js";
import type { Actor } from "../actor.js";
import { audit } from "../audit.js";
import { coordinatedRound, membership } from "./round-access.js";
import {
  type LearningMeetingView,
  type LessonView,
  namesInRound,
  participantNames,
  type StoredParticipant,
  toLearningMeetingView,
} from "./round-view.js";

export interface LearningMeetingInput {
  /** YYYY-MM-DD, within the round. */
  readonly date: string;
  /** Free text; the usual themes are stored by their Swedish name. */
  readonly theme: string;
  readonly notes?: string | undefined;
  /** The organisations that took part and their roles there (politician, strategist, controller …). */
  readonly participants?: readonly StoredParticipant[] | undefined;
}

/** Learning meetings (lärandeträffar): the coordinator records them, each member its own lessons (lärdomar). */
export class LearningMeetingService {
  constructor(private readonly db: Executor) {}

  async create(
    actor: Actor,
    organisationId: string,
    roundId: string,
    input: LearningMeetingInput,
  ): Promise<LearningMeetingView> {
    const round = await coordinatedRound(this.db, organisationId, roundId);
    const at = now();
    const row: LearningMeetingRow = {
      id: newId(),
      round_id: round.id,
      meeting_date: input.date,
      theme: "",
      notes: (input.notes ?? "").trim(),
      participants: "[]",
      created_at: at,
      updated_at: at,
    };
    const checked = await this.checked(round, { ...row, ...this.fields(input, row) });
    await this.db.transaction().execute(async (trx) => {
      await insertLearningMeeting(trx, checked);
      await audit(trx, actor, {
        organisationId,
        entityType: "learning_meeting",
        entityId: checked.id,
        action: "create",
        summary: { roundId: round.id, date: checked.meeting_date, theme: checked.theme },
      });
    });
    return this.view(round, checked.id);
  }

  /** Changes the fields given; the others stay as they are. */
  async update(
    actor: Actor,
    organisationId: string,
    roundId: string,
    meetingId: string,
    change: Partial<LearningMeetingInput>,
  ): Promise<LearningMeetingView> {
    const round = await coordinatedRound(this.db, organisationId, roundId);
    const before = await findLearningMeeting(this.db, round.id, meetingId);
    if (!before) throw new NotFoundError("errors.notFound");
    const after = await this.checked(round, { ...before, ...this.fields(change, before), updated_at: now() });
    // Only the fields given are written, so that two people changing different fields keep both changes.
    const columns = {
      date: "meeting_date",
      theme: "theme",
      notes: "notes",
      participants: "participants",
    } as const satisfies Record<keyof LearningMeetingInput, keyof LearningMeetingRow>;
    const written = Object.fromEntries(
      (Object.keys(columns) as (keyof LearningMeetingInput)[])
        .filter((field) => change[field] !== undefined)
        .map((field) => [columns[field], after[columns[field]]]),
    );
    await this.db.transaction().execute(async (trx) => {
      await updateLearningMeeting(trx, { id: meetingId, ...written, updated_at: after.updated_at });
      await audit(trx, actor, {
        organisationId,
        entityType: "learning_meeting",
        entityId: meetingId,
        action: "update",
        summary: { roundId: round.id, change },
      });
    });
    return this.view(round, meetingId);
  }

  /** A member records what it learnt at a meeting; only members of the round can. */
  async addLesson(
    actor: Actor,
    organisationId: string,
    roundId: string,
    meetingId: string,
    text: string,
  ): Promise<LessonView> {
    const { round } = await membership(this.db, organisationId, roundId);
    if (!(await findLearningMeeting(this.db, round.id, meetingId))) throw new NotFoundError("errors.notFound");
    const lesson = text.trim();
    if (lesson === "") throw new InvalidInputError("networks.errors.emptyLesson");
    const id = newId();
    const createdAt = now();
    await this.db.transaction().execute(async (trx) => {
      await insertLesson(trx, {
        id,
        learning_meeting_id: meetingId,
        organisation_id: organisationId,
        text: lesson,
        created_by: actor.userId,
        created_at: createdAt,
      });
      await audit(trx, actor, {
        organisationId,
        entityType: "learning_meeting",
        entityId: meetingId,
        action: "lesson_added",
        summary: { roundId: round.id, lessonId: id },
      });
    });
    const names = await namesInRound(this.db, round);
    return { id, organisationId, organisationName: names.get(organisationId) ?? "", text: lesson, createdAt };
  }

  private fields(input: Partial<LearningMeetingInput>, base: LearningMeetingRow) {
    return {
      meeting_date: input.date ?? base.meeting_date,
      theme: input.theme === undefined ? base.theme : canonicalTheme(input.theme),
      notes: input.notes === undefined ? base.notes : input.notes.trim(),
      participants: input.participants === undefined ? base.participants : JSON.stringify(merged(input.participants)),
    };
  }

  /** A theme, a date within the round, and participants who are in the round (coordinator, members, mentors). */
  private async checked(round: NetworkRoundWithCoordinatorRow, row: LearningMeetingRow): Promise<LearningMeetingRow> {
    if (row.theme === "") throw new InvalidInputError("networks.errors.emptyTheme");
    if (row.meeting_date < round.starts_on || row.meeting_date > round.ends_on) {
      throw new InvalidInputError("networks.errors.meetingOutsideRound", { from: round.starts_on, to: round.ends_on });
    }
    const names = await namesInRound(this.db, round);
    for (const participant of JSON.parse(row.participants) as StoredParticipant[]) {
      if (names.has(participant.organisationId)) continue;
      const outsider = await findOrganisation(this.db, participant.organisationId);
      if (!outsider) throw new InvalidInputError("networks.errors.unknownOrganisation");
      throw new InvalidInputError("networks.errors.notInRound", { name: outsider.name });
    }
    return row;
  }

  private async view(round: NetworkRoundWithCoordinatorRow, meetingId: string): Promise<LearningMeetingView> {
    const meeting = await findLearningMeeting(this.db, round.id, meetingId);
    if (!meeting) throw new Error("learning meeting vanished after commit");
    const [names, lessons] = await Promise.all([
      participantNames(this.db, [meeting]),
      listLessonsOfRound(this.db, round.id),
    ]);
    return toLearningMeetingView(meeting, names, lessons);
  }
}

/** One entry per organisation, roles trimmed and each once, in the order given. */
function merged(participants: readonly StoredParticipant[]): StoredParticipant[] {
  const byOrganisation = new Map<string, string[]>();
  for (const participant of participants) {
    const roles = byOrganisation.get(participant.organisationId) ?? [];
    for (const role of participant.roles.map((r) => r.trim()).filter((r) => r !== "")) {
      if (!roles.includes(role)) roles.push(role);
    }
    byOrganisation.set(participant.organisationId, roles);
  }
  return [...byOrganisation].map(([organisationId, roles]) => ({ organisationId, roles }));
}
