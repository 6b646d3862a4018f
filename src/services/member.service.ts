import {
  ConflictError,
  InvalidInputError,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  NotFoundError,
  passwordProblem,
  type Role,
} from "../core/index.js";
import {
  administratorsOf,
  type Executor,
  findUserByEmail,
  insertUser,
  type MemberRow,
  membersOfOrganisation,
  newId,
  now,
  replaceRoles,
  rolesInOrganisation,
} from "../data/index.js";
import type { Actor } from "./actor.js";
import { audit } from "./audit.js";
import { hashPassword } from "./auth/password-hasher.js";

export interface NewMember {
  readonly email: string;
  readonly displayName: string;
  /** Initial password, required for a new account; ignored when the e-mail already has an account. */
  readonly password?: string | undefined;
  readonly roles: readonly Role[];
}

/** Members of an organisation and the roles they hold there. */
export class MemberService {
  constructor(private readonly db: Executor) {}

  list(organisationId: string): Promise<MemberRow[]> {
    return membersOfOrganisation(this.db, organisationId);
  }

  /**
   * Adds a person to the organisation with the given roles, creating the account (with the
   * initial password) when the e-mail has none yet.
   */
  async add(actor: Actor, organisationId: string, member: NewMember): Promise<MemberRow> {
    const problem = member.password === undefined ? null : passwordProblem(member.password);
    if (problem) throw new InvalidInputError(problem, { minimum: MIN_PASSWORD_LENGTH, maximum: MAX_PASSWORD_LENGTH });
    const passwordHash = member.password === undefined ? null : await hashPassword(member.password);
    const userId = await this.db.transaction().execute(async (trx) => {
      const at = now();
      const existing = await findUserByEmail(trx, member.email);
      if (existing && (await rolesInOrganisation(trx, existing.id, organisationId)).length > 0) {
        throw new ConflictError("errors.duplicateMember", { email: existing.email });
      }
      if (!existing && passwordHash === null) throw new InvalidInputError("errors.passwordRequired");
      const id = existing?.id ?? newId();
      if (!existing) {
        await insertUser(trx, { id, email: member.email, displayName: member.displayName, passwordHash, at });
        await audit(trx, actor, {
          organisationId,
          entityType: "user",
          entityId: id,
          action: "create",
          summary: { email: member.email.trim().toLowerCase(), displayName: member.displayName },
        });
      }
      await replaceRoles(trx, { userId: id, organisationId, roles: member.roles, at });
      await audit(trx, actor, {
        organisationId,
        entityType: "membership",
        entityId: id,
        action: "member_added",
        summary: { roles: member.roles },
      });
      return id;
    });
    return this.get(organisationId, userId);
  }

  /**
   * Replaces a member's roles; an empty list removes the member from the organisation.
   * Refuses to leave the organisation without an administrator. Returns null when removed.
   */
  async setRoles(
    actor: Actor,
    organisationId: string,
    userId: string,
    roles: readonly Role[],
  ): Promise<MemberRow | null> {
    await this.db.transaction().execute(async (trx) => {
      const before = await rolesInOrganisation(trx, userId, organisationId);
      if (before.length === 0) throw new NotFoundError("errors.notFound");
      const administrators = await administratorsOf(trx, organisationId);
      if (!roles.includes("administrator") && administrators.length === 1 && administrators[0] === userId) {
        throw new ConflictError("errors.lastAdministrator");
      }
      await replaceRoles(trx, { userId, organisationId, roles, at: now() });
      await audit(trx, actor, {
        organisationId,
        entityType: "membership",
        entityId: userId,
        action: roles.length === 0 ? "member_removed" : "roles_changed",
        summary: { before, after: roles },
      });
    });
    return roles.length === 0 ? null : this.get(organisationId, userId);
  }

  private async get(organisationId: string, userId: string): Promise<MemberRow> {
    const [member] = await membersOfOrganisation(this.db, organisationId, userId);
    if (!member) throw new NotFoundError("errors.notFound");
    return member;
  }
}
