/**
 * Secondary suppression over the lines of a table. A line is a set of cells that add up:
 * parts and their total (a row: women, men, total; a column: the groups and the column
 * total). Two things a reader could get back from a line are prevented:
 * 1. a line with exactly one withheld cell gives that cell back by subtraction;
 * 2. a line whose total is shown gives back the sum of its withheld parts; if that sum is
 *    1 … N−1 the withheld parts together are a small count (two withheld 1s under a shown
 *    total reveal that both are 1, since zeros are shown and a small cell is ≥ 1).
 * Either way one more cell of the line is withheld, and the lines it lies on are checked
 * again, until no line needs more (it always ends: each step withholds one more cell).
 *
 * The complement is the smallest shown cell of the line that is not 0. Zeros are shown and
 * never primary, so a shown cell that is not 0 is ≥ N: a complement lifts the withheld sum
 * of its line to more than N, whereas a withheld 0 beside a small cell would let a reader
 * tell that the other cell is the whole (small) sum. A zero is taken only when nothing else
 * is left.
 *
 * WARNING: for a two-way table with the three columns women, men and total
 * (`protectSexTable`) rule 1 is enough to stop every exact recomputation: read the withheld
 * cells as edges between their row and their column; a cell can be solved for only if it is
 * a bridge of that graph, and with three columns and no line of exactly one withheld cell
 * there is none. For more columns or nested totals it is a heuristic: in rare patterns a
 * withheld cell can be recomputed by combining several lines.
 */

/** A line: the cells that are its parts and the cell that is their total (indices into `values`). */
export interface TableLine {
  readonly parts: readonly number[];
  readonly total: number;
}

/** A table as a flat list of cell values (counts) and the lines that add up. */
export interface LinearTable {
  readonly values: readonly number[];
  readonly lines: readonly TableLine[];
}

/**
 * The cells to withhold in addition to `primary` (indices into `values`), with `minCell`
 * the threshold N of the primary suppression. Deterministic: lines are visited in order,
 * ties go to the cell that comes first in the line (parts before the total).
 */
export function secondarySuppression(
  table: LinearTable,
  primary: ReadonlySet<number>,
  minCell: number,
): ReadonlySet<number> {
  const withheld = new Set(primary);
  const secondary = new Set<number>();
  const linesOfCell = table.values.map((): number[] => []);
  table.lines.forEach((line, lineIndex) => {
    for (const cell of [...line.parts, line.total]) linesOfCell[cell]?.push(lineIndex);
  });
  const pending = table.lines.map((_, index) => index);
  const queued = new Set(pending);
  for (let head = 0; head < pending.length; head++) {
    const lineIndex = pending[head] as number;
    queued.delete(lineIndex);
    const line = table.lines[lineIndex] as TableLine;
    if (!needsComplement(line, table.values, withheld, minCell)) continue;
    const complement = smallestShown([...line.parts, line.total], table.values, withheld);
    if (complement === null) continue;
    withheld.add(complement);
    secondary.add(complement);
    for (const other of linesOfCell[complement] ?? []) {
      if (!queued.has(other)) {
        queued.add(other);
        pending.push(other);
      }
    }
  }
  return secondary;
}

function needsComplement(line: TableLine, values: readonly number[], withheld: ReadonlySet<number>, minCell: number) {
  const withheldParts = line.parts.filter((cell) => withheld.has(cell));
  const totalWithheld = withheld.has(line.total);
  if (withheldParts.length + (totalWithheld ? 1 : 0) === 1) return true;
  if (totalWithheld) return false;
  const withheldSum = withheldParts.reduce((sum, cell) => sum + (values[cell] as number), 0);
  return withheldSum > 0 && withheldSum < minCell;
}

function smallestShown(cells: readonly number[], values: readonly number[], withheld: ReadonlySet<number>) {
  let best: number | null = null;
  let bestValue = Number.POSITIVE_INFINITY;
  let zero: number | null = null;
  for (const cell of cells) {
    if (withheld.has(cell)) continue;
    const value = values[cell] as number;
    if (value === 0) zero ??= cell;
    else if (value < bestValue) {
      best = cell;
      bestValue = value;
    }
  }
  return best ?? zero;
}
