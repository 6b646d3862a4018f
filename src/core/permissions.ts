import type { Role } from "./roles.js";

/**
 * What a request may do inside one organisation. API routes name the permission they
 * need; a route that names none is refused (deny by default).
 */
export const PERMISSIONS = [
  "organisation.read", // see the organisation, its bodies and departments
  "members.read", // see who works in the organisation
  "users.manage", // create accounts, grant and revoke roles
  "structure.manage", // bodies (nämnder) and departments (avdelningar)
  "audit.read", // read the audit log
  "cases.read", // read cases (ärenden), their versions, reviews, decisions and assignments
  "cases.write", // register, write, import and submit cases
  "cases.review", // review the gender impact analysis: approve or return
  "cases.decide", // meetings, agendas, decisions, paragraph numbers; archive historical cases
  "followup.read", // the follow-up of gender-equal decisions
  "checklist.read", // the organisation's checklist assessments, measures and network rounds
  "checklist.assess", // record assessments and item scores, measures, lessons from learning meetings
  "checklist.share", // decide how widely the organisation shares its assessments in a network round
  "checklists.define", // add checklists and editions of the organisation's own
  "network.manage", // run network rounds: invite, group, learning meetings, mentors
  "statistics.read", // indicators, breakdowns of datasets, flagged differences and their follow-up
  "statistics.manage", // import indicators and individual-level datasets; goals of the strategic plan and links to them
  "statistics.settings", // the suppression threshold and the thresholds for flagging differences
  "differences.analyse", // document the analysis of a flagged difference and its measures
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const EVERY_MEMBER: readonly Permission[] = [
  "organisation.read",
  "members.read",
  "cases.read",
  "followup.read",
  "checklist.read",
  "statistics.read",
];

const GRANTS: Readonly<Record<Role, readonly Permission[]>> = {
  case_officer: [...EVERY_MEMBER, "cases.write"],
  // The gender-equality expert (strategist) leads the self-assessment, with analysts and managers.
  reviewer: [...EVERY_MEMBER, "cases.review", "checklist.assess", "differences.analyse"],
  secretary: [...EVERY_MEMBER, "cases.decide"],
  elected_member: EVERY_MEMBER,
  analyst: [...EVERY_MEMBER, "checklist.assess", "statistics.manage", "differences.analyse"],
  manager: [...EVERY_MEMBER, "checklist.assess", "checklist.share", "differences.analyse"],
  network_coordinator: [...EVERY_MEMBER, "network.manage"],
  administrator: [
    ...EVERY_MEMBER,
    "users.manage",
    "structure.manage",
    "audit.read",
    "checklist.assess",
    "checklist.share",
    "checklists.define",
    "statistics.manage",
    "statistics.settings",
    "differences.analyse",
  ],
};

/** The permissions granted by a set of roles in one organisation (union, sorted). */
export function permissionsOf(roles: readonly Role[]): Permission[] {
  const granted = new Set(roles.flatMap((role) => GRANTS[role]));
  return PERMISSIONS.filter((permission) => granted.has(permission));
}

export function rolesGrant(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => GRANTS[role].includes(permission));
}
