import path from "node:path";
import {
  type BandSums,
  breakdownRows,
  type GroupKey,
  type GroupSums,
  type ImportFailure,
  importFailure,
  importMessage,
  methodsNote,
  type SexSums,
} from "../../../core/statistics/index.js";
import { type GroupSumsRow, runBreakdownQuery } from "./breakdown-query.js";
import { safeDuckDbDetail } from "./duckdb-error.js";
import { withDuckDb } from "./duckdb-session.js";
import { MAX_REPORTED_ROWS, rowNumbersWhere } from "./invalid-rows.js";
import { populationOf } from "./populations.js";
import { withProgress } from "./query-progress.js";
import { planRows, ROW_STATE, textColumnsOf } from "./row-source.js";
import { openSource } from "./source-file.js";
import type { BreakdownOutcome, BreakdownSpec, PopulationRows } from "./types.js";

/** The name of the age band in a row's group, after the `by` columns. */
export const AGE_BAND_COLUMN = "åldersgrupp";

/**
 * Breaks an individual-level file (CSV or Parquet, read where it lies) down by sex × the
 * `by` columns × age band: n, women's share, mean and median of `mean`, rates per 1,000 and
 * age-standardised rates when populations are given, the gaps between women and men with
 * 95 % intervals, and disclosure control with the threshold `minCell`. DuckDB does the
 * grouping in one scan; the core computes the estimates from the group sums.
 *
 * Bad input is a value (ImportFailure with the reason): the file is missing or unreadable, a
 * column is missing (named, with the columns the file has), the measure is not numeric,
 * no row can be used. Invalid identity numbers are counted and reported by row number only.
 */
export async function analyseIndividualFile(filePath: string, spec: BreakdownSpec): Promise<BreakdownOutcome> {
  if (!Number.isInteger(spec.minCell) || spec.minCell < 1) {
    return importFailure(importMessage("statisticsEngine.failed.badMinCell", { value: String(spec.minCell) }));
  }
  return withDuckDb(async (connection) => {
    const source = await openSource(connection, filePath, textColumnsOf(spec));
    if ("kind" in source) return source;
    const plan = planRows(source, spec);
    if ("kind" in plan) return plan;
    const standard = spec.ageBands !== null ? spec.populations?.standard : undefined;
    const query = {
      plan,
      source: source.relation,
      bandShown: spec.ageBands !== null && standard === undefined,
      bandDetail: spec.ageBands !== null && standard !== undefined,
      withMeasure: spec.mean !== undefined,
    };
    let result: GroupSumsRow[];
    try {
      result = await withProgress(connection, spec.onProgress, () => runBreakdownQuery(connection, query));
    } catch (error) {
      return unreadable(source.name, error);
    }

    const display = result.filter((row) => !row.bandDetail);
    const leftOut = (state: number) =>
      display.filter((row) => !row.allSexes && row.state === state).reduce((sum, row) => sum + row.n, 0);
    const invalidCount = leftOut(ROW_STATE.invalidIdentity);
    const excludedRows = leftOut(ROW_STATE.noAge) + leftOut(ROW_STATE.noSex);
    const analysedRows = leftOut(ROW_STATE.usable);

    const bad = display.filter((row) => !row.allSexes).reduce((sum, row) => sum + row.bad, 0);
    if (bad > 0 && spec.mean !== undefined) {
      const [first] = await rowNumbersWhere(connection, source, plan, "badMeasure", 1);
      return importFailure(
        importMessage("statisticsEngine.failed.notNumeric", { column: spec.mean, count: bad, row: first ?? "?" }),
      );
    }
    if (analysedRows === 0) {
      return importFailure(
        importMessage("statisticsEngine.failed.noValidRows", { invalid: invalidCount + excludedRows }),
      );
    }
    const invalidRows =
      invalidCount > 0 ? await rowNumbersWhere(connection, source, plan, "invalidIdentity", MAX_REPORTED_ROWS) : [];

    const groups = groupSums(
      display.filter((row) => row.state === ROW_STATE.usable),
      result.filter((row) => row.bandDetail && row.state === ROW_STATE.usable),
      spec,
    );
    const rows = breakdownRows(groups, { minCell: spec.minCell, standard });
    return {
      kind: "breakdown",
      rows,
      analysedRows,
      invalidIdentity: { count: invalidCount, rows: invalidRows },
      excludedRows,
      methods: methodsNote({
        referenceDate: plan.referenceDate,
        minCell: spec.minCell,
        sources: spec.sources ?? [path.basename(filePath)],
        generatedAt: new Date().toISOString(),
      }),
    };
  });
}

function unreadable(file: string, error: unknown): ImportFailure {
  return importFailure(importMessage("statisticsEngine.failed.unreadable", { file, detail: safeDuckDbDetail(error) }));
}

interface Cell {
  group: GroupKey[];
  band: string | null;
  women?: SexSums;
  men?: SexSums;
  total?: SexSums;
  bands: Map<string, { women: number; men: number }>;
}

/** Gathers the query's rows into one entry per displayed group, in the order of values and bands. */
function groupSums(
  display: readonly GroupSumsRow[],
  detail: readonly GroupSumsRow[],
  spec: BreakdownSpec,
): GroupSums[] {
  const cells = new Map<string, Cell>();
  const cellOf = (row: GroupSumsRow, withBand: boolean): Cell => {
    const band = withBand ? row.band : null;
    const key = JSON.stringify([row.groups, band]);
    let cell = cells.get(key);
    if (cell === undefined) {
      const group = spec.by.map((column, index) => ({ column, value: row.groups[index] ?? "" }));
      if (band !== null) group.push({ column: AGE_BAND_COLUMN, value: band });
      cell = { group, band, bands: new Map() };
      cells.set(key, cell);
    }
    return cell;
  };
  const bandShown = spec.ageBands !== null && spec.populations?.standard === undefined;
  for (const row of display) {
    const sums: SexSums = { n: row.n, measure: row.measure ?? undefined };
    const cell = cellOf(row, bandShown);
    if (row.allSexes) cell.total = sums;
    else if (row.sex === "K") cell.women = sums;
    else if (row.sex === "M") cell.men = sums;
  }
  for (const row of detail) {
    const cell = cellOf(row, false);
    const band = row.band ?? "";
    const counts = cell.bands.get(band) ?? { women: 0, men: 0 };
    cell.bands.set(band, row.sex === "K" ? { ...counts, women: row.n } : { ...counts, men: row.n });
  }
  const bandOrder = new Map((spec.ageBands ?? []).map((band, index) => [band.label, index]));
  const compare = new Intl.Collator("sv", { numeric: true }).compare;
  const ordered = [...cells.values()].sort((a, b) => {
    for (let i = 0; i < spec.by.length; i++) {
      const order = compare(a.group[i]?.value ?? "", b.group[i]?.value ?? "");
      if (order !== 0) return order;
    }
    return (bandOrder.get(a.band ?? "") ?? 0) - (bandOrder.get(b.band ?? "") ?? 0);
  });
  const empty: SexSums = {
    n: 0,
    measure: spec.mean === undefined ? undefined : { n: 0, mean: null, sd: null, median: null },
  };
  return ordered.map((cell) => {
    const women = cell.women ?? empty;
    const men = cell.men ?? empty;
    return {
      group: cell.group,
      women,
      men,
      total: cell.total ?? { n: women.n + men.n },
      ...populationParts(cell, spec),
    };
  });
}

/** The group's population and per-band sums, where populations are given and cover the group. */
function populationParts(cell: Cell, spec: BreakdownSpec): Pick<GroupSums, "population" | "bands"> {
  const populations: PopulationRows | undefined = spec.populations;
  if (populations === undefined) return {};
  const groupOnly = cell.group.filter((key) => key.column !== AGE_BAND_COLUMN);
  const women = populationOf(populations.rows, groupOnly, cell.band, "K");
  const men = populationOf(populations.rows, groupOnly, cell.band, "M");
  const population = women !== null && men !== null ? { women, men } : undefined;
  if (populations.standard === undefined || spec.ageBands === null) return { population };
  const bands: BandSums[] = [];
  for (const band of spec.ageBands) {
    const counts = cell.bands.get(band.label) ?? { women: 0, men: 0 };
    const womenPopulation = populationOf(populations.rows, groupOnly, band.label, "K");
    const menPopulation = populationOf(populations.rows, groupOnly, band.label, "M");
    if (womenPopulation === null || menPopulation === null) return { population };
    bands.push({
      band: band.label,
      women: { events: counts.women, population: womenPopulation },
      men: { events: counts.men, population: menPopulation },
    });
  }
  return { population, bands };
}
