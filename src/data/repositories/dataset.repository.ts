import type { Selectable } from "kysely";
import type { DatasetTable } from "../schema.js";
import type { Executor } from "./executor.js";

export type DatasetRow = Selectable<DatasetTable>;

/** An organisation's individual-level datasets, the newest first. */
export function listDatasets(db: Executor, organisationId: string): Promise<DatasetRow[]> {
  return db
    .selectFrom("datasets")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .execute();
}

export function findDataset(db: Executor, organisationId: string, datasetId: string): Promise<DatasetRow | undefined> {
  return db
    .selectFrom("datasets")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", datasetId)
    .executeTakeFirst();
}

export function insertDataset(db: Executor, row: DatasetRow) {
  return db.insertInto("datasets").values(row).execute();
}

export function deleteDataset(db: Executor, datasetId: string) {
  return db.deleteFrom("datasets").where("id", "=", datasetId).execute();
}
