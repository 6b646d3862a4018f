import { asCount } from "./quantities.js";
import { type CountCell, shown, suppressed } from "./reported.js";
import { type LinearTable, secondarySuppression } from "./secondary-suppression.js";

/**
 * Disclosure control for a table of counts by sex: one row per group (area × age band …)
 * with women, men and their total, and a row of column totals.
 *
 * Primary suppression withholds every count of 1 … N−1 individuals, totals included (a
 * group of 3 is small whatever its sex). A count of 0 is shown, following the common
 * Swedish practice of withholding 1–4 and showing 0: a zero names nobody, and withholding
 * zeros would hide where a service reaches no one at all. Because zeros are shown, a
 * withheld cell is known to be ≥ 1, which `secondarySuppression` takes into account. Secondary suppression then withholds
 * enough other cells that no withheld cell can be recomputed from the rows and columns.
 */

/** The threshold N when an organisation has set none: counts of 1–4 are withheld. */
export const DEFAULT_MIN_CELL = 5;

/**
 * Whether a count must be withheld as small: 1 … minCell − 1 (0 is shown).
 * WARNING: throws RangeError unless minCell is a whole number ≥ 1 (1 withholds nothing).
 */
export function isSmallCount(count: number, minCell: number = DEFAULT_MIN_CELL): boolean {
  if (!Number.isInteger(minCell) || minCell < 1)
    throw new RangeError(`The minimum cell must be a whole number ≥ 1, got ${minCell}`);
  return count > 0 && count < minCell;
}

/** One group of the table: its key (passed through) and its counts of women and men. */
export interface SexCountRow<K> {
  readonly key: K;
  readonly women: number;
  readonly men: number;
  /**
   * Whether the group's total (women + men) is published beside them; true when not said.
   * Where it is not, women and men alone give nothing back, so their row needs no complement.
   */
  readonly totalPublished?: boolean;
}

/** Which totals the published table holds, and so which lines a reader could subtract along. */
export interface SexTableOptions {
  readonly minCell?: number;
  /**
   * Whether the column totals (all women, all men, everyone) are published; true when not said.
   * False where the groups are not known to add up to a published figure (an indicator's areas).
   */
  readonly columnTotals?: boolean;
}

/** Women, men and their total in one row, each shown or withheld. */
export interface ProtectedSexCells {
  readonly women: CountCell;
  readonly men: CountCell;
  readonly total: CountCell;
}

/** A group's row of the protected table. */
export interface ProtectedSexRow<K> extends ProtectedSexCells {
  readonly key: K;
}

/** The protected table: the groups' rows in input order and the column totals. */
export interface ProtectedSexTable<K> {
  readonly rows: readonly ProtectedSexRow<K>[];
  /** The column totals: all women, all men, everyone. */
  readonly total: ProtectedSexCells;
}

const COLUMNS = 3;

/**
 * Protects a table of counts of individuals by sex. Row totals are women + men (legal sex
 * is known for everyone); the last row holds the column totals. Each cell comes back
 * shown, or withheld as `small` or `secondary`; the keys are passed through unchanged.
 * WARNING: throws RangeError for a count that is negative or not whole.
 */
export function protectSexTable<K>(
  rows: readonly SexCountRow<K>[],
  options: SexTableOptions = {},
): ProtectedSexTable<K> {
  const minCell = options.minCell ?? DEFAULT_MIN_CELL;
  const grid = rows.map((row) => [asCount(row.women), asCount(row.men), row.women + row.men]);
  const columnTotals = [0, 1, 2].map((column) => grid.reduce((sum, row) => sum + (row[column] as number), 0));
  const values = [...grid, columnTotals].flat();
  const table: LinearTable = { values, lines: sexTableLines(rows, options.columnTotals ?? true) };
  const primary = new Set(values.flatMap((value, index) => (isSmallCount(value, minCell) ? [index] : [])));
  const secondary = secondarySuppression(table, primary, minCell);
  const cell = (index: number): CountCell => {
    if (primary.has(index)) return suppressed("small");
    if (secondary.has(index)) return suppressed("secondary");
    return shown(asCount(values[index] as number));
  };
  const cellsOf = (row: number): ProtectedSexCells => ({
    women: cell(row * COLUMNS),
    men: cell(row * COLUMNS + 1),
    total: cell(row * COLUMNS + 2),
  });
  return { rows: rows.map((row, index) => ({ key: row.key, ...cellsOf(index) })), total: cellsOf(rows.length) };
}

/**
 * The lines a reader can subtract along: women + men = total for every row whose total is
 * published (the totals row too, when column totals are), and the column lines over all rows
 * when column totals are published.
 */
function sexTableLines<K>(rows: readonly SexCountRow<K>[], columnTotals: boolean): LinearTable["lines"] {
  const groupRows = rows.length;
  const rowLine = (row: number) => ({ parts: [row * COLUMNS, row * COLUMNS + 1], total: row * COLUMNS + 2 });
  const rowLines = rows.flatMap((row, index) => (row.totalPublished === false ? [] : [rowLine(index)]));
  if (!columnTotals) return rowLines;
  const columnLines = [0, 1, 2].map((column) => ({
    parts: Array.from({ length: groupRows }, (_, row) => row * COLUMNS + column),
    total: groupRows * COLUMNS + column,
  }));
  return [...rowLines, rowLine(groupRows), ...columnLines];
}
