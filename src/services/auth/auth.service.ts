import { InvalidInputError, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from "../../core/index.js";
import {
  deleteOtherSessionsOfUser,
  type Executor,
  findUserByEmail,
  findUserById,
  membershipsOfUser,
  now,
  type UserRow,
  updatePasswordHash,
} from "../../data/index.js";
import type { Actor } from "../actor.js";
import { audit } from "../audit.js";
import { hashPassword, UNUSABLE_HASH, verifyPassword } from "./password-hasher.js";

export type LoginOutcome =
  | { readonly kind: "ok"; readonly user: UserRow }
  | { readonly kind: "invalid_credentials" }
  | { readonly kind: "account_disabled" };

/**
 * Local accounts: passwords checked against scrypt hashes. This is the seam for single
 * sign-on: an OpenID Connect provider will produce the same `UserRow` from an ID token
 * (matched on a verified e-mail or a stored subject) and the HTTP layer will start the
 * session the same way it does after `login`.
 */
export class AuthService {
  constructor(private readonly db: Executor) {}

  async login(email: string, password: string): Promise<LoginOutcome> {
    const user = await findUserByEmail(this.db, email);
    // Verify even when there is no account, so that response time does not reveal which e-mails exist.
    const matches = await verifyPassword(password, user?.passwordHash ?? UNUSABLE_HASH);
    if (!user?.passwordHash || !matches) {
      if (user) await this.recordUserEvent(user.id, "login_failed", {});
      return { kind: "invalid_credentials" };
    }
    if (!user.active) return { kind: "account_disabled" };
    await this.recordUserEvent(user.id, "login", {});
    return { kind: "ok", user };
  }

  async recordLogout(actor: Actor): Promise<void> {
    await this.recordUserEvent(actor.userId, "logout", {});
  }

  findUser(userId: string): Promise<UserRow | undefined> {
    return findUserById(this.db, userId);
  }

  /**
   * Changes the actor's password and ends all their other sessions, in one transaction.
   * Refuses a wrong current password or a new one that breaks the policy.
   */
  async changePassword(
    actor: Actor,
    change: { currentPassword: string; newPassword: string; keepSessionId: string | undefined },
  ): Promise<void> {
    const problem = passwordProblem(change.newPassword);
    if (problem) throw new InvalidInputError(problem, { minimum: MIN_PASSWORD_LENGTH, maximum: MAX_PASSWORD_LENGTH });
    const user = await findUserById(this.db, actor.userId);
    if (!user?.passwordHash || !(await verifyPassword(change.currentPassword, user.passwordHash))) {
      throw new InvalidInputError("errors.wrongCurrentPassword");
    }
    const hash = await hashPassword(change.newPassword);
    await this.db.transaction().execute(async (trx) => {
      await updatePasswordHash(trx, actor.userId, hash, now());
      await deleteOtherSessionsOfUser(trx, actor.userId, change.keepSessionId);
      await recordUserEvent(trx, actor.userId, "password_changed", { otherSessionsEnded: true });
    });
  }

  private recordUserEvent(userId: string, action: string, summary: Record<string, unknown>) {
    return this.db.transaction().execute((trx) => recordUserEvent(trx, userId, action, summary));
  }
}

/**
 * Sign-ins and password changes belong to the person, not to one organisation: each
 * organisation the person is a member of at that moment gets the entry, so that its
 * administrators keep the history after the person leaves and never see what happened
 * before the person joined.
 */
async function recordUserEvent(db: Executor, userId: string, action: string, summary: Record<string, unknown>) {
  const memberships = await membershipsOfUser(db, userId);
  const organisationIds = memberships.length > 0 ? memberships.map((m) => m.organisation.id) : [null];
  for (const organisationId of organisationIds) {
    await audit(db, { userId }, { organisationId, entityType: "user", entityId: userId, action, summary });
  }
}
