/**
 * The roles a user can hold in an organisation. A user may hold several roles in
 * several organisations; roles never carry over from one organisation to another.
 */
export const ROLES = [
  "case_officer", // handläggare
  "reviewer", // granskare, sakkunnig i jämställdhet
  "secretary", // region-/nämndsekreterare
  "elected_member", // förtroendevald
  "analyst", // analytiker, controller
  "manager", // chef, regiondirektör
  "administrator", // administratör
  "network_coordinator", // nätverkskoordinator
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
