import { ConflictError, checkRoundDates, defaultRoundEnd, InvalidInputError, NotFoundError } from "../../core/index.js";
import {
  deleteMember,
  type Executor,
  findMember,
  findOrganisation,
  findRoundChecklistDefinition,
  insertGroup,
  insertMember,
  insertRound,
  isUniqueViolation,
  listGroups,
  listMembers,
  listOrganisationsExcept,
  listRoundsOfOrganisation,
  newId,
  now,
  updateMemberGroup,
} from "../../data/index.js";
import { SKR_CHECKLIST_ID } from "../../data/migrations/0003-checklists.js";
import type { Actor } from "../actor.js";
import { audit } from "../audit.js";
import { coordinatedRound, visibleRound } from "./round-access.js";
import {
  buildRoundView,
  type RoundMemberView,
  type RoundSummaryView,
  type RoundView,
  toMemberView,
} from "./round-view.js";

export interface NewRoundInput {
  readonly name: string;
  /** YYYY-MM-DD */
  readonly startsOn: string;
  /** Left out: 18 months after the start (the day before). */
  readonly endsOn?: string | undefined;
  /** Left out: SKR's built-in checklist. */
  readonly checklistId?: string | undefined;
}

/**
 * Network rounds as their coordinator runs them (create, invite, group) and as every
 * organisation in them reads them. `organisationId` is always the organisation acting:
 * the coordinator's for managing, a member's or mentor's own for reading.
 */
export class RoundService {
  constructor(private readonly db: Executor) {}

  /** The rounds the organisation coordinates, is a member of or mentors. */
  async list(organisationId: string): Promise<RoundSummaryView[]> {
    const rows = await listRoundsOfOrganisation(this.db, organisationId);
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      checklistId: row.checklist_id,
      coordinator: { id: row.organisation_id, name: row.coordinator_name },
      relation: row.organisation_id === organisationId ? "coordinator" : row.member_id ? "member" : "mentor",
      groupName: row.member_id ? row.group_name : null,
    }));
  }

  /** Every organisation the coordinator may invite or make a mentor: all but itself. */
  candidates(organisationId: string) {
    return listOrganisationsExcept(this.db, organisationId);
  }

  async create(actor: Actor, organisationId: string, input: NewRoundInput): Promise<RoundView> {
    const name = input.name.trim();
    const endsOn = input.endsOn ?? defaultRoundEnd(input.startsOn);
    const dates = checkRoundDates(input.startsOn, endsOn);
    if (dates.kind === "invalid") throw new InvalidInputError("networks.errors.invalidRoundDates");
    if (dates.kind === "end_before_start") throw new InvalidInputError("networks.errors.roundEndBeforeStart");
    const checklistId = input.checklistId ?? SKR_CHECKLIST_ID;
    if (!(await findRoundChecklistDefinition(this.db, checklistId))) {
      throw new InvalidInputError("networks.errors.unknownChecklist");
    }
    const id = newId();
    try {
      await this.db.transaction().execute(async (trx) => {
        await insertRound(trx, {
          id,
          organisation_id: organisationId,
          name,
          checklist_id: checklistId,
          starts_on: input.startsOn,
          ends_on: endsOn,
          created_at: now(),
        });
        await audit(trx, actor, {
          organisationId,
          entityType: "network_round",
          entityId: id,
          action: "create",
          summary: { name, startsOn: input.startsOn, endsOn, checklistId },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError("networks.errors.duplicateRoundName", { name });
      throw error;
    }
    return this.get(organisationId, id);
  }

  /** The round as the organisation sees it; 404 unless it coordinates, is a member or mentors. */
  async get(organisationId: string, roundId: string): Promise<RoundView> {
    const { round, relation } = await visibleRound(this.db, organisationId, roundId);
    return buildRoundView(this.db, round, relation);
  }

  /** Invites an organisation; it shares nothing until it decides to (none, without comments). */
  async invite(actor: Actor, organisationId: string, roundId: string, memberId: string): Promise<RoundMemberView> {
    const round = await coordinatedRound(this.db, organisationId, roundId);
    if (memberId === organisationId) throw new InvalidInputError("networks.errors.coordinatorNotMember");
    const invited = await findOrganisation(this.db, memberId);
    if (!invited) throw new InvalidInputError("networks.errors.unknownOrganisation");
    try {
      await this.db.transaction().execute(async (trx) => {
        await insertMember(trx, {
          round_id: round.id,
          organisation_id: memberId,
          group_id: null,
          sharing_level: "none",
          share_comments: 0,
          invited_at: now(),
        });
        await audit(trx, actor, {
          organisationId,
          entityType: "network_round",
          entityId: round.id,
          action: "member_added",
          summary: { organisationId: memberId, name: invited.name },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError("networks.errors.alreadyMember", { name: invited.name });
      throw error;
    }
    return this.member(round.id, memberId);
  }

  /** Takes a member out of the round; its lessons from past meetings stay, as the record of what was said. */
  async removeMember(actor: Actor, organisationId: string, roundId: string, memberId: string): Promise<void> {
    const round = await coordinatedRound(this.db, organisationId, roundId);
    await this.db.transaction().execute(async (trx) => {
      if (!(await deleteMember(trx, round.id, memberId))) throw new NotFoundError("errors.notFound");
      await audit(trx, actor, {
        organisationId,
        entityType: "network_round",
        entityId: round.id,
        action: "member_removed",
        summary: { organisationId: memberId },
      });
    });
  }

  async createGroup(actor: Actor, organisationId: string, roundId: string, name: string) {
    const round = await coordinatedRound(this.db, organisationId, roundId);
    const id = newId();
    const trimmed = name.trim();
    try {
      await this.db.transaction().execute(async (trx) => {
        await insertGroup(trx, { id, round_id: round.id, name: trimmed, created_at: now() });
        await audit(trx, actor, {
          organisationId,
          entityType: "network_round",
          entityId: round.id,
          action: "group_created",
          summary: { groupId: id, name: trimmed },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError("networks.errors.duplicateGroupName", { name: trimmed });
      throw error;
    }
    return { id, name: trimmed };
  }

  /** Puts a member in one of the round's groups, or in none (null). */
  async placeMember(
    actor: Actor,
    organisationId: string,
    roundId: string,
    memberId: string,
    groupId: string | null,
  ): Promise<RoundMemberView> {
    const round = await coordinatedRound(this.db, organisationId, roundId);
    await this.db.transaction().execute(async (trx) => {
      const member = await findMember(trx, round.id, memberId);
      if (!member) throw new NotFoundError("errors.notFound");
      if (groupId !== null && !(await listGroups(trx, round.id)).some((group) => group.id === groupId)) {
        throw new InvalidInputError("networks.errors.unknownGroup");
      }
      await updateMemberGroup(trx, round.id, memberId, groupId);
      await audit(trx, actor, {
        organisationId,
        entityType: "network_round",
        entityId: round.id,
        action: "group_assigned",
        summary: { organisationId: memberId, from: member.group_id, to: groupId },
      });
    });
    return this.member(round.id, memberId);
  }

  private async member(roundId: string, memberId: string): Promise<RoundMemberView> {
    const member = (await listMembers(this.db, roundId)).find((row) => row.organisation_id === memberId);
    if (!member) throw new Error("member vanished after commit");
    return toMemberView(member);
  }
}
