import { createContext, useContext } from "react";
import type { Permission } from "../../core/index.js";
import type { Membership } from "../api/types.js";

/** The membership of the organisation in the URL (/org/:orgId/…), provided by <OrganisationScope>. */
export const OrganisationContext = createContext<Membership | null>(null);

export function useMembership(): Membership {
  const membership = useContext(OrganisationContext);
  if (!membership) throw new Error("useMembership must be used inside <OrganisationScope>");
  return membership;
}

/** Whether the user's roles in this organisation grant the permission (the API checks again). */
export function can(membership: Membership | undefined, permission: Permission): boolean {
  return membership?.permissions.includes(permission) ?? false;
}
