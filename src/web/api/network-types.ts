import type { ChecklistDefinition, LocalisedText, SharingLevel } from "../../core/index.js";

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

/** A sum of scores: how many of the items it covers, and whether every item was scored. */
export interface ScoreSum {
  readonly sum: number;
  readonly scoredItems: number;
  readonly itemCount: number;
  readonly complete: boolean;
}

/** One organisation's assessment on an occasion. */
export interface OccasionScores {
  readonly occasion: string;
  readonly date: string;
  readonly scores: readonly (number | null)[];
  readonly sum: ScoreSum;
}

/** Why a comparison cannot be shown. */
export type UnavailableReason = "not_sharing" | "no_group" | "no_data";

/** The average of a group or of the network, over the organisations that consented. */
export type ScopeComparison =
  | {
      readonly available: true;
      /** How many organisations the averages are over. */
      readonly organisations: number;
      /** Per item, in item order; `average` is null where no one scored the item. */
      readonly averages: readonly { readonly average: number | null; readonly organisations: number }[];
      readonly averageSum: number | null;
    }
  | { readonly available: false; readonly reason: UnavailableReason };

/** Another organisation's assessment, shared with the viewer by its consent. */
export interface SharedAssessment extends OccasionScores {
  readonly organisationId: string;
  readonly name: string;
  /** Present only when that organisation shares its comments and evidence too. */
  readonly comments: readonly { readonly no: number; readonly comment: string; readonly evidenceText: string }[] | null;
}

export interface Comparison {
  /** The occasion compared (the latest of the organisation's own when none was asked for). */
  readonly occasion: string | null;
  /** The organisation's own occasions on the round's checklist. */
  readonly occasions: readonly string[];
  readonly own: OccasionScores | null;
  readonly group: ScopeComparison;
  readonly network: ScopeComparison;
  readonly shared: readonly SharedAssessment[];
}

/** The round's movement on one occasion, as the coordinator sees it. */
export interface MovementOccasion {
  readonly occasion: string;
  /** How many members recorded the occasion (all of them, sharing or not). */
  readonly recorded: number;
  /** Average sum over the members that share with the whole network; null when none. */
  readonly averageSum: number | null;
  readonly organisations: readonly {
    readonly organisationId: string;
    readonly name: string;
    readonly sum: number;
    /** Whether every item was scored; a sum over fewer items is not comparable as it stands. */
    readonly complete: boolean;
  }[];
}

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
