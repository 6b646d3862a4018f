import { describe, expect, it } from "vitest";
import { readCsvTable } from "./csv-table.js";
import type { IndicatorTable } from "./indicator-table.js";

const bytes = (text: string) => new TextEncoder().encode(text);

function table(text: string | Uint8Array): IndicatorTable {
  const read = readCsvTable(typeof text === "string" ? bytes(text) : text);
  if (read.kind === "failed") throw new Error(`not read: ${JSON.stringify(read.reasons)}`);
  return read;
}

describe("a CSV table", () => {
  it("finds the delimiter in the header line, ; on a tie, , when there is none", () => {
    expect(table("a;b;c\n1;2;3\n").delimiter).toBe(";");
    expect(table("a,b,c\n1,2,3\n").delimiter).toBe(",");
    expect(table("a\tb\n1\t2\n").delimiter).toBe("\t");
    expect(table('"Värde, procent";År,Kön\n1;2\n').delimiter).toBe(";");
    expect(table("Värde\n1\n").delimiter).toBe(",");
  });

  it("keeps decimal commas inside a ;-separated file and quoted commas inside a ,-separated one", () => {
    expect(table("År;Värde\n2023;71,4\n").rows[0]?.cells).toEqual(["2023", "71,4"]);
    expect(table('Grupp,Värde\n"Skador, förgiftningar",3\n').rows[0]?.cells).toEqual(["Skador, förgiftningar", "3"]);
  });

  it("honours Excel's sep= line and counts it in the row numbers", () => {
    const read = table("sep=,\r\nÅr,Värde\r\n2023,1;5\r\n");
    expect(read.delimiter).toBe(",");
    expect(read.headers).toEqual(["År", "Värde"]);
    expect(read.rows).toEqual([{ row: 3, cells: ["2023", "1;5"] }]);
  });

  it("numbers a row by the line it starts on, past blank lines and quoted line breaks", () => {
    const read = table('\nA;B\n1;"två\r\nrader"\n\n3;4\n;\n');
    expect(read.headers).toEqual(["A", "B"]);
    expect(read.rows).toEqual([
      { row: 3, cells: ["1", "två\nrader"] },
      { row: 6, cells: ["3", "4"] },
    ]);
  });

  it("reads UTF-8 with a byte-order mark and Windows-1252 alike", () => {
    expect(table(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes("Kön;Värde\nMän;1\n")])).headers).toEqual(["Kön", "Värde"]);
    const latin = new Uint8Array([
      0x4b, 0xf6, 0x6e, 0x3b, 0x56, 0xe4, 0x72, 0x64, 0x65, 0x0a, 0x4d, 0xe4, 0x6e, 0x3b, 0x31,
    ]);
    const read = table(latin);
    expect(read.headers).toEqual(["Kön", "Värde"]);
    expect(read.rows[0]?.cells).toEqual(["Män", "1"]);
  });

  it("fails on a quote that is never closed, with its line, and on what is not text or is empty", () => {
    expect(readCsvTable(bytes('A;B\n1;2\n3;"4\n5;6\n'))).toEqual({
      kind: "failed",
      reasons: [{ key: "statistics.import.failed.csvSyntax", params: { row: 3 } }],
    });
    expect(readCsvTable(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toMatchObject({
      reasons: [{ key: "statistics.import.failed.notText" }],
    });
    expect(readCsvTable(bytes("\n \n"))).toMatchObject({ reasons: [{ key: "statistics.import.failed.empty" }] });
    expect(readCsvTable(bytes("sep=;\n"))).toMatchObject({ reasons: [{ key: "statistics.import.failed.noHeader" }] });
  });
});
