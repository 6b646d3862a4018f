import { describe, expect, it } from "vitest";
import { asCount } from "./quantities.js";
import type { CountCell } from "./reported.js";
import { isSmallCount, type ProtectedSexTable, protectSexTable, type SexCountRow } from "./sex-table-suppression.js";

/** "3", "..s" (small) or "..2" (secondary), row by row: women, men, total; the totals row last. */
function picture(table: ProtectedSexTable<string>): string[] {
  const mark = (cell: CountCell) =>
    cell.kind === "shown" ? String(cell.value) : cell.reason === "small" ? "..s" : "..2";
  return [...table.rows, { key: "total", ...table.total }].map(
    (row) => `${row.key}: ${mark(row.women)} ${mark(row.men)} ${mark(row.total)}`,
  );
}

/** Every row line (women, men, total) and column line (the groups and the column total) of a protected table. */
function linesOf(table: ProtectedSexTable<string>): CountCell[][] {
  const rows = [...table.rows, table.total];
  const rowLines = rows.map((row) => [row.women, row.men, row.total]);
  const columnLines = (["women", "men", "total"] as const).map((column) => rows.map((row) => row[column]));
  return [...rowLines, ...columnLines];
}

function withheldPerLine(table: ProtectedSexTable<string>): number[] {
  return linesOf(table).map((line) => line.filter((cell) => cell.kind === "suppressed").length);
}

describe("isSmallCount", () => {
  it("withholds 1–4 and shows 0 and 5 by default", () => {
    expect([0, 1, 4, 5].map((count) => isSmallCount(count))).toEqual([false, true, true, false]);
    expect(isSmallCount(4, 3)).toBe(false);
    expect(isSmallCount(1, 1)).toBe(false);
    expect(() => isSmallCount(1, 0)).toThrow(RangeError);
  });
});

describe("protectSexTable", () => {
  it("withholds more than the small cell when the row total would give it back", () => {
    // A small cell alone: 43 − 40 = 3 would give the 3 women in A back. Row A then withholds
    // its men (40, smaller than 43), column women withholds B's 20 (the smallest), and row B its men (30).
    const rows: SexCountRow<string>[] = [
      { key: "A", women: 3, men: 40 },
      { key: "B", women: 20, men: 30 },
      { key: "C", women: 25, men: 35 },
    ];
    const table = protectSexTable(rows);
    expect(picture(table)).toEqual(["A: ..s ..2 43", "B: ..2 ..2 50", "C: 25 35 60", "total: 48 105 153"]);
    expect(withheldPerLine(table).every((count) => count === 0 || count >= 2)).toBe(true);
  });

  it("cascades through the table until no line has exactly one withheld cell", () => {
    // A's 2 women → A's men (100) → column men: C's 7 → row C: its 30 women; column women: B's 10
    // → row B: its 200 men. One small cell costs every group cell; only totals stay.
    const rows: SexCountRow<string>[] = [
      { key: "A", women: 2, men: 100 },
      { key: "B", women: 10, men: 200 },
      { key: "C", women: 30, men: 7 },
    ];
    const table = protectSexTable(rows);
    expect(picture(table)).toEqual(["A: ..s ..2 102", "B: ..2 ..2 210", "C: ..2 ..2 37", "total: 42 307 349"]);
    expect(withheldPerLine(table).every((count) => count === 0 || count >= 2)).toBe(true);
  });

  it("does not let two withheld 1s under a shown total give themselves away", () => {
    // Column women: 1 + 1 + 30 = 32. Withholding only the two 1s would show that they add up
    // to 2, and as withheld cells are ≥ 1 both are 1; so C's 30 women are withheld too.
    const table = protectSexTable([
      { key: "A", women: 1, men: 40 },
      { key: "B", women: 1, men: 50 },
      { key: "C", women: 30, men: 30 },
    ]);
    expect(picture(table)).toEqual(["A: ..s ..2 41", "B: ..s ..2 51", "C: ..2 ..2 60", "total: 32 120 152"]);
  });

  it("withholds small totals too, shows zeros, and never prints a withheld cell as 0", () => {
    // A (1, 2, 3) is small throughout. Column women takes C's 9 (B's 0 is passed over); column
    // men takes B's 12 (below C's 14); column total takes B's 12; row C then takes its 14 men.
    const table = protectSexTable([
      { key: "A", women: 1, men: 2 },
      { key: "B", women: 0, men: 12 },
      { key: "C", women: 9, men: 14 },
    ]);
    expect(picture(table)).toEqual(["A: ..s ..s ..s", "B: 0 ..2 ..2", "C: ..2 ..2 23", "total: 10 28 38"]);
    expect(table.rows[1]?.women).toEqual({ kind: "shown", value: 0 });
    expect(table.rows[0]?.women).toEqual({ kind: "suppressed", reason: "small" });
  });

  it("follows the organisation's threshold", () => {
    const rows = [
      { key: "A", women: 4, men: 40 },
      { key: "B", women: 20, men: 30 },
    ];
    expect(picture(protectSexTable(rows, { minCell: 3 }))).toEqual(["A: 4 40 44", "B: 20 30 50", "total: 24 70 94"]);
    expect(picture(protectSexTable(rows, { minCell: 10 }))[0]).toBe("A: ..s ..2 44");
  });

  it("passes keys through and handles an empty table", () => {
    const table = protectSexTable([{ key: { area: "0180", band: "20-39" }, women: 10, men: 12 }]);
    expect(table.rows[0]?.key).toEqual({ area: "0180", band: "20-39" });
    expect(protectSexTable([]).total.total).toEqual({ kind: "shown", value: 0 });
  });

  it("refuses counts that are not whole numbers", () => {
    expect(() => protectSexTable([{ key: "A", women: 2.5, men: 3 }])).toThrow(RangeError);
  });
});

describe("protectSexTable on random tables", () => {
  /** A small deterministic generator (Park–Miller), so a failure can be replayed. */
  function random(seed: number) {
    let state = seed;
    return () => {
      state = (state * 48271) % 2147483647;
      return state / 2147483647;
    };
  }

  /** Counts that are often 0, often small and otherwise up to 60. */
  function randomRows(next: () => number, count: number): SexCountRow<string>[] {
    const value = () => {
      const u = next();
      return u < 0.25 ? 0 : u < 0.55 ? 1 + Math.floor(next() * 4) : 5 + Math.floor(next() * 56);
    };
    return Array.from({ length: count }, (_, i) => ({ key: `g${i}`, women: value(), men: value() }));
  }

  /**
   * Which withheld cells a reader could solve for exactly from the table's row and column
   * sums: Gaussian elimination on the equations in the withheld cells; a cell is determined
   * when the reduced system has a row that is 1 at that cell and 0 elsewhere.
   */
  function determinedCells(rows: readonly SexCountRow<string>[], table: ProtectedSexTable<string>): number[] {
    const cells = [...table.rows, table.total].flatMap((row) => [row.women, row.men, row.total]);
    const unknown = cells.flatMap((cell, index) => (cell.kind === "suppressed" ? [index] : []));
    const width = 3;
    const groups = rows.length;
    const lineCells: { cells: number[]; signs: number[] }[] = [];
    for (let r = 0; r <= groups; r++)
      lineCells.push({ cells: [r * width, r * width + 1, r * width + 2], signs: [1, 1, -1] });
    for (let c = 0; c < width; c++) {
      const column = Array.from({ length: groups }, (_, r) => r * width + c);
      lineCells.push({ cells: [...column, groups * width + c], signs: [...column.map(() => 1), -1] });
    }
    const matrix = lineCells.map((line) =>
      unknown.map((cell) => {
        const at = line.cells.indexOf(cell);
        return at === -1 ? 0 : (line.signs[at] as number);
      }),
    );
    let pivotRow = 0;
    for (let column = 0; column < unknown.length && pivotRow < matrix.length; column++) {
      const found = matrix.findIndex((row, index) => index >= pivotRow && Math.abs(row[column] as number) > 1e-9);
      if (found === -1) continue;
      [matrix[pivotRow], matrix[found]] = [matrix[found] as number[], matrix[pivotRow] as number[]];
      const pivot = matrix[pivotRow] as number[];
      const scale = pivot[column] as number;
      for (let k = 0; k < pivot.length; k++) pivot[k] = (pivot[k] as number) / scale;
      for (const [index, row] of matrix.entries()) {
        if (index === pivotRow) continue;
        const factor = row[column] as number;
        if (factor !== 0)
          for (let k = 0; k < row.length; k++) row[k] = (row[k] as number) - factor * (pivot[k] as number);
      }
      pivotRow++;
    }
    return matrix.flatMap((row) => {
      const nonZero = row.flatMap((value, index) => (Math.abs(value) > 1e-9 ? [index] : []));
      return nonZero.length === 1 ? [unknown[nonZero[0] as number] as number] : [];
    });
  }

  /** The true counts of a table, its totals row included, in the shape of a protected table. */
  function truthOf(rows: readonly SexCountRow<string>[]) {
    const withTotal = (women: number, men: number) => ({ women, men, total: women + men });
    const sum = (pick: (row: SexCountRow<string>) => number) => rows.reduce((total, row) => total + pick(row), 0);
    return [
      ...rows.map((row) => withTotal(row.women, row.men)),
      withTotal(
        sum((r) => r.women),
        sum((r) => r.men),
      ),
    ];
  }

  it("finds a cell left alone in its line, so the check below is not vacuous", () => {
    const rows = [
      { key: "A", women: 3, men: 40 },
      { key: "B", women: 20, men: 30 },
    ];
    const shownCell = (value: number): CountCell => ({ kind: "shown", value: asCount(value) });
    const underProtected: ProtectedSexTable<string> = {
      rows: [
        { key: "A", women: { kind: "suppressed", reason: "small" }, men: shownCell(40), total: shownCell(43) },
        { key: "B", women: shownCell(20), men: shownCell(30), total: shownCell(50) },
      ],
      total: { women: shownCell(23), men: shownCell(70), total: shownCell(93) },
    };
    expect(determinedCells(rows, underProtected)).toEqual([0]);
  });

  it("leaves no line with exactly one withheld cell, no small sum of withheld parts, and nothing to solve for", () => {
    const next = random(20240611);
    for (let trial = 0; trial < 300; trial++) {
      const rows = randomRows(next, 2 + Math.floor(next() * 7));
      const table = protectSexTable(rows);
      const context = JSON.stringify(rows);
      expect(
        withheldPerLine(table).filter((count) => count === 1),
        context,
      ).toEqual([]);
      expect(determinedCells(rows, table), context).toEqual([]);
      const truth = truthOf(rows);
      const cells = [...table.rows, table.total];
      // Every shown cell shows its true count; every count of 1–4 is withheld as small.
      cells.forEach((row, index) => {
        for (const column of ["women", "men", "total"] as const) {
          const cell = row[column];
          const count = truth[index]?.[column] as number;
          if (cell.kind === "shown") expect(cell.value, context).toBe(count);
          if (count > 0 && count < 5) expect(cell, context).toEqual({ kind: "suppressed", reason: "small" });
        }
      });
      // Under a shown total, the withheld parts add up to 0 or to at least 5.
      const lines = [
        ...cells.map((row, index) => ({
          parts: [
            { cell: row.women, count: truth[index]?.women as number },
            { cell: row.men, count: truth[index]?.men as number },
          ],
          total: row.total,
        })),
        ...(["women", "men", "total"] as const).map((column) => ({
          parts: table.rows.map((row, index) => ({ cell: row[column], count: truth[index]?.[column] as number })),
          total: table.total[column],
        })),
      ];
      for (const line of lines.filter((l) => l.total.kind === "shown")) {
        const withheldSum = line.parts.filter((p) => p.cell.kind === "suppressed").reduce((sum, p) => sum + p.count, 0);
        expect(withheldSum === 0 || withheldSum >= 5, context).toBe(true);
      }
    }
  });
});

describe("protectSexTable with only some totals published", () => {
  const rows: SexCountRow<string>[] = [
    { key: "Kiruna", women: 3, men: 40 },
    { key: "Luleå", women: 1210, men: 1120 },
    { key: "Piteå", women: 800, men: 760 },
  ];

  it("withholds only the small cell when neither row nor column totals are published (the unpublished total is moot)", () => {
    const table = protectSexTable(
      rows.map((row) => ({ ...row, totalPublished: false })),
      { columnTotals: false },
    );
    expect(picture(table).slice(0, 3)).toEqual(["Kiruna: ..s 40 43", "Luleå: 1210 1120 2330", "Piteå: 800 760 1560"]);
  });

  it("withholds the other sex of the row, and nothing in other rows, when only the row's total is published", () => {
    const table = protectSexTable(rows, { columnTotals: false });
    expect(picture(table).slice(0, 3)).toEqual(["Kiruna: ..s ..2 43", "Luleå: 1210 1120 2330", "Piteå: 800 760 1560"]);
  });

  it("protects along the columns too when the column totals are published (the default)", () => {
    const table = protectSexTable(rows);
    const withheldOutsideKiruna = table.rows
      .slice(1)
      .flatMap((row) => [row.women, row.men])
      .filter((cell) => cell.kind === "suppressed");
    expect(withheldOutsideKiruna.length).toBeGreaterThan(0);
  });
});
