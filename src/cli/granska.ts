import { MultiBar } from "cli-progress";
import { EXIT } from "./exit-codes.js";
import { collectDocuments } from "./granska-files.js";
import { formatReviews, isOutputFormat } from "./granska-format.js";
import { type Review, reviewFile } from "./granska-review.js";
import { cliLocale, say } from "./messages.js";

/** Below this many files a run is quick and a progress bar would only flicker. */
const PROGRESS_FROM_FILES = 5;
const PROGRESS_NAME_WIDTH = 40;

/**
 * `jamt granska <files or folders…> [--format table|json|csv]`: reads each case document,
 * analyses its gender impact section and prints one result per file on standard output (a table,
 * one JSON array, or CSV). Everything else goes to standard error: one line per file that could
 * not be read (the batch goes on), a closing count when some could not, and a progress bar when
 * standard error is a terminal and there are more than a few files.
 *
 * Returns the exit code: ok when every file was read and analysed, partial when some were not,
 * usage for an unknown format, a path that does not exist, or nothing to review.
 */
export async function granska(paths: readonly string[], options: { readonly format: string }): Promise<number> {
  const { format } = options;
  if (!isOutputFormat(format)) {
    console.error(say("documents.cli.unknownFormat", { format }));
    return EXIT.usage;
  }
  const collected = await collectDocuments(paths);
  if (collected.kind === "missing") {
    for (const path of collected.paths) console.error(say("documents.cli.pathNotFound", { path }));
    return EXIT.usage;
  }
  const { documents } = collected;
  if (documents.length === 0) {
    console.error(say("documents.cli.noDocuments"));
    return EXIT.usage;
  }

  const locale = cliLocale();
  const progress = startProgress(documents.length);
  const reviews: Review[] = [];
  for (const document of documents) {
    progress.show(document.shown);
    const review = await reviewFile(document, locale);
    reviews.push(review);
    if (review.kind === "failed") progress.log(errorLine(review));
    progress.advance();
  }
  progress.stop();

  ignoreClosedOutput();
  process.stdout.write(formatReviews(reviews, format, say));
  const failed = reviews.filter((review) => review.kind === "failed").length;
  if (failed === 0) return EXIT.ok;
  console.error(
    say("documents.cli.summary", { read: reviews.length - failed, total: reviews.length, unreadable: failed }),
  );
  return EXIT.partial;
}

function errorLine(review: Extract<Review, { kind: "failed" }>): string {
  const message = review.detail ? `${review.message} (${review.detail})` : review.message;
  return say("documents.cli.fileError", { file: review.file, message });
}

interface Progress {
  show(file: string): void;
  /** Writes a line on standard error above the bar (or alone, without a bar). */
  log(line: string): void;
  advance(): void;
  stop(): void;
}

/**
 * A progress bar on standard error, only where someone watches it (a terminal) and only for
 * runs long enough to need one; standard output stays clean for the results either way.
 */
function startProgress(total: number): Progress {
  if (!process.stderr.isTTY || total <= PROGRESS_FROM_FILES) {
    return { show() {}, log: (line) => console.error(line), advance() {}, stop() {} };
  }
  const bars = new MultiBar({
    stream: process.stderr,
    format: `${say("documents.cli.progress")} [{bar}] {value}/{total} {file}`,
    clearOnComplete: true,
    hideCursor: null,
    barsize: 30,
  });
  const bar = bars.create(total, 0, { file: "" });
  return {
    show: (file) => bar.update({ file: shorten(file) }),
    log: (line) => bars.log(`${line}\n`),
    advance: () => bar.increment(),
    stop: () => {
      bars.update(); // writes the error lines still waiting for the next redraw; stop() would drop them
      bars.stop();
    },
  };
}

function shorten(file: string): string {
  const chars = [...file];
  return chars.length <= PROGRESS_NAME_WIDTH ? file : `…${chars.slice(-(PROGRESS_NAME_WIDTH - 1)).join("")}`;
}

/** `jamt granska … | head` closes standard output early; that is not an error worth a stack trace. */
function ignoreClosedOutput(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}
