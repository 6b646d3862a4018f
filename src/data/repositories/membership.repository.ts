import { isRole, type Role } from "../../core/index.js";
import type { Executor } from "./executor.js";

export interface MembershipRow {
  readonly organisation: { readonly id: string; readonly name: string; readonly kind: string };
  readonly roles: readonly Role[];
}

export interface MemberRow {
  readonly userId: string;
  readonly email: string;
  readonly displayName: string;
  readonly active: boolean;
  readonly roles: readonly Role[];
}

/** The roles a user holds in one organisation; empty when the user is not a member. */
export async function rolesInOrganisation(db: Executor, userId: string, organisationId: string): Promise<Role[]> {
  const rows = await db
    .selectFrom("memberships")
    .select("role")
    .where("user_id", "=", userId)
    .where("organisation_id", "=", organisationId)
    .execute();
  return rows.map((row) => row.role).filter(isRole);
}

/** Every organisation the user belongs to, by name, with the roles held there. */
export async function membershipsOfUser(db: Executor, userId: string): Promise<MembershipRow[]> {
  const rows = await db
    .selectFrom("memberships")
    .innerJoin("organisations", "organisations.id", "memberships.organisation_id")
    .select(["organisations.id", "organisations.name", "organisations.kind", "memberships.role"])
    .where("memberships.user_id", "=", userId)
    .orderBy("organisations.name")
    .orderBy("memberships.role")
    .execute();
  const byOrganisation = new Map<string, { organisation: MembershipRow["organisation"]; roles: Role[] }>();
  for (const row of rows) {
    const entry = byOrganisation.get(row.id) ?? {
      organisation: { id: row.id, name: row.name, kind: row.kind },
      roles: [],
    };
    if (isRole(row.role)) entry.roles.push(row.role);
    byOrganisation.set(row.id, entry);
  }
  return [...byOrganisation.values()];
}

/** The members of an organisation by name, each with their roles there. */
export async function membersOfOrganisation(
  db: Executor,
  organisationId: string,
  onlyUserId?: string,
): Promise<MemberRow[]> {
  const rows = await db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select(["users.id", "users.email", "users.display_name", "users.active", "memberships.role"])
    .where("memberships.organisation_id", "=", organisationId)
    .$if(onlyUserId !== undefined, (query) => query.where("users.id", "=", onlyUserId as string))
    .orderBy("users.display_name")
    .orderBy("users.id")
    .orderBy("memberships.role")
    .execute();
  const byUser = new Map<string, { row: (typeof rows)[number]; roles: Role[] }>();
  for (const row of rows) {
    const entry = byUser.get(row.id) ?? { row, roles: [] };
    if (isRole(row.role)) entry.roles.push(row.role);
    byUser.set(row.id, entry);
  }
  return [...byUser.values()].map(({ row, roles }) => ({
    userId: row.id,
    email: row.email,
    displayName: row.display_name,
    active: row.active === 1,
    roles,
  }));
}

/** Replaces the roles a user holds in an organisation; an empty list removes the membership. */
export async function replaceRoles(
  db: Executor,
  membership: { userId: string; organisationId: string; roles: readonly Role[]; at: string },
): Promise<void> {
  await db
    .deleteFrom("memberships")
    .where("user_id", "=", membership.userId)
    .where("organisation_id", "=", membership.organisationId)
    .execute();
  if (membership.roles.length === 0) return;
  await db
    .insertInto("memberships")
    .values(
      membership.roles.map((role) => ({
        user_id: membership.userId,
        organisation_id: membership.organisationId,
        role,
        created_at: membership.at,
      })),
    )
    .execute();
}

/** User ids holding the administrator role in the organisation. */
export async function administratorsOf(db: Executor, organisationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("memberships")
    .select("user_id")
    .where("organisation_id", "=", organisationId)
    .where("role", "=", "administrator")
    .execute();
  return rows.map((row) => row.user_id);
}
