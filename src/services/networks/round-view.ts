import { type LocalisedText, NO_SHARING, SHARING_LEVELS, type Sharing, type SharingLevel } from "../../core/index.js";
import {
  type Executor,
  findRoundChecklistDefinition,
  type LearningMeetingRow,
  listGroups,
  listLearningMeetings,
  listLessonsOfRound,
  listMembers,
  listMentors,
  type NamedLearningLessonRow,
  type NamedRoundMemberRow,
  type NamedRoundMentorRow,
  type NetworkRoundWithCoordinatorRow,
  organisationNames,
  type RoundMemberRow,
} from "../../data/index.js";
import type { RoundRelation } from "./round-access.js";

/** The shapes the network services answer with; the HTTP layer passes them on unchanged. */

export interface OrganisationRef {
  readonly id: string;
  readonly name: string;
}

export interface RoundSummaryView {
  readonly id: string;
  readonly name: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly checklistId: string;
  readonly coordinator: OrganisationRef;
  readonly relation: RoundRelation;
  readonly groupName: string | null;
}

export interface RoundMemberView {
  readonly organisationId: string;
  readonly name: string;
  readonly groupId: string | null;
  readonly sharing: Sharing;
}

export interface RoundMentorView {
  readonly organisationId: string;
  readonly name: string;
  readonly themes: readonly string[];
  readonly learningMeetingIds: readonly string[];
}

export interface LessonView {
  readonly id: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly text: string;
  readonly createdAt: string;
}

export interface LearningMeetingView {
  readonly id: string;
  readonly date: string;
  readonly theme: string;
  readonly notes: string;
  readonly participants: readonly {
    readonly organisationId: string;
    readonly name: string;
    readonly roles: readonly string[];
  }[];
  readonly lessons: readonly LessonView[];
}

export interface RoundView {
  readonly id: string;
  readonly name: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly checklist: { readonly id: string; readonly name: LocalisedText };
  readonly coordinator: OrganisationRef;
  readonly relation: RoundRelation;
  readonly groups: readonly {
    readonly id: string;
    readonly name: string;
    readonly members: readonly { readonly organisationId: string; readonly name: string }[];
  }[];
  readonly members: readonly RoundMemberView[];
  readonly mentors: readonly RoundMentorView[];
  readonly learningMeetings: readonly LearningMeetingView[];
}

/** Who took part in a learning meeting, as stored: organisations and their roles. */
export interface StoredParticipant {
  readonly organisationId: string;
  readonly roles: readonly string[];
}

/** A member's consent as stored; anything unreadable counts as no consent. */
export function sharingOf(member: Pick<RoundMemberRow, "sharing_level" | "share_comments">): Sharing {
  const level = member.sharing_level as SharingLevel;
  if (!SHARING_LEVELS.includes(level) || level === "none") return NO_SHARING;
  return { level, includeComments: member.share_comments === 1 };
}

export function toMemberView(member: NamedRoundMemberRow): RoundMemberView {
  return {
    organisationId: member.organisation_id,
    name: member.name,
    groupId: member.group_id,
    sharing: sharingOf(member),
  };
}

export function toMentorView(mentor: NamedRoundMentorRow): RoundMentorView {
  return {
    organisationId: mentor.organisation_id,
    name: mentor.name,
    themes: JSON.parse(mentor.themes) as string[],
    learningMeetingIds: JSON.parse(mentor.learning_meeting_ids) as string[],
  };
}

export function toLessonView(lesson: NamedLearningLessonRow): LessonView {
  return {
    id: lesson.id,
    organisationId: lesson.organisation_id,
    organisationName: lesson.organisation_name,
    text: lesson.text,
    createdAt: lesson.created_at,
  };
}

export function toLearningMeetingView(
  meeting: LearningMeetingRow,
  names: ReadonlyMap<string, string>,
  lessons: readonly NamedLearningLessonRow[],
): LearningMeetingView {
  const participants = JSON.parse(meeting.participants) as StoredParticipant[];
  return {
    id: meeting.id,
    date: meeting.meeting_date,
    theme: meeting.theme,
    notes: meeting.notes,
    participants: participants.map((p) => ({
      organisationId: p.organisationId,
      name: names.get(p.organisationId) ?? "",
      roles: p.roles,
    })),
    lessons: lessons.filter((lesson) => lesson.learning_meeting_id === meeting.id).map(toLessonView),
  };
}

/**
 * The names of everyone who took part in the meetings, by id: also of organisations that
 * have since left the round, whose participation stays on record.
 */
export function participantNames(db: Executor, meetings: readonly LearningMeetingRow[]): Promise<Map<string, string>> {
  const ids = meetings.flatMap((meeting) =>
    (JSON.parse(meeting.participants) as StoredParticipant[]).map((p) => p.organisationId),
  );
  return organisationNames(db, [...new Set(ids)]);
}

/** The names of the organisations taking part in a round: coordinator, members and mentors. */
export async function namesInRound(db: Executor, round: NetworkRoundWithCoordinatorRow): Promise<Map<string, string>> {
  const [members, mentors] = await Promise.all([listMembers(db, round.id), listMentors(db, round.id)]);
  return new Map([
    [round.organisation_id, round.coordinator_name],
    ...members.map((m) => [m.organisation_id, m.name] as const),
    ...mentors.map((m) => [m.organisation_id, m.name] as const),
  ]);
}

/** The whole round as the organisation looking at it sees it. */
export async function buildRoundView(
  db: Executor,
  round: NetworkRoundWithCoordinatorRow,
  relation: RoundRelation,
): Promise<RoundView> {
  const [groups, members, mentors, meetings, lessons, checklist] = await Promise.all([
    listGroups(db, round.id),
    listMembers(db, round.id),
    listMentors(db, round.id),
    listLearningMeetings(db, round.id),
    listLessonsOfRound(db, round.id),
    findRoundChecklistDefinition(db, round.checklist_id),
  ]);
  const names = await participantNames(db, meetings);
  const checklistName = checklist
    ? (JSON.parse(checklist.definition) as { name: LocalisedText }).name
    : { sv: "", en: "" };
  return {
    id: round.id,
    name: round.name,
    startsOn: round.starts_on,
    endsOn: round.ends_on,
    checklist: { id: round.checklist_id, name: checklistName },
    coordinator: { id: round.organisation_id, name: round.coordinator_name },
    relation,
    groups: groups.map((group) => ({
      id: group.id,
      name: group.name,
      members: members
        .filter((member) => member.group_id === group.id)
        .map((member) => ({ organisationId: member.organisation_id, name: member.name })),
    })),
    members: members.map(toMemberView),
    mentors: mentors.map(toMentorView),
    learningMeetings: meetings.map((meeting) => toLearningMeetingView(meeting, names, lessons)),
  };
}
