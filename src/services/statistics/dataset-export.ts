import {
  type EstimateOutcome,
  type Locale,
  type MessageKey,
  methodsNoteLines,
  type Published,
  type PublishedBreakdownRow,
  SUPPRESSION_MARK,
} from "../../core/index.js";
import { translate } from "../translator.js";
import type { BreakdownAnswer } from "./dataset.service.js";
import { type StatisticsTable, type TableCell, tableCsv, tableXlsx } from "./statistics-table-file.js";

/**
 * A breakdown of a dataset as a table to export: one row per group and sex, the group's
 * columns first, then n and each measure that was asked for (with its 95 % limits), and the
 * gap between women and men on the T rows. Withheld figures are written "..", never 0; a
 * measure that cannot be estimated is left empty.
 */

type Column = { readonly heading: string; readonly cell: (row: PublishedBreakdownRow) => TableCell };

function reportedCell<T>(figure: Published<T> | undefined, read: (value: T) => TableCell): TableCell {
  if (figure === undefined) return null;
  return figure.kind === "suppressed" ? SUPPRESSION_MARK : read(figure.value);
}

/** The point estimate, or one of its limits, of an estimate that may be withheld; `scale` 100 for per cent. */
function estimateCell(
  figure: Published<EstimateOutcome> | undefined,
  part: "value" | "lower" | "upper",
  scale = 1,
): TableCell {
  return reportedCell(figure, (outcome) => {
    if (outcome.kind !== "estimate") return null;
    const number = part === "value" ? outcome.value : outcome.interval[part];
    return round(number * scale);
  });
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export function breakdownTable(answer: BreakdownAnswer, datasetName: string, locale: Locale): StatisticsTable {
  const t = (key: string, params: Record<string, unknown> = {}) =>
    translate(locale, `indicators.export.${key}` as MessageKey, params);
  const groupColumns = answer.rows[0]?.group.map((key) => key.column) ?? [];
  const has = (pick: (row: PublishedBreakdownRow) => unknown) => answer.rows.some((row) => pick(row) !== undefined);
  const columns: Column[] = [
    ...groupColumns.map((name, index) => ({
      heading: name,
      cell: (row: PublishedBreakdownRow) => row.group[index]?.value ?? null,
    })),
    { heading: t("sex"), cell: (row) => translate(locale, `statistics.sex.${row.sex}` as MessageKey) },
    { heading: t("n"), cell: (row) => reportedCell(row.n, (n) => n) },
  ];
  const withLimits = (
    heading: string,
    pick: (row: PublishedBreakdownRow) => Published<EstimateOutcome> | undefined,
    scale = 1,
  ) => {
    if (!has(pick)) return;
    columns.push(
      { heading, cell: (row) => estimateCell(pick(row), "value", scale) },
      { heading: `${heading} – ${t("lower")}`, cell: (row) => estimateCell(pick(row), "lower", scale) },
      { heading: `${heading} – ${t("upper")}`, cell: (row) => estimateCell(pick(row), "upper", scale) },
    );
  };
  withLimits(t("shareOfWomen"), (row) => row.measures.shareOfWomen as Published<EstimateOutcome> | undefined, 100);
  withLimits(t("ratePerThousand"), (row) => row.measures.ratePerThousand as Published<EstimateOutcome> | undefined);
  withLimits(t("standardisedRate"), (row) => row.measures.standardisedRate as Published<EstimateOutcome> | undefined);
  withLimits(t("mean"), (row) => row.measures.mean);
  if (has((row) => row.measures.median)) {
    columns.push({ heading: t("median"), cell: (row) => reportedCell(row.measures.median, (value) => value) });
  }
  for (const kind of ["proportion", "rate", "standardisedRate", "mean"] as const) {
    const gapOf = (row: PublishedBreakdownRow) => row.measures.gaps?.[kind];
    if (!has(gapOf)) continue;
    const heading = t(`gap${kind[0]?.toUpperCase()}${kind.slice(1)}`);
    withLimits(heading, (row) => {
      const gap = gapOf(row);
      if (gap === undefined) return undefined;
      return gap.kind === "suppressed" ? gap : { kind: "shown", value: gap.value.difference };
    });
    columns.push({
      heading: `${heading} – ${t("clear")}`,
      cell: (row) =>
        reportedCell(gapOf(row), (gap) => (gap.clear === null ? t("cannotTell") : gap.clear ? t("yes") : t("no"))),
    });
  }
  return {
    sheet: t("sheet"),
    header: columns.map((column) => column.heading),
    rows: answer.rows.map((row) => columns.map((column) => column.cell(row))),
    methodsSheet: t("methodsSheet"),
    methods: [
      ...methodsNoteLines(answer.methods, (key, params) => translate(locale, key, params)),
      t("suppressionNote"),
    ],
  };
}

export function breakdownCsv(answer: BreakdownAnswer, datasetName: string, locale: Locale): string {
  return tableCsv(breakdownTable(answer, datasetName, locale), locale);
}

export function breakdownXlsx(answer: BreakdownAnswer, datasetName: string, locale: Locale): Promise<Uint8Array> {
  return tableXlsx(breakdownTable(answer, datasetName, locale));
}
