/**
 * How widely an organisation shares its assessments in a network round. Nothing is shared
 * until the organisation itself says so; comments and evidence need a consent of their own.
 */
export const SHARING_LEVELS = ["none", "group", "network"] as const;
export type SharingLevel = (typeof SHARING_LEVELS)[number];

export interface Sharing {
  readonly level: SharingLevel;
  /** Whether comments and evidence go with the scores to those who may see them. */
  readonly includeComments: boolean;
}

export const NO_SHARING: Sharing = { level: "none", includeComments: false };

/** Who looks: a member of the same group, a member of another group in the round, or the round's coordinator. */
export type Viewer = "same_group" | "other_group" | "coordinator";

/** What of an organisation's assessments a viewer may see. */
export type Visibility = "nothing" | "scores" | "scores_and_comments";

/** The one rule of consent: the level says who sees scores, `includeComments` whether comments go with them. */
export function visibilityFor(sharing: Sharing, viewer: Viewer): Visibility {
  const reaches = sharing.level === "network" || (sharing.level === "group" && viewer === "same_group");
  if (!reaches) return "nothing";
  return sharing.includeComments ? "scores_and_comments" : "scores";
}

/**
 * Give to get: a member sees the group comparison only while it shares with its group
 * itself, and the network comparison only while it shares with the whole network.
 */
export function mayCompareAt(own: SharingLevel, scope: "group" | "network"): boolean {
  return scope === "group" ? own !== "none" : own === "network";
}
