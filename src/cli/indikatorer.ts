import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { loadConfig } from "../config/config.js";
import { InvalidInputError } from "../core/index.js";
import { findOrganisationByName, listOrganisationNames, migrateToLatest, openDatabase } from "../data/index.js";
import { createServices } from "../services/index.js";
import type { ColumnMapping, IndicatorField } from "../services/statistics/importers/index.js";
import { findHeader } from "../services/statistics/importers/indicator-columns.js";
import { MEASURE_KINDS, type MeasureKind } from "../services/statistics/indicator.service.js";
import type {
  IndicatorImportService,
  IndicatorPreviewAnswer,
} from "../services/statistics/indicator-import.service.js";
import { MigrationFailedError } from "./application.js";
import { closeNames } from "./checklista-names.js";
import { EXIT } from "./exit-codes.js";
import { formatImported, formatPreview, rejectedLines, sayMessage } from "./indikatorer-format.js";
import { cliLocale, say } from "./messages.js";

/** At most this many organisations are listed when none is close to the name given. */
const LIST_ALL_UP_TO = 12;

/** The fields a column flag names, by the flag's option key (commander's camelCase of --indicator-name …). */
const COLUMN_FLAGS = [
  "indicator",
  "indicatorName",
  "period",
  "area",
  "areaName",
  "sex",
  "ageBand",
  "value",
  "count",
] as const satisfies readonly IndicatorField[];

/** A column flag given as "-" says the file has no such column (undoes a wrong guess). */
const NO_COLUMN = "-";

export interface IndikatorerOptions {
  readonly org?: string | undefined;
  readonly indicator?: string | undefined;
  readonly indicatorName?: string | undefined;
  readonly period?: string | undefined;
  readonly area?: string | undefined;
  readonly areaName?: string | undefined;
  readonly sex?: string | undefined;
  readonly ageBand?: string | undefined;
  readonly value?: string | undefined;
  readonly count?: string | undefined;
  readonly dimension?: readonly string[] | undefined;
  readonly measure?: string | undefined;
  readonly unit?: string | undefined;
  readonly population?: boolean | undefined;
  readonly preview?: boolean | undefined;
  readonly skipRejected?: boolean | undefined;
}

/**
 * `jamt indikatorer <file> --org "<name>" [column flags] [--preview] [--skip-rejected] …`: an
 * aggregated indicator file (CSV, XLSX, or a saved SCB or Kolada JSON answer) imported into an
 * organisation through the same service as the web's import dialog, the columns guessed from
 * the headers unless a flag names them. `--preview` prints the mapping, the first rows and
 * every rejected row, and stores nothing; without it all rows are stored in one transaction, or
 * none if any row is rejected (unless `--skip-rejected`), and the flags of differences between
 * women and men are refreshed as after an import on the web.
 *
 * Returns the exit code: ok; partial when rejected rows stopped the import (nothing stored);
 * usage for a missing or unknown organisation, an unreadable file, a column flag the file does
 * not have or another wrong option. Configuration and database problems are thrown, for the one
 * place that turns them into a sentence and an exit code.
 */
export async function indikatorer(file: string, options: IndikatorerOptions): Promise<number> {
  const locale = cliLocale();
  const wanted = options.org?.trim() ?? "";
  if (wanted === "" && !options.preview) {
    console.error(say("indicatorCli.usage"));
    return EXIT.usage;
  }
  if (options.measure !== undefined && !isMeasureKind(options.measure)) {
    console.error(say("indicatorCli.unknownMeasure", { measure: options.measure }));
    return EXIT.usage;
  }
  const bytes = await readTheFile(file);
  if (typeof bytes === "string") {
    console.error(bytes);
    return EXIT.usage;
  }
  const fileName = path.basename(file);
  const mapping = mappingOf(options);
  if (mapping && /\.json$/i.test(fileName)) {
    console.error(say("indicatorCli.columnsOnlyForTables", { file: fileName }));
    return EXIT.usage;
  }
  const upload = { fileName, bytes, mapping };

  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    const migration = await migrateToLatest(database);
    if (migration.kind === "failed") throw new MigrationFailedError(migration.migration, migration.reason);
    const organisation = wanted === "" ? undefined : await findOrganisationByName(database.db, wanted);
    if (wanted !== "" && !organisation) {
      console.error(unknownOrganisation(wanted, await listOrganisationNames(database.db)));
      return EXIT.usage;
    }
    const service = createServices(database.db, { dataDir: config.dataDir, koladaBaseUrl: config.koladaUrl }).statistics
      .indicatorImport;
    const preview = await notReadable(fileName, async () =>
      service.preview(
        mapping ? { ...upload, mapping: asWritten(mapping, await service.preview({ fileName, bytes })) } : upload,
      ),
    );
    if (typeof preview === "string") {
      console.error(preview);
      return EXIT.usage;
    }
    if ("problems" in preview && preview.problems.length > 0) {
      const quote = (name: string) => say("indicatorCli.quoted", { name });
      console.error(
        [
          say("indicatorCli.mappingProblems", { file: fileName }),
          ...preview.problems.map((problem) => `  ${sayMessage(locale, problem)}`),
          say("indicatorCli.fileColumns", {
            columns: preview.headers
              .filter((h) => h !== "")
              .map(quote)
              .join(", "),
          }),
        ].join("\n"),
      );
      return EXIT.usage;
    }
    ignoreClosedOutput();
    if (options.preview || !organisation) {
      process.stdout.write(formatPreview(locale, fileName, preview));
      return EXIT.ok;
    }
    const chosen = "mapping" in preview && mapping ? { ...upload, mapping: asWritten(mapping, preview) } : upload;
    return await importTheFile(service, organisation, chosen, options, preview.rejected);
  } finally {
    await database.close();
  }
}

async function importTheFile(
  service: IndicatorImportService,
  organisation: { readonly id: string; readonly name: string },
  upload: Parameters<IndicatorImportService["importFile"]>[2],
  options: IndikatorerOptions,
  rejected: Parameters<typeof rejectedLines>[1],
): Promise<number> {
  const locale = cliLocale();
  const answer = await service
    .importFile(null, organisation.id, upload, {
      role: options.population ? "population" : "indicator",
      measureKind: options.measure as MeasureKind | undefined,
      unit: options.unit,
      acceptRejected: options.skipRejected === true,
    })
    .catch((error: unknown) => {
      // Every row rejected and --skip-rejected: there is nothing left to store.
      if (error instanceof InvalidInputError && error.messageKey === "indicators.errors.nothingToImport") return null;
      throw error;
    });
  if (answer === null) {
    console.error([say("indicatorCli.nothingToImport"), ...rejectedLines(locale, rejected)].join("\n"));
    return EXIT.partial;
  }
  if (answer.kind === "rejected") {
    console.error(
      [say("indicatorCli.refused", { count: answer.rejected.length }), ...rejectedLines(locale, answer.rejected)].join(
        "\n",
      ),
    );
    return EXIT.partial;
  }
  process.stdout.write(formatImported(locale, organisation.name, answer));
  return EXIT.ok;
}

/** The column flags as a mapping to lay over the guessed one; undefined when none is given. */
function mappingOf(options: IndikatorerOptions): Partial<ColumnMapping> | undefined {
  const chosen: { -readonly [F in keyof ColumnMapping]?: ColumnMapping[F] } = {};
  for (const field of COLUMN_FLAGS) {
    const column = options[field]?.trim();
    if (column !== undefined) chosen[field] = column === NO_COLUMN ? null : column;
  }
  if (options.dimension && options.dimension.length > 0) chosen.dimensions = options.dimension.map((d) => d.trim());
  return Object.keys(chosen).length > 0 ? chosen : undefined;
}

/**
 * The flags' columns as the file writes them. A flag may differ in case and accents ("resultat"
 * for "Resultat"), which the importer accepts; naming the header exactly keeps it from also
 * staying a guessed dimension. Names the file lacks are left for the importer to report.
 */
function asWritten(mapping: Partial<ColumnMapping>, file: IndicatorPreviewAnswer): Partial<ColumnMapping> {
  if (!("headers" in file)) return mapping;
  const header = (name: string) => file.headers[findHeader(file.headers, name)] ?? name;
  const written: { -readonly [F in keyof ColumnMapping]?: ColumnMapping[F] } = {};
  for (const [field, column] of Object.entries(mapping) as [
    keyof ColumnMapping,
    ColumnMapping[keyof ColumnMapping],
  ][]) {
    if (field === "dimensions") written.dimensions = (column as readonly string[]).map(header);
    else written[field] = typeof column === "string" ? header(column) : null;
  }
  return written;
}

function isMeasureKind(value: string): value is MeasureKind {
  return (MEASURE_KINDS as readonly string[]).includes(value);
}

/** The file's bytes, or a sentence saying why it cannot be read. */
async function readTheFile(file: string): Promise<Uint8Array | string> {
  try {
    if (!(await stat(file)).isFile()) return say("indicatorCli.notAFile", { file });
    return new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return say("indicatorCli.fileMissing", { file });
    return say("indicatorCli.unreadableFile", { file, reason: code ?? String(error) });
  }
}

/**
 * The service's answer, or the sentence saying why the file could not be read at all (not CSV,
 * empty, not an SCB or Kolada answer …), with each reason the importer gave.
 */
async function notReadable<T>(fileName: string, work: () => Promise<T>): Promise<T | string> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    const reasons = error.details.map((detail) => `  ${say(detail.messageKey, detail.params ?? {})}`);
    return [say("indicatorCli.fileNotRead", { file: fileName }), ...reasons].join("\n");
  }
}

/** "There is no organisation …", then the close names, or every name when there are few (as checklista). */
function unknownOrganisation(wanted: string, names: readonly string[]): string {
  const lines = [say("checklists.cli.unknownOrganisation", { name: wanted })];
  const close = closeNames(wanted, names);
  const quote = (list: readonly string[]) => list.map((name) => say("checklists.cli.quoted", { name })).join(", ");
  if (close.length > 0) lines.push(say("checklists.cli.closeNames", { names: quote(close) }));
  else if (names.length === 0) lines.push(say("checklists.cli.noOrganisations"));
  else if (names.length <= LIST_ALL_UP_TO) lines.push(say("checklists.cli.knownNames", { names: quote(names) }));
  return lines.join("\n");
}

/** `jamt indikatorer … | head` closes standard output early; that is not an error worth a stack trace. */
function ignoreClosedOutput(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}
