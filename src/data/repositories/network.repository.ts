import type { Selectable } from "kysely";
import type { NetworkRoundTable, RoundGroupTable, RoundMemberTable, RoundMentorTable } from "../schema.js";
import type { Executor } from "./executor.js";

export type NetworkRoundRow = Selectable<NetworkRoundTable>;
export type RoundGroupRow = Selectable<RoundGroupTable>;
export type RoundMemberRow = Selectable<RoundMemberTable>;
export type RoundMentorRow = Selectable<RoundMentorTable>;

/** A member or mentor with its organisation's name. */
export type NamedRoundMemberRow = RoundMemberRow & { readonly name: string };
export type NamedRoundMentorRow = RoundMentorRow & { readonly name: string };

/** A round with the name of its coordinating organisation. */
export type NetworkRoundWithCoordinatorRow = NetworkRoundRow & { readonly coordinator_name: string };

export function insertRound(db: Executor, row: NetworkRoundRow) {
  return db.insertInto("network_rounds").values(row).execute();
}

/** A round by id, whoever coordinates it; callers decide whether the asking organisation may see it. */
export function findRound(db: Executor, roundId: string): Promise<NetworkRoundWithCoordinatorRow | undefined> {
  return db
    .selectFrom("network_rounds")
    .innerJoin("organisations", "organisations.id", "network_rounds.organisation_id")
    .selectAll("network_rounds")
    .select("organisations.name as coordinator_name")
    .where("network_rounds.id", "=", roundId)
    .executeTakeFirst();
}

/**
 * The rounds an organisation coordinates, is a member of or mentors, with its own group's
 * name where it is a member; newest first.
 */
export function listRoundsOfOrganisation(db: Executor, organisationId: string) {
  return db
    .selectFrom("network_rounds")
    .innerJoin("organisations", "organisations.id", "network_rounds.organisation_id")
    .leftJoin("round_members", (join) =>
      join
        .onRef("round_members.round_id", "=", "network_rounds.id")
        .on("round_members.organisation_id", "=", organisationId),
    )
    .leftJoin("round_mentors", (join) =>
      join
        .onRef("round_mentors.round_id", "=", "network_rounds.id")
        .on("round_mentors.organisation_id", "=", organisationId),
    )
    .leftJoin("round_groups", "round_groups.id", "round_members.group_id")
    .selectAll("network_rounds")
    .select([
      "organisations.name as coordinator_name",
      "round_members.organisation_id as member_id",
      "round_mentors.organisation_id as mentor_id",
      "round_groups.name as group_name",
    ])
    .where((eb) =>
      eb.or([
        eb("network_rounds.organisation_id", "=", organisationId),
        eb("round_members.organisation_id", "is not", null),
        eb("round_mentors.organisation_id", "is not", null),
      ]),
    )
    .orderBy("network_rounds.starts_on", "desc")
    .orderBy("network_rounds.id")
    .execute();
}

/** The rounds an organisation took part in as a member, for the mentor rule. */
export function listRoundsAsMember(db: Executor, organisationId: string): Promise<NetworkRoundRow[]> {
  return db
    .selectFrom("network_rounds")
    .innerJoin("round_members", "round_members.round_id", "network_rounds.id")
    .selectAll("network_rounds")
    .where("round_members.organisation_id", "=", organisationId)
    .execute();
}

export function insertGroup(db: Executor, row: RoundGroupRow) {
  return db.insertInto("round_groups").values(row).execute();
}

export function listGroups(db: Executor, roundId: string): Promise<RoundGroupRow[]> {
  return db.selectFrom("round_groups").selectAll().where("round_id", "=", roundId).orderBy("name").execute();
}

export function insertMember(db: Executor, row: RoundMemberRow) {
  return db.insertInto("round_members").values(row).execute();
}

export function findMember(db: Executor, roundId: string, organisationId: string): Promise<RoundMemberRow | undefined> {
  return db
    .selectFrom("round_members")
    .selectAll()
    .where("round_id", "=", roundId)
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
}

/** The members of a round by organisation name. */
export function listMembers(db: Executor, roundId: string): Promise<NamedRoundMemberRow[]> {
  return db
    .selectFrom("round_members")
    .innerJoin("organisations", "organisations.id", "round_members.organisation_id")
    .selectAll("round_members")
    .select("organisations.name")
    .where("round_members.round_id", "=", roundId)
    .orderBy("organisations.name")
    .execute();
}

/** Returns false when the organisation was not a member. */
export async function deleteMember(db: Executor, roundId: string, organisationId: string): Promise<boolean> {
  const result = await db
    .deleteFrom("round_members")
    .where("round_id", "=", roundId)
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export function updateMemberGroup(db: Executor, roundId: string, organisationId: string, groupId: string | null) {
  return db
    .updateTable("round_members")
    .set({ group_id: groupId })
    .where("round_id", "=", roundId)
    .where("organisation_id", "=", organisationId)
    .execute();
}

export function updateMemberSharing(
  db: Executor,
  change: { roundId: string; organisationId: string; level: string; includeComments: boolean },
) {
  return db
    .updateTable("round_members")
    .set({ sharing_level: change.level, share_comments: change.includeComments ? 1 : 0 })
    .where("round_id", "=", change.roundId)
    .where("organisation_id", "=", change.organisationId)
    .execute();
}

export function insertMentor(db: Executor, row: RoundMentorRow) {
  return db.insertInto("round_mentors").values(row).execute();
}

export function findMentor(db: Executor, roundId: string, organisationId: string): Promise<RoundMentorRow | undefined> {
  return db
    .selectFrom("round_mentors")
    .selectAll()
    .where("round_id", "=", roundId)
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
}

export function listMentors(db: Executor, roundId: string): Promise<NamedRoundMentorRow[]> {
  return db
    .selectFrom("round_mentors")
    .innerJoin("organisations", "organisations.id", "round_mentors.organisation_id")
    .selectAll("round_mentors")
    .select("organisations.name")
    .where("round_mentors.round_id", "=", roundId)
    .orderBy("organisations.name")
    .execute();
}

export function updateMentor(
  db: Executor,
  change: { roundId: string; organisationId: string; themes: string; learningMeetingIds: string },
) {
  return db
    .updateTable("round_mentors")
    .set({ themes: change.themes, learning_meeting_ids: change.learningMeetingIds })
    .where("round_id", "=", change.roundId)
    .where("organisation_id", "=", change.organisationId)
    .execute();
}

/** Returns false when the organisation was not a mentor. */
export async function deleteMentor(db: Executor, roundId: string, organisationId: string): Promise<boolean> {
  const result = await db
    .deleteFrom("round_mentors")
    .where("round_id", "=", roundId)
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Every organisation but one, by name: those a coordinator may invite. */
export function listOrganisationsExcept(db: Executor, organisationId: string) {
  return db
    .selectFrom("organisations")
    .select(["id", "name", "kind"])
    .where("id", "!=", organisationId)
    .orderBy("name")
    .execute();
}

/** The names of the given organisations by id (none for an empty list). */
export async function organisationNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom("organisations").select(["id", "name"]).where("id", "in", ids).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}
