import type {
  ChecklistDefinition,
  LocalisedText,
  MovementOccasion,
  ScopeComparison,
  SharingLevel,
} from "../../core/index.js";

/**
 * The shapes the network-round API answers with (src/http/routes/network.routes.ts). Dates are
 * YYYY-MM-DD; scores are numbers on the checklist's scale, or null for an item left unscored.
 */

/** How the organisation looking at a round takes part in it. */
export type RoundRelation = "coordinator" | "member" | "mentor";

export interface OrganisationRef {
  readonly id: string;
  readonly name: string;
}

/** A round in the list of the organisation's rounds. */
export interface RoundSummary {
  readonly id: string;
  readonly name: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly checklistId: string;
  readonly coordinator: OrganisationRef;
  readonly relation: RoundRelation;
  /** The organisation's own group in the round; null when it has none (or coordinates). */
  readonly groupName: string | null;
}

/** An organisation that may be invited to a round or made its mentor. */
export interface Candidate {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
}

export interface NewRound {
  readonly name: string;
  readonly startsOn: string;
  /** Left out: 18 months after the start. */
  readonly endsOn?: string;
  /** Left out: SKR's checklist. */
  readonly checklistId?: string;
}

/** Who may see an organisation's assessments in the round, and whether comments and evidence go with them. */
export interface MemberSharing {
  readonly level: SharingLevel;
  readonly includeComments: boolean;
}

export interface RoundGroup {
  readonly id: string;
  readonly name: string;
  readonly members: readonly { readonly organisationId: string; readonly name: string }[];
}

export interface RoundMember {
  readonly organisationId: string;
  readonly name: string;
  readonly groupId: string | null;
  readonly sharing: MemberSharing;
}

export interface RoundMentor {
  readonly organisationId: string;
  readonly name: string;
  readonly themes: readonly string[];
  readonly learningMeetingIds: readonly string[];
}

/** One lesson (lärdom) an organisation drew from a learning meeting. */
export interface Lesson {
  readonly id: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly text: string;
  /** ISO timestamp. */
  readonly createdAt: string;
}

export interface MeetingParticipant {
  readonly organisationId: string;
  readonly name: string;
  /** Free text: "strateg", "förvaltningschef". */
  readonly roles: readonly string[];
}

/** A learning meeting (lärandeträff) of the round. */
export interface LearningMeeting {
  readonly id: string;
  readonly date: string;
  readonly theme: string;
  readonly notes: string;
  readonly participants: readonly MeetingParticipant[];
  readonly lessons: readonly Lesson[];
}

export interface LearningMeetingInput {
  readonly date: string;
  readonly theme: string;
  readonly notes?: string;
  readonly participants?: readonly { readonly organisationId: string; readonly roles: readonly string[] }[];
}

export interface Round {
  readonly id: string;
  readonly name: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly checklist: { readonly id: string; readonly name: LocalisedText };
  readonly coordinator: OrganisationRef;
  readonly relation: RoundRelation;
  readonly groups: readonly RoundGroup[];
  readonly members: readonly RoundMember[];
  readonly mentors: readonly RoundMentor[];
  readonly learningMeetings: readonly LearningMeeting[];
}

export interface NewMentor {
  readonly organisationId: string;
  readonly themes: readonly string[];
  readonly learningMeetingIds: readonly string[];
}

/**
 * The comparison and movement answers are the core's own types (the server computes them with
 * `memberComparison` and `roundMovement`), so the page and the API cannot drift apart.
 */
export type {
  AssessmentSum as ScoreSum,
  Comparison,
  MovementOccasion,
  OccasionScores,
  ScopeComparison,
  SharedAssessment,
} from "../../core/index.js";

/** Why a comparison cannot be shown. */
export type UnavailableReason = Extract<ScopeComparison, { readonly available: false }>["reason"];

export interface Movement {
  readonly occasions: readonly MovementOccasion[];
}

/** A checklist one can start a round on, with the items of its latest version. */
export interface ChecklistOption {
  readonly id: string;
  readonly key: string | null;
  readonly builtIn: boolean;
  readonly latest: { readonly version: number; readonly definition: ChecklistDefinition };
}
