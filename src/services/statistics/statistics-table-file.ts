import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import type { Locale } from "../../core/index.js";

/**
 * Writes a statistics table as CSV or XLSX: the values first, then the methods note (its own
 * sheet in a workbook, trailing lines after an empty line in CSV). Withheld cells arrive as
 * ".." already; numbers stay numbers in the workbook and use the decimal comma in Swedish CSV.
 */

export type TableCell = string | number | null;

export interface StatisticsTable {
  readonly sheet: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly TableCell[])[];
  readonly methodsSheet: string;
  readonly methods: readonly string[];
}

export function tableCsv(table: StatisticsTable, locale: Locale): string {
  const options =
    locale === "sv"
      ? { delimiter: ";", cast: { number: (value: number) => String(value).replace(".", ",") } }
      : { delimiter: "," };
  const values = stringify([table.header as TableCell[], ...(table.rows as TableCell[][])], options);
  const methods = stringify(
    table.methods.map((line) => [line]),
    options,
  );
  return `\uFEFF${values}\n${methods}`;
}

export async function tableXlsx(table: StatisticsTable): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const values = workbook.addWorksheet(table.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  values.addRow([...table.header]).font = { bold: true };
  for (const row of table.rows) values.addRow([...row]);
  values.columns.forEach((column) => {
    column.width = 16;
  });
  const methods = workbook.addWorksheet(table.methodsSheet);
  for (const line of table.methods) methods.addRow([line]);
  methods.getColumn(1).width = 100;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
