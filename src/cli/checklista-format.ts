import { stringify } from "csv-stringify/sync";
import type { Locale } from "../core/index.js";
import {
  type ChecklistTableExport,
  formatNumber,
  formatSum,
  itemText,
  localised,
  tableTextRows,
} from "../services/checklists/index.js";
import { translate } from "../services/translator.js";
import { padEnd, padStart, width } from "./terminal-text.js";

export const TABLE_FORMATS = ["table", "csv", "json"] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

export function isTableFormat(value: string): value is TableFormat {
  return (TABLE_FORMATS as readonly string[]).includes(value);
}

/** The table of assessments as `jamt checklista` prints it on standard output, ending with a line break. */
export function formatChecklistTable(data: ChecklistTableExport, format: TableFormat, locale: Locale): string {
  switch (format) {
    case "table":
      return formatText(data, locale);
    case "csv":
      return formatCsv(data, locale);
    case "json":
      return `${JSON.stringify(jsonItems(data), null, 2)}\n`;
  }
}

/**
 * A title line, then the table with its columns aligned: the number, one column per occasion
 * (its name over its date), and the item's text last, so that a long text wrapping in a narrow
 * terminal never pushes the figures out of line. The sum row closes it. Without assessments, a
 * sentence saying so instead of a header over a bare sum row.
 */
function formatText(data: ChecklistTableExport, locale: Locale): string {
  if (data.table.columns.length === 0) {
    const checklist = localised(data.table.definition.name, locale);
    return `${translate(locale, "checklists.cli.noAssessments", { organisation: data.organisationName, checklist })}\n`;
  }
  const { header, rows, footer } = tableTextRows(data.table, locale);
  const [no = "", item = "", ...occasions] = header;
  const names = occasions.map((heading) => heading.split("\n")[0] ?? "");
  const dates = occasions.map((heading) => heading.split("\n")[1] ?? "");
  const reorder = (cells: readonly string[]) => [cells[0] ?? "", ...cells.slice(2), cells[1] ?? ""];
  const lines = [[no, ...names, item], ["", ...dates, ""], ...rows.map(reorder), reorder(footer)];
  const last = lines[0]?.length ? lines[0].length - 1 : 0;
  const widths = (lines[0] ?? []).map((_, column) =>
    column === last ? 0 : Math.max(...lines.map((line) => width(line[column] ?? ""))),
  );
  const rule = widths.map((w, column) => "-".repeat(column === last ? width(item) : w));
  const render = (cells: readonly string[], headingRow: boolean) =>
    cells
      .map((cell, column) => {
        if (column === last) return cell;
        const to = widths[column] ?? 0;
        return headingRow && column > 0 ? padEnd(cell, to) : padStart(cell, to);
      })
      .join("  ")
      .trimEnd();
  const title = `${data.organisationName} – ${localised(data.table.definition.name, locale)}`;
  return `${[
    title,
    "",
    render(lines[0] ?? [], true),
    render(lines[1] ?? [], true),
    rule.join("  "),
    ...lines.slice(2).map((line) => render(line, false)),
  ].join("\n")}\n`;
}

/**
 * CSV like the follow-up's: in Swedish with semicolons and a decimal comma (as Swedish Excel
 * reads it), in English with commas and a decimal point. Unscored items are empty fields; no
 * byte-order mark, since this goes to a pipe or a terminal rather than straight into Excel.
 * Without assessments only the header row is written: no occasions, so no figures to put in rows.
 */
function formatCsv(data: ChecklistTableExport, locale: Locale): string {
  const { table } = data;
  const say = (key: "no" | "item" | "sum") => translate(locale, `checklists.table.${key}`);
  const header = [say("no"), say("item"), ...table.columns.map((column) => `${column.occasion} ${column.date}`)];
  const rows = table.definition.items.map((item, index) => [
    String(item.no),
    itemText(item, locale),
    ...table.columns.map((column) => {
      const score = column.scores[index] ?? null;
      return score === null ? "" : formatNumber(score, locale);
    }),
  ]);
  const footer = ["", say("sum"), ...table.columns.map((column) => formatSum(column.sum, locale))];
  const delimiter = locale === "sv" ? ";" : ",";
  if (table.columns.length === 0) return stringify([header], { delimiter });
  return stringify([header, ...rows, footer], { delimiter });
}

/** One object per assessment, in date order: occasion, date, the scores in item order (null where unscored), the sum. */
function jsonItems(data: ChecklistTableExport) {
  return data.table.columns.map((column) => ({
    occasion: column.occasion,
    date: column.date,
    scores: column.scores,
    sum: column.sum.sum,
  }));
}
