import type { SharingLevel } from "../../core/index.js";
import { apiRequest } from "./client.js";
import type {
  Candidate,
  ChecklistOption,
  Comparison,
  LearningMeeting,
  LearningMeetingInput,
  Lesson,
  MemberSharing,
  Movement,
  NewMentor,
  NewRound,
  Round,
  RoundGroup,
  RoundMember,
  RoundMentor,
  RoundSummary,
} from "./network-types.js";

/**
 * The API calls of network rounds, learning meetings, mentors, sharing and comparisons
 * (see src/http/routes/network.routes.ts). `orgId` is the organisation the user works in:
 * the coordinator's for managing a round, the member's own for its sharing and comparison.
 * Each function resolves to the answer or rejects with ApiError.
 */

const part = encodeURIComponent;
const rounds = (orgId: string) => `/organisations/${part(orgId)}/network-rounds`;
const round = (orgId: string, roundId: string) => `${rounds(orgId)}/${part(roundId)}`;

export async function listRounds(orgId: string, signal?: AbortSignal): Promise<readonly RoundSummary[]> {
  const answer = await apiRequest<{ rounds: RoundSummary[] }>("GET", rounds(orgId), undefined, signal);
  return answer.rounds;
}

/** Every organisation but the coordinator's own, to invite or to make mentors. */
export async function listCandidates(orgId: string, signal?: AbortSignal): Promise<readonly Candidate[]> {
  const answer = await apiRequest<{ organisations: Candidate[] }>(
    "GET",
    `/organisations/${part(orgId)}/network-candidates`,
    undefined,
    signal,
  );
  return answer.organisations;
}

/** The checklists a round can be run on (built-in ones and the organisation's own). */
export async function listChecklists(signal?: AbortSignal): Promise<readonly ChecklistOption[]> {
  const answer = await apiRequest<{ checklists: ChecklistOption[] }>("GET", "/checklists", undefined, signal);
  return answer.checklists;
}

export function createRound(orgId: string, input: NewRound): Promise<Round> {
  return apiRequest<Round>("POST", rounds(orgId), input);
}

export function getRound(orgId: string, roundId: string, signal?: AbortSignal): Promise<Round> {
  return apiRequest<Round>("GET", round(orgId, roundId), undefined, signal);
}

export function inviteMember(orgId: string, roundId: string, organisationId: string): Promise<RoundMember> {
  return apiRequest<RoundMember>("POST", `${round(orgId, roundId)}/members`, { organisationId });
}

export function removeMember(orgId: string, roundId: string, memberId: string): Promise<void> {
  return apiRequest<void>("DELETE", `${round(orgId, roundId)}/members/${part(memberId)}`);
}

export function createGroup(orgId: string, roundId: string, name: string): Promise<Pick<RoundGroup, "id" | "name">> {
  return apiRequest("POST", `${round(orgId, roundId)}/groups`, { name });
}

/** Puts a member in a group, or out of every group with null. */
export function placeMember(
  orgId: string,
  roundId: string,
  memberId: string,
  groupId: string | null,
): Promise<RoundMember> {
  return apiRequest<RoundMember>("PUT", `${round(orgId, roundId)}/members/${part(memberId)}/group`, { groupId });
}

export function createLearningMeeting(
  orgId: string,
  roundId: string,
  input: LearningMeetingInput,
): Promise<LearningMeeting> {
  return apiRequest<LearningMeeting>("POST", `${round(orgId, roundId)}/learning-meetings`, input);
}

export function updateLearningMeeting(
  orgId: string,
  roundId: string,
  meetingId: string,
  change: Partial<LearningMeetingInput>,
): Promise<LearningMeeting> {
  return apiRequest<LearningMeeting>("PATCH", `${round(orgId, roundId)}/learning-meetings/${part(meetingId)}`, change);
}

/** The member organisation's own lesson from a learning meeting. */
export function addLesson(orgId: string, roundId: string, meetingId: string, text: string): Promise<Lesson> {
  return apiRequest<Lesson>("POST", `${round(orgId, roundId)}/learning-meetings/${part(meetingId)}/lessons`, { text });
}

/** Refused (mentor_not_finished) unless the organisation finished an earlier round before this one starts. */
export function addMentor(orgId: string, roundId: string, mentor: NewMentor): Promise<RoundMentor> {
  return apiRequest<RoundMentor>("POST", `${round(orgId, roundId)}/mentors`, mentor);
}

/** Ends a mentor's part in the round (`mentorId` is the mentor organisation's id). */
export function removeMentor(orgId: string, roundId: string, mentorId: string): Promise<void> {
  return apiRequest<void>("DELETE", `${round(orgId, roundId)}/mentors/${part(mentorId)}`);
}

/** The member organisation's own consent; only it can set it. */
export function setSharing(
  orgId: string,
  roundId: string,
  sharing: { level: SharingLevel; includeComments: boolean },
): Promise<MemberSharing> {
  return apiRequest<MemberSharing>("PUT", `${round(orgId, roundId)}/sharing`, sharing);
}

/** The member's own items beside its group's and the network's averages; the latest occasion when none is given. */
export function getComparison(
  orgId: string,
  roundId: string,
  occasion: string | null,
  signal?: AbortSignal,
): Promise<Comparison> {
  const query = occasion === null ? "" : `?${new URLSearchParams({ occasion })}`;
  return apiRequest<Comparison>("GET", `${round(orgId, roundId)}/comparison${query}`, undefined, signal);
}

/** The whole round's movement per occasion (coordinator only). */
export function getMovement(orgId: string, roundId: string, signal?: AbortSignal): Promise<Movement> {
  return apiRequest<Movement>("GET", `${round(orgId, roundId)}/movement`, undefined, signal);
}
