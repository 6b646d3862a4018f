import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { DIFFERENCE_STATUSES, type Locale, type MessageKey } from "../../core/index.js";
import { translate } from "../translator.js";
import type { DifferenceReportExport } from "./difference-report.js";

/**
 * The follow-up report of differences as files: counts per department and status, every
 * difference with its judgment and measures, and a methods note (legal sex, thresholds,
 * test, suppression). The same rows in CSV and XLSX.
 */

type Cell = string | number | null;

function say(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  return translate(locale, `differences.${key}` as MessageKey, params);
}

function departmentName(name: string | null, locale: Locale): string {
  return name ?? say(locale, "report.noDepartment");
}

function summaryRows(data: DifferenceReportExport, locale: Locale): Cell[][] {
  const header = [
    say(locale, "report.department"),
    ...DIFFERENCE_STATUSES.map((status) => say(locale, `statuses.${status}`)),
    say(locale, "report.total"),
  ];
  return [
    header,
    ...data.report.departments.map((department) => [
      departmentName(department.name, locale),
      ...DIFFERENCE_STATUSES.map((status) => department.counts[status]),
      department.total,
    ]),
  ];
}

function differenceRows(data: DifferenceReportExport, locale: Locale): Cell[][] {
  const header = [
    say(locale, "report.department"),
    say(locale, "report.indicator"),
    say(locale, "report.period"),
    say(locale, "report.area"),
    say(locale, "report.ageBand"),
    say(locale, "report.otherGroups"),
    say(locale, "report.women"),
    say(locale, "report.men"),
    say(locale, "report.difference"),
    say(locale, "report.unit"),
    say(locale, "report.lower"),
    say(locale, "report.upper"),
    say(locale, "report.clear"),
    say(locale, "report.flagged"),
    say(locale, "report.status"),
    say(locale, "report.judgment"),
    say(locale, "report.judgmentReason"),
    say(locale, "report.measures"),
  ];
  const rows: Cell[][] = [header];
  for (const department of data.report.departments) {
    for (const difference of department.differences) {
      const detail = data.details.get(difference.id);
      const label = difference.groupLabel;
      const judgment = detail?.analysis.judgment ?? null;
      rows.push([
        departmentName(department.name, locale),
        difference.indicatorName,
        difference.period,
        label.area,
        label.ageBand ?? "",
        Object.entries(label.dimensions)
          .map(([name, category]) => `${name}: ${category}`)
          .join("; "),
        round(difference.womenValue),
        round(difference.menValue),
        round(difference.difference),
        difference.measureKind === "share" ? say(locale, "report.percentagePoints") : (difference.unit ?? ""),
        difference.interval ? round(difference.interval.lower) : null,
        difference.interval ? round(difference.interval.upper) : null,
        say(locale, `clear.${difference.clear === null ? "untestable" : difference.clear ? "yes" : "no"}`),
        say(locale, `flagged.${difference.flagged ? "yes" : "no"}`),
        say(locale, `statuses.${difference.status}`),
        judgment ? say(locale, `judgments.${judgment}`) : "",
        detail?.analysis.judgmentReason ?? "",
        (detail?.measures ?? [])
          .map((measure) =>
            say(locale, "report.measure", {
              description: measure.description,
              owner: measure.owner,
              dueDate: measure.dueDate,
              status: say(locale, `measureStatuses.${measure.status}`),
            }),
          )
          .join("\n"),
      ]);
    }
  }
  return rows;
}

/** The methods note as lines of text. */
export function differenceMethodsLines(data: DifferenceReportExport, locale: Locale, today: string): string[] {
  const { thresholds } = data;
  return [
    say(locale, "report.methods.title"),
    say(locale, "report.methods.period", { period: data.report.period ?? "–" }),
    say(locale, "report.methods.legalSex"),
    say(locale, "report.methods.thresholds", {
      points: thresholds.shareGapPoints,
      percent: thresholds.relativeGapPercent,
    }),
    say(locale, "report.methods.clear"),
    say(locale, "report.methods.suppression", { minCell: thresholds.minCell }),
    say(locale, "report.methods.generated", { date: today }),
  ];
}

/** Two decimals: enough for shares in per cent and for means in kronor. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The file name without extension, e.g. "uppfoljning-skillnader-2024". */
export function differenceReportFileName(data: DifferenceReportExport, locale: Locale): string {
  const period = (data.report.period ?? "").replace(/[^\p{L}\p{N}-]+/gu, "-");
  return [say(locale, "report.fileName"), period].filter((part) => part !== "").join("-");
}

/**
 * CSV: the counts per department, an empty line, the differences, an empty line and the
 * methods note. UTF-8 with BOM; in Swedish semicolons and decimal commas, as Swedish Excel expects.
 */
export function differenceReportCsv(data: DifferenceReportExport, locale: Locale, today: string): string {
  const options =
    locale === "sv"
      ? { delimiter: ";", cast: { number: (value: number) => String(value).replace(".", ",") } }
      : { delimiter: "," };
  const methods = differenceMethodsLines(data, locale, today).map((line) => [line]);
  return `\uFEFF${stringify(summaryRows(data, locale), options)}\n${stringify(differenceRows(data, locale), options)}\n${stringify(methods, options)}`;
}

export async function differenceReportXlsx(
  data: DifferenceReportExport,
  locale: Locale,
  today: string,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Jämt";
  const sheets: [string, Cell[][]][] = [
    [say(locale, "report.summarySheet"), summaryRows(data, locale)],
    [say(locale, "report.differencesSheet"), differenceRows(data, locale)],
  ];
  for (const [name, rows] of sheets) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.addRows(rows);
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column) => {
      column.width = 18;
    });
  }
  const methods = workbook.addWorksheet(say(locale, "report.methodsSheet"));
  methods.addRows(differenceMethodsLines(data, locale, today).map((line) => [line]));
  methods.getRow(1).font = { bold: true };
  methods.getColumn(1).width = 120;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
