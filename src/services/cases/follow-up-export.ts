import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { type FollowUpFigures, type FollowUpRecord, type Locale, type MessageKey, VERDICTS } from "../../core/index.js";
import { translate } from "../translator.js";

export interface FollowUpExport {
  readonly total: FollowUpFigures;
  readonly periods: readonly FollowUpFigures[];
  readonly cases: readonly FollowUpRecord[];
  /** Names of bodies and departments by id. */
  readonly names: ReadonlyMap<string, string>;
}

/** The table of periods (and the total) as rows, the same in CSV and XLSX. */
function periodRows(data: FollowUpExport, locale: Locale): (string | number | null)[][] {
  const t = (key: string) => translate(locale, `cases.followUp.${key}` as MessageKey);
  const header = [
    t("period"),
    t("cases"),
    t("withGenderSection"),
    t("genderSectionShare"),
    ...VERDICTS.map((verdict) => translate(locale, `analysis.verdicts.${verdict}` as MessageKey)),
    t("decided"),
    t("withPosition"),
    t("positionShare"),
  ];
  const row = (figures: FollowUpFigures, label: string) => [
    label,
    figures.cases,
    figures.withGenderSection,
    share(figures.genderSectionShare),
    ...VERDICTS.map((verdict) => figures.verdicts[verdict]),
    figures.decided,
    figures.withPosition,
    share(figures.positionShare),
  ];
  return [header, ...data.periods.map((figures) => row(figures, figures.period)), row(data.total, t("total"))];
}

function caseRows(data: FollowUpExport, locale: Locale): (string | number | null)[][] {
  const t = (key: string) => translate(locale, `cases.followUp.${key}` as MessageKey);
  const yesNo = (value: boolean) => t(value ? "yes" : "no");
  return [
    [
      t("date"),
      t("diarienummer"),
      t("title"),
      t("body"),
      t("department"),
      t("withGenderSection"),
      t("verdict"),
      t("decided"),
      t("withPosition"),
      t("archived"),
    ],
    ...data.cases.map((record) => [
      record.date,
      record.diarienummer ?? "",
      record.title,
      data.names.get(record.bodyId) ?? "",
      record.departmentId ? (data.names.get(record.departmentId) ?? "") : "",
      yesNo(record.genderSection),
      translate(locale, `analysis.verdicts.${record.verdict}` as MessageKey),
      yesNo(record.decided),
      yesNo(record.positionRecorded),
      yesNo(record.archived),
    ]),
  ];
}

/** A share 0–1 as a percentage with one decimal, empty when there is nothing to divide by. */
function share(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1000) / 10;
}

/** CSV with the periods table, then an empty line and the cases; UTF-8 with BOM so that Excel reads å, ä, ö. */
export function followUpCsv(data: FollowUpExport, locale: Locale): string {
  // Swedish Excel expects semicolons between fields and a decimal comma.
  const options =
    locale === "sv"
      ? { delimiter: ";", cast: { number: (value: number) => String(value).replace(".", ",") } }
      : { delimiter: "," };
  return `\uFEFF${stringify(periodRows(data, locale), options)}\n${stringify(caseRows(data, locale), options)}`;
}

export async function followUpXlsx(data: FollowUpExport, locale: Locale): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Jämt";
  const sheets: [string, (string | number | null)[][]][] = [
    [translate(locale, "cases.followUp.periodsSheet"), periodRows(data, locale)],
    [translate(locale, "cases.followUp.casesSheet"), caseRows(data, locale)],
  ];
  for (const [name, rows] of sheets) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.addRows(rows);
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column) => {
      column.width = 18;
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
