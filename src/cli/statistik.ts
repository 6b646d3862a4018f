import { stat } from "node:fs/promises";
import { SingleBar } from "cli-progress";
import { type AgeBand, type ImportFailure, parseAgeBands } from "../core/statistics/index.js";
import {
  analyseIndividualFile,
  type BreakdownSpec,
  readReferenceDate,
  today,
} from "../services/statistics/individual/index.js";
import { EXIT } from "./exit-codes.js";
import { cliLocale, say } from "./messages.js";
import { formatBreakdown, isStatistikFormat } from "./statistik-format.js";

/** Files smaller than this are read in a moment; a progress bar would only flicker. */
const PROGRESS_FROM_BYTES = 20 * 1024 * 1024;
/** At most this many row numbers of invalid identity numbers are printed; the count is always whole. */
const PRINTED_ROWS = 20;

export interface StatistikOptions {
  readonly pnr?: string | undefined;
  readonly refDate?: string | undefined;
  readonly by?: string | undefined;
  readonly ageBands?: string | undefined;
  readonly mean?: string | undefined;
  readonly minCell: string;
  readonly format: string;
}

/**
 * `jamt statistik <file> [--pnr <column>] [--ref-date YYYY-MM-DD] [--by <column,…>]
 * [--age-bands 0-19,20-39,…] [--mean <column>] [--min-cell N] [--format table|csv|json]`:
 * breaks an individual-level file (CSV or Parquet) down by sex × the `--by` columns × age
 * band and prints one row per group and sex (K, M, T) with n, the measures and the gaps,
 * withheld figures printed "..". The results go to standard output; messages (invalid
 * identity numbers as a count and row numbers, rows left out, a progress bar on a terminal
 * for large files) go to standard error.
 *
 * Returns the exit code: ok, or usage for bad options and for a file that cannot be
 * analysed (missing, unreadable, a missing column, no valid rows), with one sentence saying
 * why. Never a stack trace, and never an identity number in any message.
 */
export async function statistik(file: string, options: StatistikOptions): Promise<number> {
  try {
    return await run(file, options);
  } catch (error) {
    // Only the first line of the message, with long digit runs removed: no stack, no number.
    const detail = (error instanceof Error ? error.message : String(error)).split("\n")[0]?.replace(/\d{6,}/g, "…");
    console.error(say("statisticsEngine.cli.unexpected", { detail: detail ?? "" }));
    return EXIT.partial;
  }
}

async function run(file: string, options: StatistikOptions): Promise<number> {
  const spec = specFrom(options);
  if (typeof spec === "string") {
    console.error(spec);
    return EXIT.usage;
  }
  const size = (await stat(file).catch(() => null))?.size ?? 0;
  const progress = startProgress(size);
  const outcome = await analyseIndividualFile(file, { ...spec, onProgress: progress.update }).finally(progress.stop);
  if (outcome.kind === "failed") {
    console.error(failureText(outcome));
    return EXIT.usage;
  }
  const { invalidIdentity } = outcome;
  if (invalidIdentity.count > 0) {
    const shown = invalidIdentity.rows.slice(0, PRINTED_ROWS).join(", ");
    const more = invalidIdentity.count - Math.min(PRINTED_ROWS, invalidIdentity.rows.length);
    const rows = more > 0 ? say("statisticsEngine.cli.invalidIdentityMore", { rows: shown, more }) : shown;
    console.error(say("statisticsEngine.cli.invalidIdentity", { count: invalidIdentity.count, rows }));
  }
  if (outcome.excludedRows > 0)
    console.error(say("statisticsEngine.cli.excludedRows", { count: outcome.excludedRows }));
  ignoreClosedOutput();
  process.stdout.write(
    formatBreakdown(outcome, {
      format: options.format as "table" | "csv" | "json",
      withMean: spec.mean !== undefined,
      locale: cliLocale(),
      say,
    }),
  );
  return EXIT.ok;
}

/** The engine's spec from the options, or the sentence saying what is wrong with them. */
function specFrom(options: StatistikOptions): Omit<BreakdownSpec, "onProgress"> | string {
  if (!isStatistikFormat(options.format)) return say("statisticsEngine.cli.unknownFormat", { format: options.format });
  const minCell = Number(options.minCell);
  if (!/^\d+$/.test(options.minCell.trim()) || !Number.isInteger(minCell) || minCell < 1) {
    return say("statisticsEngine.failed.badMinCell", { value: options.minCell });
  }
  const referenceDate = options.refDate ?? today();
  if (readReferenceDate(referenceDate) === null)
    return say("statisticsEngine.failed.badReferenceDate", { date: referenceDate });
  let ageBands: readonly AgeBand[] | null = null;
  if (options.ageBands !== undefined) {
    const parsed = parseAgeBands(options.ageBands);
    if (parsed.kind === "invalid") return ageBandText(parsed.problem);
    ageBands = parsed.bands;
  }
  const by = (options.by ?? "")
    .split(",")
    .map((column) => column.trim())
    .filter((column) => column !== "");
  return {
    ...(options.pnr === undefined ? {} : { identity: { column: options.pnr, referenceDate } }),
    by,
    ageBands,
    ...(options.mean === undefined ? {} : { mean: options.mean }),
    minCell,
  };
}

function ageBandText(problem: Extract<ReturnType<typeof parseAgeBands>, { kind: "invalid" }>["problem"]): string {
  switch (problem.kind) {
    case "empty":
      return say("statisticsEngine.failed.ageBands.empty");
    case "garbled":
      return say("statisticsEngine.failed.ageBands.garbled", { part: problem.part, position: problem.position });
    case "reversed":
      return say("statisticsEngine.failed.ageBands.reversed", { part: problem.part });
    case "not_from_zero":
      return say("statisticsEngine.failed.ageBands.notFromZero", { first: problem.first });
    case "gap":
      return say("statisticsEngine.failed.ageBands.gap", { after: problem.after, before: problem.before });
    case "overlap":
      return say("statisticsEngine.failed.ageBands.overlap", { after: problem.after, before: problem.before });
    case "open_band_not_last":
      return say("statisticsEngine.failed.ageBands.openBandNotLast", { part: problem.part });
    case "no_open_end":
      return say("statisticsEngine.failed.ageBands.noOpenEnd", { last: problem.last });
  }
}

function failureText(failure: ImportFailure): string {
  return failure.reasons.map((reason) => say(reason.key, reason.params)).join("\n");
}

interface Progress {
  readonly update: (done: number, total: number | null) => void;
  readonly stop: () => void;
}

/** A percentage bar on standard error, for large files and only where someone watches (a terminal). */
function startProgress(bytes: number): Progress {
  if (!process.stderr.isTTY || bytes < PROGRESS_FROM_BYTES) return { update() {}, stop() {} };
  const bar = new SingleBar({
    stream: process.stderr,
    format: `${say("statisticsEngine.cli.progress")} [{bar}] {percentage} %`,
    clearOnComplete: true,
    hideCursor: null,
    barsize: 30,
  });
  bar.start(100, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}

/** `jamt statistik … | head` closes standard output early; that is not an error worth a stack trace. */
function ignoreClosedOutput(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}
