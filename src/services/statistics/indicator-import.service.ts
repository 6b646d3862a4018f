import {
  type ImportMessage,
  type ImportOutcome,
  InvalidInputError,
  type Observation,
  type RejectedRow,
} from "../../core/index.js";
import type { Executor } from "../../data/index.js";
import type { Actor } from "../actor.js";
import type { FlagRefresh } from "./flag-refresh.js";
import {
  type ColumnMapping,
  fetchKoladaData,
  type KoladaFetch,
  type PreviewRow,
  parseIndicatorFile,
  parseKoladaText,
  parseScbResponse,
  previewIndicatorFile,
} from "./importers/index.js";
import type { IndicatorRole, IndicatorService, IndicatorSummary, MeasureKind } from "./indicator.service.js";
import { storeObservations } from "./indicator-store.js";

/**
 * Imports of aggregated indicators: analysts' CSV and XLSX files (with a column mapping and a
 * preview first), saved SCB and Kolada JSON answers through the same upload, and Kolada's live
 * API. All rows are stored in one transaction or none: with any rejected row nothing is stored
 * unless the caller accepts leaving the rejected rows out.
 */

/** Rows of a file shown in a preview. */
const PREVIEW_ROWS = 20;

export interface IndicatorUpload {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** The columns chosen in the import dialog, laid over the guessed ones (CSV and XLSX only). */
  readonly mapping?: Partial<ColumnMapping> | undefined;
}

export interface ImportChoices {
  readonly role: IndicatorRole;
  readonly measureKind?: MeasureKind | undefined;
  readonly unit?: string | undefined;
  /** Store the good rows and leave the rejected ones out; without it, any rejected row stops the import. */
  readonly acceptRejected: boolean;
}

export type IndicatorPreviewAnswer =
  | {
      readonly format: "csv" | "xlsx";
      readonly headers: readonly string[];
      readonly mapping: ColumnMapping;
      /** What must be put right in the mapping before the file can be imported. */
      readonly problems: readonly ImportMessage[];
      /** The first 20 rows. */
      readonly rows: readonly PreviewRow[];
      /** Every rejected row of the whole file (none while the mapping has problems). */
      readonly rejected: readonly RejectedRow[];
      readonly total: number;
      readonly warnings: readonly ImportMessage[];
    }
  | {
      readonly format: "scb" | "kolada";
      readonly observations: readonly Observation[];
      readonly rejected: readonly RejectedRow[];
      readonly total: number;
      readonly warnings: readonly ImportMessage[];
    };

export type ImportAnswer =
  | {
      readonly kind: "imported";
      readonly indicators: readonly IndicatorSummary[];
      readonly imported: number;
      readonly rejected: readonly RejectedRow[];
      readonly warnings: readonly ImportMessage[];
    }
  /** Rows were rejected and the caller did not accept leaving them out: nothing was stored. */
  | { readonly kind: "rejected"; readonly rejected: readonly RejectedRow[]; readonly total: number };

export interface KoladaImport {
  readonly kpi: string;
  readonly municipalities: readonly string[];
  readonly years: readonly string[];
}

export class IndicatorImportService {
  constructor(
    private readonly db: Executor,
    private readonly indicators: IndicatorService,
    private readonly flags: FlagRefresh,
    private readonly kolada: { readonly baseUrl: string; readonly fetch: KoladaFetch },
  ) {}

  /** What the file would give: the columns and the first rows (CSV, XLSX) or observations (SCB, Kolada). */
  async preview(file: IndicatorUpload): Promise<IndicatorPreviewAnswer> {
    const json = readJsonAnswer(file);
    if (json !== null) {
      const outcome = succeeded(json.outcome);
      return {
        format: json.format,
        observations: outcome.observations.slice(0, PREVIEW_ROWS),
        rejected: outcome.rejected,
        total: outcome.observations.length + outcome.rejected.length,
        warnings: outcome.warnings,
      };
    }
    const preview = await previewIndicatorFile(
      { name: file.fileName, bytes: file.bytes },
      { rows: PREVIEW_ROWS, ...(file.mapping ? { mapping: file.mapping } : {}) },
    );
    if (preview.kind === "failed") throw failure(preview.reasons);
    // Every rejected row of the whole file, not only of the rows shown, once the mapping holds.
    const whole =
      preview.problems.length === 0
        ? await parseIndicatorFile(
            { name: file.fileName, bytes: file.bytes },
            file.mapping ? { mapping: file.mapping } : {},
          )
        : null;
    return {
      format: preview.format,
      headers: preview.headers,
      mapping: preview.mapping,
      problems: preview.problems,
      rows: preview.rows,
      rejected: whole?.kind === "imported" ? whole.rejected : [],
      total: preview.totalRows,
      warnings: preview.warnings,
    };
  }

  /**
   * Imports a whole file: every row or none (see `ImportChoices.acceptRejected`). The actor is
   * null for the command line, where no one is signed in.
   */
  async importFile(
    actor: Actor | null,
    organisationId: string,
    file: IndicatorUpload,
    choices: ImportChoices,
  ): Promise<ImportAnswer> {
    const json = readJsonAnswer(file);
    const outcome = json
      ? json.outcome
      : await parseIndicatorFile(
          { name: file.fileName, bytes: file.bytes },
          file.mapping ? { mapping: file.mapping } : {},
        );
    return this.store(actor, organisationId, succeeded(outcome), choices, json ? json.format : "file");
  }

  /** Fetches one KPI for the municipalities and years from Kolada's live API and imports it. */
  async importKolada(
    actor: Actor,
    organisationId: string,
    query: KoladaImport,
    choices: ImportChoices,
  ): Promise<ImportAnswer> {
    const fetched = await fetchKoladaData(
      { kpis: [query.kpi], areas: query.municipalities, years: query.years },
      { fetch: this.kolada.fetch, baseUrl: this.kolada.baseUrl },
    );
    if (!fetched.complete) {
      const reasons = fetched.requests.flatMap((request) =>
        request.outcome.kind === "failed" ? [request.outcome.reason] : [],
      );
      throw new InvalidInputError("indicators.errors.koladaIncomplete", {}, details(reasons));
    }
    return this.store(actor, organisationId, fetched, choices, "kolada");
  }

  private async store(
    actor: Actor | null,
    organisationId: string,
    outcome: Extract<ImportOutcome, { kind: "imported" }>,
    choices: ImportChoices,
    action: string,
  ): Promise<ImportAnswer> {
    const { observations, rejected, warnings } = outcome;
    if (rejected.length > 0 && !choices.acceptRejected) {
      return { kind: "rejected", rejected, total: observations.length + rejected.length };
    }
    if (observations.length === 0) throw new InvalidInputError("indicators.errors.nothingToImport");
    const ids = await this.db.transaction().execute((trx) =>
      storeObservations(trx, actor, organisationId, observations, {
        role: choices.role,
        measureKind: choices.measureKind,
        unit: choices.unit,
        action: action === "file" ? "import" : `import_${action}`,
      }),
    );
    await this.flags.refreshFlags(organisationId, ids);
    const summaries = await Promise.all(ids.map((id) => this.indicators.summary(organisationId, id)));
    return { kind: "imported", indicators: summaries, imported: observations.length, rejected, warnings };
  }
}

/** A saved SCB or Kolada answer (a .json file), read; null for anything else. */
function readJsonAnswer(file: IndicatorUpload): { format: "scb" | "kolada"; outcome: ImportOutcome } | null {
  if (!/\.json$/i.test(file.fileName)) return null;
  if (file.bytes.byteLength === 0) throw new InvalidInputError("indicators.errors.emptyFile");
  const kolada = parseKoladaText(file.bytes);
  if (kolada.kind === "imported") return { format: "kolada", outcome: kolada };
  return { format: "scb", outcome: parseScbResponse(file.bytes) };
}

function succeeded(outcome: ImportOutcome): Extract<ImportOutcome, { kind: "imported" }> {
  if (outcome.kind === "failed") throw failure(outcome.reasons);
  return outcome;
}

function failure(reasons: readonly ImportMessage[]): InvalidInputError {
  return new InvalidInputError("indicators.errors.importFailed", {}, details(reasons));
}

function details(reasons: readonly ImportMessage[]) {
  return reasons.map((reason) => ({ path: "", messageKey: reason.key, params: reason.params }));
}
