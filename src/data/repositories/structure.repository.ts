import type { Executor } from "./executor.js";

/**
 * Bodies (nämnder) and departments (avdelningar) are both named units of an
 * organisation's structure that can be archived; bodies also have a kind.
 */
export type StructureTable = "bodies" | "departments";

export interface StructureUnitRow {
  readonly id: string;
  readonly name: string;
  /** Only for bodies. */
  readonly kind?: string;
  readonly archived: boolean;
}

const columnsOf = (table: StructureTable) =>
  table === "bodies"
    ? (["id", "name", "kind", "archived"] as const)
    : (["id", "name", "archived"] as const);

function toUnit(row: { id: string; name: string; kind?: string; archived: number }): StructureUnitRow {
  return { id: row.id, name: row.name, ...(row.kind === undefined ? {} : { kind: row.kind }), archived: row.archived === 1 };
}

export async function listUnits(db: Executor, table: StructureTable, organisationId: string) {
  const rows = await db
    .selectFrom(table)
    .select(columnsOf(table) as unknown as ["id", "name", "archived"])
    .where("organisation_id", "=", organisationId)
    .orderBy("archived")
    .orderBy("name")
    .execute();
  return rows.map(toUnit);
}

export async function findUnit(db: Executor, table: StructureTable, organisationId: string, id: string) {
  const row = await db
    .selectFrom(table)
    .select(columnsOf(table) as unknown as ["id", "name", "archived"])
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row && toUnit(row);
}

export function insertUnit(
  db: Executor,
  table: StructureTable,
  unit: { id: string; organisationId: string; name: string; kind?: string; at: string },
) {
  return db
    .insertInto(table)
    .values({
      id: unit.id,
      organisation_id: unit.organisationId,
      name: unit.name,
      ...(table === "bodies" ? { kind: unit.kind ?? "other" } : {}),
      created_at: unit.at,
      updated_at: unit.at,
    } as never)
    .execute();
}

export function updateUnit(
  db: Executor,
  table: StructureTable,
  unit: { id: string; organisationId: string; name?: string; kind?: string; archived?: boolean; at: string },
) {
  return db
    .updateTable(table)
    .set({
      ...(unit.name === undefined ? {} : { name: unit.name }),
      ...(unit.kind === undefined || table !== "bodies" ? {} : { kind: unit.kind }),
      ...(unit.archived === undefined ? {} : { archived: unit.archived ? 1 : 0 }),
      updated_at: unit.at,
    } as never)
    .where("organisation_id", "=", unit.organisationId)
    .where("id", "=", unit.id)
    .execute();
}
