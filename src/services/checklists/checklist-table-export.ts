import ExcelJS from "exceljs";
import type { Locale } from "../../core/index.js";
import { blocksToDocx } from "../documents/blocks-to-docx.js";
import { blocksToPdf } from "../documents/blocks-to-pdf.js";
import type { BlockDocument, DocumentBlock } from "../documents/document-blocks.js";
import { translate } from "../translator.js";
import type { ChecklistTableExport } from "./assessment.service.js";
import { formatSum, itemText, localised, scaleText, tableTextRows } from "./checklist-table-text.js";

/**
 * The table of an organisation's assessments as files to paste into a result report: items as
 * rows, one column per occasion (name and date), the sums at the foot, the scale under it.
 */

/** The file name without extension: "sjalvskattning-region-norrbotten-demo". */
export function exportFileStem(data: ChecklistTableExport, locale: Locale): string {
  const slug = data.organisationName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `${translate(locale, "checklists.table.fileName")}-${slug || "organisation"}`;
}

/** The document as blocks: the checklist's name, the organisation, the table (or a note that there is none), the scale. */
export function checklistTableBlocks(data: ChecklistTableExport, locale: Locale): BlockDocument {
  const { table } = data;
  const name = localised(table.definition.name, locale);
  const text = tableTextRows(table, locale);
  const blocks: DocumentBlock[] = [
    { kind: "heading", level: 1, text: name },
    { kind: "text", text: data.organisationName, emphasis: "strong" },
    table.columns.length === 0
      ? { kind: "text", text: translate(locale, "checklists.table.noAssessments") }
      : {
          kind: "table",
          ...text,
          widths: [0.6, 5.2, ...table.columns.map(() => 1.6)],
          align: ["end", "start", ...table.columns.map(() => "end" as const)],
        },
    { kind: "text", text: scaleText(table.definition, locale), emphasis: "subtle" },
  ];
  return {
    metadata: {
      title: `${name} – ${data.organisationName}`,
      author: data.organisationName,
      subject: translate(locale, "checklists.table.subject", { checklist: name, organisation: data.organisationName }),
      locale,
    },
    blocks,
  };
}

export function checklistTableDocx(data: ChecklistTableExport, locale: Locale): Promise<Uint8Array> {
  return blocksToDocx(checklistTableBlocks(data, locale));
}

export function checklistTablePdf(data: ChecklistTableExport, locale: Locale): Promise<Uint8Array> {
  return blocksToPdf(checklistTableBlocks(data, locale));
}

/**
 * A workbook with one sheet: scores are numbers (blank where unscored), a full sum is a number
 * and a partial one the text "22 (9 av 10 punkter)", so that it cannot be summed as if whole.
 */
export async function checklistTableXlsx(data: ChecklistTableExport, locale: Locale): Promise<Uint8Array> {
  const { table } = data;
  const say = (key: "no" | "item" | "sum" | "sheet") => translate(locale, `checklists.table.${key}`);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Jämt";
  workbook.title = `${localised(table.definition.name, locale)} – ${data.organisationName}`;
  const sheet = workbook.addWorksheet(say("sheet"), { views: [{ state: "frozen", xSplit: 2, ySplit: 1 }] });
  sheet.addRow([say("no"), say("item"), ...table.columns.map((column) => `${column.occasion}\n${column.date}`)]);
  table.definition.items.forEach((item, index) => {
    sheet.addRow([item.no, itemText(item, locale), ...table.columns.map((column) => column.scores[index] ?? null)]);
  });
  sheet.addRow([
    null,
    say("sum"),
    ...table.columns.map((column) => (column.sum.complete ? column.sum.sum : formatSum(column.sum, locale))),
  ]);
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "top" };
  sheet.getRow(sheet.rowCount).font = { bold: true };
  sheet.getColumn(1).width = 5;
  sheet.getColumn(2).width = 70;
  sheet.getColumn(2).alignment = { wrapText: true, vertical: "top" };
  for (let column = 3; column <= table.columns.length + 2; column++) sheet.getColumn(column).width = 14;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
