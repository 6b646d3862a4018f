import { NotFoundError } from "../../core/index.js";
import {
  type Executor,
  findMember,
  findMentor,
  findRound,
  type NetworkRoundWithCoordinatorRow,
  type RoundMemberRow,
} from "../../data/index.js";

/** How an organisation takes part in a round it may see. */
export type RoundRelation = "coordinator" | "member" | "mentor";

/**
 * The round, if the organisation coordinates it. Anyone else is told it does not exist
 * (404), exactly like a round that does not.
 */
export async function coordinatedRound(
  db: Executor,
  organisationId: string,
  roundId: string,
): Promise<NetworkRoundWithCoordinatorRow> {
  const round = await findRound(db, roundId);
  if (!round || round.organisation_id !== organisationId) throw new NotFoundError("errors.notFound");
  return round;
}

/**
 * The round and the organisation's relation to it: coordinator, member or mentor (a member
 * that also mentors counts as a member). Organisations outside the round get a 404.
 */
export async function visibleRound(
  db: Executor,
  organisationId: string,
  roundId: string,
): Promise<{ round: NetworkRoundWithCoordinatorRow; relation: RoundRelation }> {
  const round = await findRound(db, roundId);
  if (!round) throw new NotFoundError("errors.notFound");
  if (round.organisation_id === organisationId) return { round, relation: "coordinator" };
  if (await findMember(db, roundId, organisationId)) return { round, relation: "member" };
  if (await findMentor(db, roundId, organisationId)) return { round, relation: "mentor" };
  throw new NotFoundError("errors.notFound");
}

/** The round and the organisation's membership; mentors and outsiders get a 404 (only members share and compare). */
export async function membership(
  db: Executor,
  organisationId: string,
  roundId: string,
): Promise<{ round: NetworkRoundWithCoordinatorRow; member: RoundMemberRow }> {
  const round = await findRound(db, roundId);
  const member = round ? await findMember(db, roundId, organisationId) : undefined;
  if (!round || !member) throw new NotFoundError("errors.notFound");
  return { round, member };
}
