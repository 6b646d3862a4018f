import type { Me, Membership } from "../api/types.js";

const STORAGE_KEY = "jamt.organisation";

/** Remembers the organisation last visited in this browser, so the next login starts there. */
export function rememberOrganisation(orgId: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, orgId);
  } catch {
    // Storage refused (private browsing): the first organisation will be used next time.
  }
}

function rememberedOrganisation(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The membership to start in: the remembered organisation if the user still belongs to it, else the first. */
export function homeMembership(me: Me): Membership | undefined {
  const remembered = rememberedOrganisation();
  return me.memberships.find((m) => m.organisation.id === remembered) ?? me.memberships[0];
}

/** Where a logged-in user starts: their organisation's start page, or "/" when they belong to none. */
export function homePath(me: Me): string {
  const membership = homeMembership(me);
  return membership ? organisationPath(membership.organisation.id) : "/";
}

/** The path of a page inside an organisation, e.g. organisationPath("1", "admin/logg"). */
export function organisationPath(orgId: string, page = ""): string {
  const base = `/org/${encodeURIComponent(orgId)}`;
  return page === "" ? base : `${base}/${page}`;
}
