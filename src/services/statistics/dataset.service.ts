import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import {
  type AgeBand,
  type BreakdownRow,
  type ImportMessage,
  InvalidInputError,
  type MethodsNote,
  NotFoundError,
  type PublishedBreakdownRow,
  parseAgeBands,
  publishBreakdownRow,
} from "../../core/index.js";
import {
  type DatasetRow,
  deleteDataset,
  type Executor,
  findDataset,
  insertDataset,
  listDatasets,
  newId,
  now,
} from "../../data/index.js";
import type { Actor } from "../actor.js";
import { audit } from "../audit.js";
import { populationRowsFor } from "./dataset-populations.js";
import { analyseIndividualFile, convertIndividualFile } from "./individual/index.js";
import type { StatisticsSettingsService } from "./statistics-settings.service.js";
import { removeQuietly, saveUpload } from "./upload-file.js";

/**
 * Individual-level datasets: an upload (CSV or Parquet, one row per person or event) is
 * written to a temporary file, converted by the engine into `datasets/<id>.parquet` in the data
 * folder with legal sex and age derived and WITHOUT the identity-number column, and the
 * temporary file removed whatever happens. Only metadata reaches the database. Breakdowns
 * run on the Parquet file where it lies, with the organisation's disclosure threshold.
 */

/** Largest individual-level upload: 200 MB. */
export const MAX_DATASET_BYTES = 200 * 1024 * 1024;

export interface DatasetView {
  readonly id: string;
  readonly name: string;
  readonly fileName: string;
  readonly rowCount: number;
  readonly referenceDate: string | null;
  readonly columns: readonly { readonly name: string; readonly type: string }[];
  /** Identity numbers that were not valid: how many, and the first rows (1-based, header not counted); never the numbers. */
  readonly invalidIdentity: { readonly count: number; readonly rows: readonly number[] };
  readonly createdAt: string;
}

export interface DatasetUpload {
  readonly fileName: string;
  readonly name?: string | undefined;
  /** The raw body as it arrives, or bytes already read. */
  readonly body: Readable | Uint8Array;
  /** The column of personal identity numbers: sex and age are derived from it, then it is dropped. */
  readonly pnrColumn?: string | undefined;
  /** The date ages are computed at (YYYY-MM-DD); today unless given. */
  readonly referenceDate?: string | undefined;
  readonly sexColumn?: string | undefined;
  readonly ageColumn?: string | undefined;
}

export interface BreakdownRequest {
  readonly by: readonly string[];
  /** "0-19,20-39,…,80+"; no age bands when absent. */
  readonly ageBands?: string | undefined;
  /** A numeric column to give the mean and median of. */
  readonly mean?: string | undefined;
  /** An indicator of role "population" whose values for `populationPeriod` are the denominators of rates. */
  readonly populationIndicatorId?: string | undefined;
  readonly populationPeriod?: string | undefined;
}

/** A breakdown as the API answers and exports it: withheld figures without their reasons. */
export interface BreakdownAnswer {
  readonly rows: readonly PublishedBreakdownRow[];
  readonly methods: MethodsNote;
  /** The organisation's threshold, always. */
  readonly minCell: number;
}

/** The extension of an upload that the engine reads, or null. */
function datasetExtension(fileName: string): ".csv" | ".parquet" | null {
  const extension = path.extname(fileName).toLowerCase();
  if (extension === ".csv" || extension === ".txt" || extension === ".tsv") return ".csv";
  return extension === ".parquet" ? ".parquet" : null;
}

export class DatasetService {
  private readonly folder: string;
  private readonly uploads: string;

  constructor(
    private readonly db: Executor,
    private readonly settings: StatisticsSettingsService,
    dataDir: string,
  ) {
    this.folder = path.join(dataDir, "datasets");
    this.uploads = path.join(dataDir, "uploads");
  }

  async list(organisationId: string): Promise<DatasetView[]> {
    return (await listDatasets(this.db, organisationId)).map(toDatasetView);
  }

  async get(organisationId: string, datasetId: string): Promise<DatasetView> {
    return toDatasetView(await this.row(organisationId, datasetId));
  }

  /** Converts an upload into a dataset; the temporary file is removed in every case. */
  async upload(actor: Actor, organisationId: string, upload: DatasetUpload): Promise<DatasetView> {
    const extension = datasetExtension(upload.fileName);
    if (extension === null) {
      if (!(upload.body instanceof Uint8Array)) upload.body.resume();
      throw new InvalidInputError("indicators.errors.unsupportedDatasetFormat");
    }
    const id = newId();
    // In a folder of its own under the upload's own name, so that the engine's messages name the file the user knows.
    const uploadFolder = path.join(this.uploads, id);
    const temporary = path.join(uploadFolder, safeFileName(upload.fileName, extension));
    const storedFile = `${id}.parquet`;
    const target = path.join(this.folder, storedFile);
    const converting = `${target}.part`;
    try {
      const saved = await saveUpload(upload.body, temporary, MAX_DATASET_BYTES);
      if (saved.kind === "too_large") {
        throw new InvalidInputError("indicators.errors.datasetTooLarge", { max: MAX_DATASET_BYTES / (1024 * 1024) });
      }
      if (saved.kind === "empty") throw new InvalidInputError("indicators.errors.emptyFile");
      await mkdir(this.folder, { recursive: true });
      const referenceDate = upload.referenceDate ?? new Date().toISOString().slice(0, 10);
      const conversion = await convertIndividualFile(temporary, converting, {
        ...(upload.pnrColumn ? { identity: { column: upload.pnrColumn, referenceDate } } : {}),
        ...(upload.sexColumn ? { sexColumn: upload.sexColumn } : {}),
        ...(upload.ageColumn ? { ageColumn: upload.ageColumn } : {}),
      });
      if (conversion.kind === "failed") {
        throw new InvalidInputError("indicators.errors.datasetFailed", {}, details(conversion.reasons));
      }
      await rename(converting, target);
      const row: DatasetRow = {
        id,
        organisation_id: organisationId,
        name: upload.name?.trim() || upload.fileName.replace(/\.[^.]+$/, ""),
        file_name: upload.fileName,
        stored_file: storedFile,
        row_count: conversion.rowCount,
        reference_date: conversion.referenceDate,
        columns: JSON.stringify(conversion.columns),
        invalid_identity_count: conversion.invalidIdentity.count,
        invalid_identity_rows: JSON.stringify(conversion.invalidIdentity.rows),
        created_by: actor.userId,
        created_at: now(),
      };
      await this.db.transaction().execute(async (trx) => {
        await insertDataset(trx, row);
        await audit(trx, actor, {
          organisationId,
          entityType: "dataset",
          entityId: id,
          action: "create",
          summary: {
            name: row.name,
            fileName: row.file_name,
            rowCount: row.row_count,
            referenceDate: row.reference_date,
            invalidIdentity: row.invalid_identity_count,
          },
        });
      });
      return toDatasetView(row);
    } catch (error) {
      await removeQuietly(target);
      throw error;
    } finally {
      await rm(uploadFolder, { recursive: true, force: true }).catch(() => undefined);
      await removeQuietly(converting);
    }
  }

  /** Removes the dataset and its Parquet file. */
  async delete(actor: Actor, organisationId: string, datasetId: string): Promise<void> {
    const row = await this.row(organisationId, datasetId);
    await this.db.transaction().execute(async (trx) => {
      await deleteDataset(trx, row.id);
      await audit(trx, actor, {
        organisationId,
        entityType: "dataset",
        entityId: row.id,
        action: "delete",
        summary: { name: row.name, fileName: row.file_name },
      });
    });
    await removeQuietly(this.fileOf(row));
  }

  /** A breakdown with the organisation's disclosure threshold. */
  async breakdown(organisationId: string, datasetId: string, request: BreakdownRequest): Promise<BreakdownAnswer> {
    const settings = await this.settings.get(organisationId);
    const { rows, methods, minCell } = await this.analyse(organisationId, datasetId, request, settings.minCell);
    return { rows: rows.map(publishBreakdownRow), methods, minCell };
  }

  /**
   * The breakdown WITHOUT disclosure control (minCell 1), for storing as an indicator whose
   * views and exports apply it. WARNING: never show or export this directly.
   */
  async unprotectedBreakdown(organisationId: string, datasetId: string, request: BreakdownRequest) {
    return this.analyse(organisationId, datasetId, request, 1);
  }

  private async analyse(
    organisationId: string,
    datasetId: string,
    request: BreakdownRequest,
    minCell: number,
  ): Promise<{ rows: readonly BreakdownRow[]; methods: MethodsNote; minCell: number; dataset: DatasetRow }> {
    const dataset = await this.row(organisationId, datasetId);
    const file = this.fileOf(dataset);
    if (!(await stat(file).catch(() => null))) throw new NotFoundError("indicators.errors.datasetFileMissing");
    const ageBands = request.ageBands ? bandsOf(request.ageBands) : null;
    const columns = (JSON.parse(dataset.columns) as { name: string }[]).map((column) => column.name);
    for (const column of [...request.by, ...(request.mean ? [request.mean] : [])]) {
      if (!columns.includes(column)) throw new InvalidInputError("indicators.errors.unknownColumn", { column });
    }
    const populations =
      request.populationIndicatorId !== undefined
        ? await populationRowsFor(this.db, organisationId, {
            indicatorId: request.populationIndicatorId,
            period: request.populationPeriod,
            by: request.by,
            ageBands,
          })
        : undefined;
    const outcome = await analyseIndividualFile(file, {
      ...(columns.includes("kon") ? { sexColumn: "kon" } : {}),
      ...(columns.includes("alder") ? { ageColumn: "alder" } : {}),
      by: [...request.by],
      ageBands,
      ...(request.mean ? { mean: request.mean } : {}),
      minCell,
      ...(populations ? { populations } : {}),
      sources: [`${dataset.name} (${dataset.file_name})`],
    });
    if (outcome.kind === "failed") {
      throw new InvalidInputError("indicators.errors.breakdownFailed", {}, details(outcome.reasons));
    }
    // Ages in the Parquet file were derived at the dataset's reference date: the note says which.
    const methods = { ...outcome.methods, referenceDate: outcome.methods.referenceDate ?? dataset.reference_date };
    return { rows: outcome.rows, methods, minCell, dataset };
  }

  private async row(organisationId: string, datasetId: string): Promise<DatasetRow> {
    const row = await findDataset(this.db, organisationId, datasetId);
    if (!row) throw new NotFoundError("errors.notFound");
    return row;
  }

  /** The Parquet file of a dataset: a name the server chose, never a path from the user. */
  private fileOf(row: DatasetRow): string {
    return path.join(this.folder, path.basename(row.stored_file));
  }
}

/** The upload's name without folders or characters a file system might refuse, with the extension the engine reads. */
function safeFileName(fileName: string, extension: string): string {
  const stem = path
    .basename(fileName)
    .replace(/\.[^.]*$/, "")
    .replace(/[^\p{L}\p{N} ._-]+/gu, "_")
    .slice(0, 100)
    .trim();
  return `${stem || "upload"}${extension}`;
}

function bandsOf(spec: string): readonly AgeBand[] {
  const parsed = parseAgeBands(spec);
  if (parsed.kind === "invalid") throw new InvalidInputError("indicators.errors.invalidAgeBands", { spec });
  return parsed.bands;
}

function details(reasons: readonly ImportMessage[]) {
  return reasons.map((reason) => ({ path: "", messageKey: reason.key, params: reason.params }));
}

export function toDatasetView(row: DatasetRow): DatasetView {
  return {
    id: row.id,
    name: row.name,
    fileName: row.file_name,
    rowCount: row.row_count,
    referenceDate: row.reference_date,
    columns: JSON.parse(row.columns) as DatasetView["columns"],
    invalidIdentity: {
      count: row.invalid_identity_count,
      rows: JSON.parse(row.invalid_identity_rows) as number[],
    },
    createdAt: row.created_at,
  };
}
