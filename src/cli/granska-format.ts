import { stringify } from "csv-stringify/sync";
import { CRITERION_IDS } from "../core/analysis/types.js";
import type { MessageKey } from "../core/index.js";
import type { Review } from "./granska-review.js";
import { padEnd, padStart, width } from "./terminal-text.js";

export const OUTPUT_FORMATS = ["table", "json", "csv"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

type Say = (key: MessageKey, params?: Record<string, unknown>) => string;

/** The reviews as `jamt granska` prints them on standard output, ending with a line break. */
export function formatReviews(reviews: readonly Review[], format: OutputFormat, say: Say): string {
  switch (format) {
    case "table":
      return formatTable(reviews, say);
    case "json":
      return `${JSON.stringify(reviews.map(jsonItem), null, 2)}\n`;
    case "csv":
      return formatCsv(reviews);
  }
}

/**
 * One line per file, columns aligned, headings in the user's language: file, gender section
 * (present/absent), verdict, score, criteria met ("7/12"). An unreadable file has its row too.
 */
function formatTable(reviews: readonly Review[], say: Say): string {
  const header = [
    say("documents.cli.columns.file"),
    say("documents.cli.columns.genderSection"),
    say("documents.cli.columns.verdict"),
    say("documents.cli.columns.score"),
    say("documents.cli.columns.criteria"),
  ];
  const rows = reviews.map((review) => {
    if (review.kind === "failed") return [review.file, "–", say("documents.cli.unreadableRow"), "–", "–"];
    const { analysis } = review;
    const met = analysis.criteria.filter((criterion) => criterion.met).length;
    return [
      review.file,
      say(`documents.cli.genderSection.${analysis.genderSection.present ? "present" : "absent"}`),
      say(`analysis.verdicts.${analysis.verdict}`),
      String(analysis.score),
      `${met}/${analysis.criteria.length}`,
    ];
  });
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => width(row[column] ?? ""))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === 3 ? padStart(cell, widths[column] ?? 0) : padEnd(cell, widths[column] ?? 0)))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w));
  return `${[line(header), line(rule), ...rows.map(line)].join("\n")}\n`;
}

/** One item per file: the analysis in the fields scripts rely on, or the error. */
function jsonItem(review: Review): unknown {
  if (review.kind === "failed") return { file: review.file, error: { reason: review.reason, message: review.message } };
  const { analysis } = review;
  return {
    file: review.file,
    genderSection: analysis.genderSection.present ? "present" : "absent",
    verdict: analysis.verdict,
    score: analysis.score,
    criteria: analysis.criteria.map(({ id, met, evidence, advice }) => ({ id, met, evidence, advice })),
  };
}

/**
 * A header and one row per file: file, genderSection, verdict, score, one column per criterion
 * (1 met, 0 not), error (the reason code, as in the JSON, for an unreadable file; empty otherwise).
 */
function formatCsv(reviews: readonly Review[]): string {
  const header = ["file", "genderSection", "verdict", "score", ...CRITERION_IDS, "error"];
  const rows = reviews.map((review) => {
    if (review.kind === "failed") return [review.file, "", "", "", ...CRITERION_IDS.map(() => ""), review.reason];
    const { analysis } = review;
    const met = new Map(analysis.criteria.map((criterion) => [criterion.id, criterion.met]));
    return [
      review.file,
      analysis.genderSection.present ? "present" : "absent",
      analysis.verdict,
      String(analysis.score),
      ...CRITERION_IDS.map((id) => (met.get(id) ? "1" : "0")),
      "",
    ];
  });
  return stringify([header, ...rows]);
}
