import type { Executor } from "./executor.js";
import { toCount } from "./executor.js";

export interface OrganisationRow {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
}

export function insertOrganisation(db: Executor, organisation: OrganisationRow & { createdAt: string }) {
  const { createdAt, ...rest } = organisation;
  return db
    .insertInto("organisations")
    .values({ ...rest, created_at: createdAt })
    .execute();
}

export function findOrganisation(db: Executor, id: string): Promise<OrganisationRow | undefined> {
  return db.selectFrom("organisations").select(["id", "name", "kind"]).where("id", "=", id).executeTakeFirst();
}

export function findOrganisationByName(db: Executor, name: string): Promise<OrganisationRow | undefined> {
  return db.selectFrom("organisations").select(["id", "name", "kind"]).where("name", "=", name).executeTakeFirst();
}

export async function countOrganisations(db: Executor): Promise<number> {
  const row = await db
    .selectFrom("organisations")
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirst();
  return toCount(row?.n);
}

/** The names of every organisation, in alphabetical order (for suggesting a name someone mistyped). */
export async function listOrganisationNames(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom("organisations").select("name").orderBy("name").execute();
  return rows.map((row) => row.name);
}
