import { type Permission, permissionsOf, type Role, rolesGrant } from "../core/index.js";
import {
  type Executor,
  findOrganisation,
  type MembershipRow,
  membershipsOfUser,
  type OrganisationRow,
  rolesInOrganisation,
} from "../data/index.js";

export interface MembershipView extends MembershipRow {
  readonly permissions: readonly Permission[];
}

/** What an actor may do in an organisation; `member: false` means the organisation is invisible to them. */
export type OrganisationAccess =
  | { readonly member: false }
  | { readonly member: true; readonly roles: readonly Role[]; readonly allowed: boolean };

export class OrganisationService {
  constructor(private readonly db: Executor) {}

  async membershipsOf(userId: string): Promise<MembershipView[]> {
    const memberships = await membershipsOfUser(this.db, userId);
    return memberships.map((membership) => ({ ...membership, permissions: permissionsOf(membership.roles) }));
  }

  /** Whether the user may use `permission` in the organisation. Unknown organisations look like non-membership. */
  async access(userId: string, organisationId: string, permission: Permission): Promise<OrganisationAccess> {
    const roles = await rolesInOrganisation(this.db, userId, organisationId);
    if (roles.length === 0) return { member: false };
    return { member: true, roles, allowed: rolesGrant(roles, permission) };
  }

  find(organisationId: string): Promise<OrganisationRow | undefined> {
    return findOrganisation(this.db, organisationId);
  }
}
