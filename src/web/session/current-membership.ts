import { useMatch } from "react-router";
import type { Membership } from "../api/types.js";
import { homeMembership } from "./home-path.js";
import { useSession } from "./session.js";

/**
 * The organisation the user is working in: the one in the URL (/org/:orgId/…), else the one
 * they start in. Undefined when nobody is logged in or the URL names an organisation they do
 * not belong to.
 */
export function useCurrentMembership(): Membership | undefined {
  const { session } = useSession();
  const match = useMatch("/org/:orgId/*");
  if (session.status !== "authenticated") return undefined;
  const orgId = match?.params.orgId;
  if (orgId !== undefined) return session.me.memberships.find((m) => m.organisation.id === orgId);
  return homeMembership(session.me);
}
