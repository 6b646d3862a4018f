import { type AssessmentSum, type ItemScore, sumOfScores } from "./assessment-sum.js";
import { averageSum, type ItemAverage, itemAverages } from "./item-averages.js";
import { compareOccasions, occasionKey } from "./occasions.js";
import { mayCompareAt, type Sharing, type Viewer, visibilityFor } from "./sharing.js";

/**
 * The comparisons of a network round, computed from the members' assessments and their
 * consent alone (pure: the network service loads, this decides). The rule everywhere: an
 * organisation's figures reach a viewer only through `visibilityFor`, its comments only
 * with "scores_and_comments", and a viewer compares at a scope only while it shares at
 * that scope itself (give to get).
 */

/** One assessment of a member, with its scores in item order of the checklist version it was scored on. */
export interface OccasionAssessment {
  readonly occasion: string;
  readonly date: string;
  readonly checklistVersionId: string;
  readonly scores: readonly ItemScore[];
  /** The items that carry a comment or evidence text. */
  readonly notes: readonly ItemNote[];
}

export interface ItemNote {
  readonly no: number;
  readonly comment: string;
  readonly evidenceText: string;
}

export interface MemberAssessments {
  readonly organisationId: string;
  readonly name: string;
  readonly groupId: string | null;
  readonly sharing: Sharing;
  readonly assessments: readonly OccasionAssessment[];
}

export interface OccasionScores {
  readonly occasion: string;
  readonly date: string;
  readonly scores: readonly ItemScore[];
  readonly sum: AssessmentSum;
}

export type ScopeComparison =
  | {
      readonly available: true;
      /** How many organisations the averages are over, the viewer included. */
      readonly organisations: number;
      readonly averages: readonly ItemAverage[];
      readonly averageSum: number | null;
    }
  | { readonly available: false; readonly reason: "not_sharing" | "no_group" | "no_data" };

export interface SharedAssessment extends OccasionScores {
  readonly organisationId: string;
  readonly name: string;
  readonly comments: readonly ItemNote[] | null;
}

export interface Comparison {
  readonly occasion: string | null;
  readonly occasions: readonly string[];
  readonly own: OccasionScores | null;
  readonly group: ScopeComparison;
  readonly network: ScopeComparison;
  readonly shared: readonly SharedAssessment[];
}

export interface ComparisonInput {
  /** The member looking; it must be one of `members`. */
  readonly viewerId: string;
  readonly members: readonly MemberAssessments[];
  /** The occasion asked for; null for the viewer's latest. */
  readonly occasion: string | null;
  /** The version compared when the viewer has no assessment on the occasion: the checklist's latest. */
  readonly latestVersion: { readonly id: string; readonly itemCount: number };
}

/**
 * A member's own items on an occasion beside its group's and the network's averages, and
 * the assessments others share with it. Comparison is by occasion name; only assessments
 * on the same checklist version as the viewer's own are compared (another edition's items
 * need not mean the same). An average needs at least one other organisation, or it would
 * only repeat the viewer's own figures.
 */
export function memberComparison(input: ComparisonInput): Comparison {
  const viewer = input.members.find((member) => member.organisationId === input.viewerId);
  if (!viewer) throw new Error("the viewer is not a member of the round");
  const ownSorted = [...viewer.assessments].sort(compareOccasions);
  const wanted = input.occasion ?? ownSorted.at(-1)?.occasion ?? null;
  if (wanted === null) {
    return {
      occasion: null,
      occasions: [],
      own: null,
      group: unavailableScope(viewer, "group") ?? { available: false, reason: "no_data" },
      network: unavailableScope(viewer, "network") ?? { available: false, reason: "no_data" },
      shared: [],
    };
  }
  const key = occasionKey(wanted);
  const ownAssessment = assessmentAt(viewer, key);
  const versionId = ownAssessment?.checklistVersionId ?? input.latestVersion.id;
  const itemCount = ownAssessment?.scores.length ?? input.latestVersion.itemCount;
  const at = (member: MemberAssessments) => {
    const found = assessmentAt(member, key);
    return found && found.checklistVersionId === versionId ? found : undefined;
  };
  const others = input.members.filter((member) => member.organisationId !== viewer.organisationId);
  const sameGroup = (member: MemberAssessments) => viewer.groupId !== null && member.groupId === viewer.groupId;

  const scope = (name: "group" | "network", contributors: readonly MemberAssessments[]): ScopeComparison => {
    const refused = unavailableScope(viewer, name);
    if (refused) return refused;
    const theirs = contributors.flatMap((member) => at(member) ?? []);
    if (theirs.length === 0) return { available: false, reason: "no_data" };
    const all = ownAssessment ? [ownAssessment, ...theirs] : theirs;
    return {
      available: true,
      organisations: all.length,
      averages: itemAverages(
        all.map((a) => a.scores),
        itemCount,
      ),
      averageSum: averageSum(all.map((a) => sumOfScores(a.scores))),
    };
  };

  const shared = others.flatMap((member): SharedAssessment[] => {
    const viewerKind: Viewer = sameGroup(member) ? "same_group" : "other_group";
    const visibility = visibilityFor(member.sharing, viewerKind);
    const given = mayCompareAt(viewer.sharing.level, viewerKind === "same_group" ? "group" : "network");
    const assessment = at(member);
    if (visibility === "nothing" || !given || !assessment) return [];
    return [
      {
        organisationId: member.organisationId,
        name: member.name,
        ...scoresOf(assessment),
        comments: visibility === "scores_and_comments" ? assessment.notes : null,
      },
    ];
  });

  return {
    occasion: ownAssessment?.occasion ?? wanted.trim(),
    occasions: ownSorted.map((assessment) => assessment.occasion),
    own: ownAssessment ? scoresOf(ownAssessment) : null,
    group: scope(
      "group",
      others.filter((member) => sameGroup(member) && visibilityFor(member.sharing, "same_group") !== "nothing"),
    ),
    // The network average is the same for everyone: only those who share with the whole network.
    network: scope(
      "network",
      others.filter((member) => visibilityFor(member.sharing, "other_group") !== "nothing"),
    ),
    shared,
  };
}

export interface MovementOccasion {
  readonly occasion: string;
  /** Members that recorded the occasion, sharing or not. */
  readonly recorded: number;
  /** The mean sum over the complete assessments of members that share with the network. */
  readonly averageSum: number | null;
  readonly organisations: readonly {
    readonly organisationId: string;
    readonly name: string;
    readonly sum: number;
    readonly complete: boolean;
  }[];
}

/**
 * The round's movement per occasion as its coordinator sees it: how many recorded each
 * occasion (a count reveals no one's figures), and the sums of those who share with the
 * whole network, with their mean. Occasions in the order they were first held.
 */
export function roundMovement(members: readonly MemberAssessments[]): { occasions: MovementOccasion[] } {
  const byKey = new Map<
    string,
    { occasion: string; date: string; entries: { member: MemberAssessments; sum: AssessmentSum }[] }
  >();
  for (const member of members) {
    for (const assessment of member.assessments) {
      const key = occasionKey(assessment.occasion);
      const entry = byKey.get(key) ?? { occasion: assessment.occasion, date: assessment.date, entries: [] };
      if (assessment.date < entry.date) Object.assign(entry, { occasion: assessment.occasion, date: assessment.date });
      entry.entries.push({ member, sum: sumOfScores(assessment.scores) });
      byKey.set(key, entry);
    }
  }
  const occasions = [...byKey.values()].sort(compareOccasions).map((entry) => {
    const visible = entry.entries.filter(({ member }) => visibilityFor(member.sharing, "coordinator") !== "nothing");
    return {
      occasion: entry.occasion,
      recorded: new Set(entry.entries.map(({ member }) => member.organisationId)).size,
      averageSum: averageSum(visible.map(({ sum }) => sum)),
      organisations: visible.map(({ member, sum }) => ({
        organisationId: member.organisationId,
        name: member.name,
        sum: sum.sum,
        complete: sum.complete,
      })),
    };
  });
  return { occasions };
}

/** Why the viewer may not compare at the scope, or undefined when it may. */
function unavailableScope(viewer: MemberAssessments, scope: "group" | "network"): ScopeComparison | undefined {
  if (scope === "group" && viewer.groupId === null) return { available: false, reason: "no_group" };
  if (!mayCompareAt(viewer.sharing.level, scope)) return { available: false, reason: "not_sharing" };
  return undefined;
}

function assessmentAt(member: MemberAssessments, key: string): OccasionAssessment | undefined {
  return member.assessments.find((assessment) => occasionKey(assessment.occasion) === key);
}

function scoresOf(assessment: OccasionAssessment): OccasionScores {
  return {
    occasion: assessment.occasion,
    date: assessment.date,
    scores: assessment.scores,
    sum: sumOfScores(assessment.scores),
  };
}
