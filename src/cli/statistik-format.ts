import { stringify } from "csv-stringify/sync";
import type { Locale, MessageKey } from "../core/index.js";
import {
  type BreakdownRow,
  type EstimateOutcome,
  type Gap,
  methodsNoteLines,
  type Reported,
  SUPPRESSION_MARK,
} from "../core/statistics/index.js";
import type { Breakdown } from "../services/statistics/individual/index.js";
import { padEnd, padStart, width } from "./terminal-text.js";

export const STATISTIK_FORMATS = ["table", "csv", "json"] as const;
export type StatistikFormat = (typeof STATISTIK_FORMATS)[number];

export function isStatistikFormat(value: string): value is StatistikFormat {
  return (STATISTIK_FORMATS as readonly string[]).includes(value);
}

type Say = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * One flat record per row of the breakdown, the same for every format: the group's values,
 * sex (K, M, T), n, and the measures that were asked for. A withheld figure is the mark ".."
 * whatever the reason (telling small cells from secondary ones would reveal more); a figure
 * that cannot be estimated is null.
 */
interface FlatRow {
  readonly group: readonly { readonly column: string; readonly value: string }[];
  readonly sex: string;
  readonly n: number | typeof SUPPRESSION_MARK;
  readonly suppressed: boolean;
  readonly shareOfWomen?: Interval | Mark | null;
  readonly mean?: Interval | Mark | null;
  readonly median?: number | Mark | null;
  readonly ratePerThousand?: Interval | Mark | null;
  readonly gap?: GapFigures | Mark | null;
}

type Mark = typeof SUPPRESSION_MARK;
interface Interval {
  readonly value: number;
  readonly lower: number;
  readonly upper: number;
}
interface GapFigures extends Interval {
  readonly ratio: number | null;
  readonly womenShare: number | null;
  readonly clear: boolean | null;
}

function interval(outcome: EstimateOutcome): Interval | null {
  return outcome.kind === "estimate"
    ? { value: outcome.value, lower: outcome.interval.lower, upper: outcome.interval.upper }
    : null;
}

function reported<T, U>(figure: Reported<T> | undefined, read: (value: T) => U): U | Mark | null | undefined {
  if (figure === undefined) return undefined;
  return figure.kind === "suppressed" ? SUPPRESSION_MARK : read(figure.value);
}

function gapFigures(gap: Gap): GapFigures | null {
  const difference = interval(gap.difference);
  if (difference === null) return null;
  return {
    ...difference,
    ratio: gap.ratio.kind === "estimate" ? gap.ratio.value : null,
    womenShare: gap.womenShare.kind === "estimate" ? gap.womenShare.value : null,
    clear: gap.clear,
  };
}

/** The gap to print: the mean's when there is a measure, else the gap in number (share points). */
function flatten(row: BreakdownRow, withMean: boolean): FlatRow {
  const { measures } = row;
  const gap = withMean ? measures.gaps?.mean : measures.gaps?.proportion;
  const flat: FlatRow = {
    group: row.group,
    sex: row.sex,
    n: row.n.kind === "shown" ? row.n.value : SUPPRESSION_MARK,
    suppressed: row.suppressed !== null,
    shareOfWomen: row.sex === "T" ? reported(measures.shareOfWomen, interval) : undefined,
    mean: reported(measures.mean, interval),
    median: reported(measures.median, (value) => value),
    ratePerThousand: reported(measures.ratePerThousand, interval),
    gap: row.sex === "T" ? reported(gap, gapFigures) : undefined,
  };
  return Object.fromEntries(Object.entries(flat).filter(([, value]) => value !== undefined)) as unknown as FlatRow;
}

/** The breakdown as `jamt statistik` prints it on standard output, ending with a line break. */
export function formatBreakdown(
  breakdown: Breakdown,
  options: { readonly format: StatistikFormat; readonly withMean: boolean; readonly locale: Locale; readonly say: Say },
): string {
  const rows = breakdown.rows.map((row) => flatten(row, options.withMean));
  switch (options.format) {
    case "json":
      return `${JSON.stringify(
        {
          rows: rows.map(({ group, ...rest }) => ({
            group: Object.fromEntries(group.map((key) => [key.column, key.value])),
            ...rest,
          })),
          analysedRows: breakdown.analysedRows,
          excludedRows: breakdown.excludedRows,
          invalidIdentity: breakdown.invalidIdentity,
          methods: breakdown.methods,
        },
        null,
        2,
      )}\n`;
    case "csv":
      return formatCsv(breakdown, rows, options.withMean, options.locale);
    case "table":
      return formatTable(breakdown, rows, options);
  }
}

function groupColumns(breakdown: Breakdown): string[] {
  return breakdown.rows[0]?.group.map((key) => key.column) ?? [];
}

/** Decimals a CSV figure is rounded to: enough for any figure here, without floating-point noise (-3.0000000000000027). */
const CSV_DECIMALS = 4;

/**
 * A figure in the CSV, rounded to at most four decimals: in Swedish with a decimal comma, in
 * English with a decimal point; no thousands separator, so that spreadsheets read it as a number.
 */
export function csvNumber(value: number, locale: Locale): string {
  const factor = 10 ** CSV_DECIMALS;
  const rounded = Math.round(value * factor) / factor;
  const text = (Object.is(rounded, -0) ? 0 : rounded).toFixed(CSV_DECIMALS).replace(/\.?0+$/, "");
  return locale === "sv" ? text.replace(".", ",") : text;
}

/**
 * A header and one line per row; intervals as _lower/_upper columns; ".." for withheld figures.
 * Like `jamt checklista --format csv`: in Swedish semicolons and a decimal comma (as Swedish
 * Excel reads it), in English commas and a decimal point.
 */
function formatCsv(breakdown: Breakdown, rows: readonly FlatRow[], withMean: boolean, locale: Locale): string {
  const figure = (value: number | string) => (typeof value === "number" ? csvNumber(value, locale) : value);
  const header = [
    ...groupColumns(breakdown),
    "sex",
    "n",
    "suppressed",
    "share_of_women",
    "share_of_women_lower",
    "share_of_women_upper",
    ...(withMean ? ["mean", "mean_lower", "mean_upper", "median"] : []),
    "gap",
    "gap_lower",
    "gap_upper",
    "gap_ratio",
    "gap_women_share",
    "gap_clear",
  ];
  const triple = (figure: Interval | Mark | null | undefined): (string | number)[] => {
    if (figure === undefined || figure === null) return ["", "", ""];
    if (figure === SUPPRESSION_MARK) return [figure, figure, figure];
    return [figure.value, figure.lower, figure.upper];
  };
  const lines = rows.map((row) => {
    const gap = row.gap;
    const gapCells =
      gap === undefined || gap === null
        ? ["", "", "", "", "", ""]
        : gap === SUPPRESSION_MARK
          ? Array(6).fill(SUPPRESSION_MARK)
          : [...triple(gap), gap.ratio ?? "", gap.womenShare ?? "", gap.clear === null ? "" : String(gap.clear)];
    return [
      ...row.group.map((key) => key.value),
      row.sex,
      figure(row.n),
      String(row.suppressed),
      ...[...triple(row.shareOfWomen), ...(withMean ? [...triple(row.mean), row.median ?? ""] : []), ...gapCells].map(
        figure,
      ),
    ];
  });
  return stringify([header, ...lines], { delimiter: locale === "sv" ? ";" : "," });
}

/** Aligned columns in the user's language, numbers as the locale writes them, then the methods note. */
function formatTable(
  breakdown: Breakdown,
  rows: readonly FlatRow[],
  options: { readonly withMean: boolean; readonly locale: Locale; readonly say: Say },
): string {
  const { say, withMean } = options;
  const numbers = new Intl.NumberFormat(options.locale === "sv" ? "sv-SE" : "en-GB", { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(options.locale === "sv" ? "sv-SE" : "en-GB", {
    style: "percent",
    maximumFractionDigits: 1,
  });
  const notTestable = say("statisticsEngine.cli.notTestable");
  const show = (figure: number | Mark | null | undefined, format: (n: number) => string = numbers.format) =>
    figure === undefined || figure === null ? notTestable : figure === SUPPRESSION_MARK ? figure : format(figure);
  const range = (figure: Interval | Mark | null | undefined, format: (n: number) => string = numbers.format) =>
    figure === undefined || figure === null || figure === SUPPRESSION_MARK
      ? show(figure as Mark | null | undefined)
      : `${format(figure.lower)} – ${format(figure.upper)}`;
  const value = (figure: Interval | Mark | null | undefined, format?: (n: number) => string) =>
    figure === undefined || figure === null || figure === SUPPRESSION_MARK
      ? show(figure as Mark | null | undefined)
      : show(figure.value, format);
  const gapFormat = withMean
    ? numbers.format
    : (n: number) => `${numbers.format(n)} ${say("statisticsEngine.cli.pointsUnit")}`;
  const clear = (gap: FlatRow["gap"]) =>
    gap === undefined || gap === null || gap === SUPPRESSION_MARK
      ? show(gap as Mark | null | undefined)
      : gap.clear === null
        ? notTestable
        : say(gap.clear ? "statisticsEngine.cli.yes" : "statisticsEngine.cli.no");
  const column = (key: string) => say(`statisticsEngine.cli.columns.${key}` as MessageKey);
  const header = [
    ...groupColumns(breakdown),
    column("sex"),
    column("n"),
    column("shareOfWomen"),
    ...(withMean ? [column("mean"), column("meanInterval"), column("median")] : []),
    column("gap"),
    column("gapInterval"),
    column("clear"),
  ];
  const body = rows.map((row) => [
    ...row.group.map((key) => key.value),
    row.sex,
    show(row.n),
    row.sex === "T" ? value(row.shareOfWomen, percent.format) : "",
    ...(withMean ? [value(row.mean), range(row.mean), show(row.median)] : []),
    row.sex === "T" ? value(row.gap, gapFormat) : "",
    row.sex === "T" ? range(row.gap, gapFormat) : "",
    row.sex === "T" ? clear(row.gap) : "",
  ]);
  const textColumns = groupColumns(breakdown).length + 1;
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((cells) => width(cells[i] ?? ""))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i < textColumns ? padEnd(cell, widths[i] ?? 0) : padStart(cell, widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w));
  const note = methodsNoteLines(breakdown.methods, say);
  return `${[line(header), line(rule), ...body.map(line), "", `${say("statisticsEngine.methods.title")}:`, ...note.map((text) => `  ${text}`)].join("\n")}\n`;
}
