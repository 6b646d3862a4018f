/** Kinds of organisation Jämt serves; a network organiser (such as SKR) runs benchmarking networks. */
export const ORGANISATION_KINDS = ["region", "municipality", "network_organiser", "other"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/**
 * Kinds of political body (nämnd). Fullmäktige is the assembly, styrelsen the executive
 * board, a nämnd a committee; "other" covers e.g. a beredning or utskott.
 */
export const BODY_KINDS = ["council", "board", "committee", "other"] as const;
export type BodyKind = (typeof BODY_KINDS)[number];
