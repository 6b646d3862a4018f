import type { Executor } from "./executor.js";

export interface UserRow {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly passwordHash: string | null;
  readonly active: boolean;
}

const userColumns = ["id", "email", "display_name", "password_hash", "active"] as const;

function toUser(row: {
  id: string;
  email: string;
  display_name: string;
  password_hash: string | null;
  active: number;
}): UserRow {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    passwordHash: row.password_hash,
    active: row.active === 1,
  };
}

/** E-mail addresses are compared case-insensitively; they are stored lower-cased and trimmed. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  const row = await db
    .selectFrom("users")
    .select(userColumns)
    .where("email", "=", normaliseEmail(email))
    .executeTakeFirst();
  return row && toUser(row);
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  const row = await db.selectFrom("users").select(userColumns).where("id", "=", id).executeTakeFirst();
  return row && toUser(row);
}

export function insertUser(
  db: Executor,
  user: { id: string; email: string; displayName: string; passwordHash: string | null; at: string },
) {
  return db
    .insertInto("users")
    .values({
      id: user.id,
      email: normaliseEmail(user.email),
      display_name: user.displayName,
      password_hash: user.passwordHash,
      created_at: user.at,
      updated_at: user.at,
    })
    .execute();
}

export function updatePasswordHash(db: Executor, userId: string, passwordHash: string, at: string) {
  return db
    .updateTable("users")
    .set({ password_hash: passwordHash, updated_at: at })
    .where("id", "=", userId)
    .execute();
}
