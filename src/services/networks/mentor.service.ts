import { ConflictError, canonicalTheme, InvalidInputError, mayMentor, NotFoundError } from "../../core/index.js";
import {
  deleteMentor,
  type Executor,
  findMentor,
  findOrganisation,
  insertMentor,
  isUniqueViolation,
  listLearningMeetings,
  listMentors,
  listRoundsAsMember,
  now,
  updateMentor,
} from "../../data/index.js";
import type { Actor } from "../actor.js";
import { audit } from "../audit.js";
import { coordinatedRound } from "./round-access.js";
import { type RoundMentorView, toMentorView } from "./round-view.js";

export interface MentorLinks {
  /** Free-text themes it supports (the usual ones are offered). */
  readonly themes: readonly string[];
  /** Learning meetings of the round it supports. */
  readonly learningMeetingIds: readonly string[];
}

/**
 * Mentors: organisations that finished a round (took part in one that ended before this
 * one starts) support a later one, linked to the themes and learning meetings they support.
 */
export class MentorService {
  constructor(private readonly db: Executor) {}

  async add(
    actor: Actor,
    organisationId: string,
    roundId: string,
    mentorId: string,
    links: MentorLinks,
  ): Promise<RoundMentorView> {
    const round = await coordinatedRound(this.db, organisationId, roundId);
    if (mentorId === organisationId) throw new InvalidInputError("networks.errors.coordinatorNotMember");
    const mentor = await findOrganisation(this.db, mentorId);
    if (!mentor) throw new InvalidInputError("networks.errors.unknownOrganisation");
    const earlier = (await listRoundsAsMember(this.db, mentorId))
      .filter((other) => other.id !== round.id)
      .map((other) => ({ endsOn: other.ends_on }));
    if (!mayMentor(earlier, round.starts_on)) {
      throw new InvalidInputError("networks.errors.mentorNotFinished", { name: mentor.name, date: round.starts_on });
    }
    const stored = await this.checkedLinks(round.id, links);
    try {
      await this.db.transaction().execute(async (trx) => {
        await insertMentor(trx, {
          round_id: round.id,
          organisation_id: mentorId,
          themes: JSON.stringify(stored.themes),
          learning_meeting_ids: JSON.stringify(stored.learningMeetingIds),
          created_at: now(),
        });
        await audit(trx, actor, {
          organisationId,
          entityType: "network_round",
          entityId: round.id,
          action: "mentor_added",
          summary: { organisationId: mentorId, name: mentor.name, ...stored },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError("networks.errors.alreadyMentor", { name: mentor.name });
      throw error;
    }
    return this.mentor(round.id, mentorId);
  }

  /** Changes the themes and meetings a mentor is linked to (meetings are often planned after mentors are chosen). */
  async update(
    actor: Actor,
    organisationId: string,
    roundId: string,
    mentorId: string,
    links: MentorLinks,
  ): Promise<RoundMentorView> {
    const round = await coordinatedRound(this.db, organisationId, roundId);
    const stored = await this.checkedLinks(round.id, links);
    await this.db.transaction().execute(async (trx) => {
      if (!(await findMentor(trx, round.id, mentorId))) throw new NotFoundError("errors.notFound");
      await updateMentor(trx, {
        roundId: round.id,
        organisationId: mentorId,
        themes: JSON.stringify(stored.themes),
        learningMeetingIds: JSON.stringify(stored.learningMeetingIds),
      });
      await audit(trx, actor, {
        organisationId,
        entityType: "network_round",
        entityId: round.id,
        action: "mentor_updated",
        summary: { organisationId: mentorId, ...stored },
      });
    });
    return this.mentor(round.id, mentorId);
  }

  async remove(actor: Actor, organisationId: string, roundId: string, mentorId: string): Promise<void> {
    const round = await coordinatedRound(this.db, organisationId, roundId);
    await this.db.transaction().execute(async (trx) => {
      if (!(await deleteMentor(trx, round.id, mentorId))) throw new NotFoundError("errors.notFound");
      await audit(trx, actor, {
        organisationId,
        entityType: "network_round",
        entityId: round.id,
        action: "mentor_removed",
        summary: { organisationId: mentorId },
      });
    });
  }

  /** Themes as stored (usual ones by their Swedish name), blank and repeated ones dropped; every meeting must be one of the round's. */
  private async checkedLinks(roundId: string, links: MentorLinks): Promise<MentorLinks> {
    const meetings = new Set((await listLearningMeetings(this.db, roundId)).map((meeting) => meeting.id));
    if (links.learningMeetingIds.some((id) => !meetings.has(id))) {
      throw new InvalidInputError("networks.errors.unknownMeeting");
    }
    const themes = [...new Set(links.themes.map(canonicalTheme).filter((theme) => theme !== ""))];
    return { themes, learningMeetingIds: [...new Set(links.learningMeetingIds)] };
  }

  private async mentor(roundId: string, mentorId: string): Promise<RoundMentorView> {
    const mentor = (await listMentors(this.db, roundId)).find((row) => row.organisation_id === mentorId);
    if (!mentor) throw new Error("mentor vanished after commit");
    return toMentorView(mentor);
  }
}
