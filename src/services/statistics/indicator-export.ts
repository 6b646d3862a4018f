import { type Locale, type MessageKey, methodsNoteLines, SUPPRESSION_MARK } from "../../core/index.js";
import { translate } from "../translator.js";
import type { IndicatorService } from "./indicator.service.js";
import type { Published } from "./indicator-disclosure.js";
import { type StatisticsTable, type TableCell, tableCsv, tableXlsx } from "./statistics-table-file.js";

/** A published figure as an export cell: the number, ".." when withheld, empty when missing. */
export function exportCell(figure: Published<number | null> | null): TableCell {
  if (figure === null) return null;
  return figure.kind === "suppressed" ? SUPPRESSION_MARK : figure.value;
}

/** An indicator's values as a table to export, disclosure control applied, with the methods note. */
export async function indicatorTable(
  indicators: IndicatorService,
  organisationId: string,
  indicatorId: string,
  locale: Locale,
): Promise<{ name: string; table: StatisticsTable }> {
  const { indicator, values, methods } = await indicators.disclosed(organisationId, indicatorId);
  const t = (key: string, params: Record<string, unknown> = {}) =>
    translate(locale, `indicators.export.${key}` as MessageKey, params);
  const sex = (code: string | null) =>
    code === null ? translate(locale, "indicators.sexNone") : translate(locale, `statistics.sex.${code}` as MessageKey);
  const header = [
    t("indicator"),
    t("period"),
    t("areaCode"),
    t("area"),
    t("sex"),
    t("ageBand"),
    t("dimensions"),
    t("value"),
    t("count"),
    t("unit"),
  ];
  const rows = values.map(({ row, value, count }) => [
    indicator.name,
    row.period,
    row.area_code,
    row.area_name,
    sex(row.sex),
    row.age_band,
    Object.entries(JSON.parse(row.dimensions) as Record<string, { label: string }>)
      .map(([name, category]) => `${name}: ${category.label}`)
      .join("; ") || null,
    exportCell(value),
    exportCell(count),
    indicator.unit,
  ]);
  return {
    name: indicator.name,
    table: {
      sheet: t("sheet"),
      header,
      rows,
      methodsSheet: t("methodsSheet"),
      methods: [...methodsNoteLines(methods, (key, params) => translate(locale, key, params)), t("suppressionNote")],
    },
  };
}

export async function indicatorCsv(...args: Parameters<typeof indicatorTable>) {
  const { name, table } = await indicatorTable(...args);
  return { name: `${fileStem(name)}.csv`, bytes: tableCsv(table, args[3]) };
}

export async function indicatorXlsx(...args: Parameters<typeof indicatorTable>) {
  const { name, table } = await indicatorTable(...args);
  return { name: `${fileStem(name)}.xlsx`, bytes: await tableXlsx(table) };
}

/** A file name from a title: no path separators or control characters, at most 80 characters. */
export function fileStem(title: string): string {
  const stem = title
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 80);
  return stem || "jamt";
}
