import {
  type Coded,
  type ImportMessage,
  importMessage,
  type Observation,
  type ObservationSource,
  type RejectedRow,
} from "../../../core/statistics/observation.js";
import type { ResolvedColumns } from "./indicator-columns.js";
import { type Cell, cellText, type TableRow } from "./indicator-table.js";
import { readNumberText } from "./number-text.js";
import { sexOfText } from "./sex-codes.js";

/**
 * One data row of an indicator file as an observation, or the first reason it cannot be one,
 * checked in the order a person reads the row: its width, the indicator, period and area, sex,
 * value and count.
 */

export type RowOutcome =
  | { readonly kind: "observation"; readonly observation: Observation }
  | { readonly kind: "rejected"; readonly rejected: RejectedRow };

export function observationOfRow(
  row: TableRow,
  columns: ResolvedColumns,
  headerCount: number,
  source: ObservationSource,
): RowOutcome {
  const reject = (key: ImportMessage["key"], params: ImportMessage["params"] = {}): RowOutcome => ({
    kind: "rejected",
    rejected: { row: row.row, reason: importMessage(key, params) },
  });
  const width = widthOf(row.cells);
  if (row.cells.length < headerCount || width > headerCount) {
    return reject("statistics.import.rejected.wrongColumnCount", {
      expected: headerCount,
      found: Math.max(width, row.cells.length),
    });
  }
  const text = (index: number | null): string => (index === null ? "" : cellText(row.cells[index]));
  const indicatorId = text(columns.indicator);
  if (indicatorId === "") return reject("statistics.import.rejected.missingIndicator");
  const period = text(columns.period);
  if (period === "") return reject("statistics.import.rejected.missingPeriod");
  const areaCode = text(columns.area);
  if (areaCode === "") return reject("statistics.import.rejected.missingArea");
  let sex: Observation["sex"] = null;
  if (columns.sex !== null) {
    const written = text(columns.sex);
    if (written === "") return reject("statistics.import.rejected.missingSex");
    sex = sexOfText(written);
    if (sex === null) return reject("statistics.import.rejected.unknownSex", { value: written });
  }
  const value = figureOf(row.cells[columns.value ?? -1]);
  if (value.kind === "invalid")
    return reject("statistics.import.rejected.valueNotNumber", { value: text(columns.value) });
  let count: number | null = null;
  if (columns.count !== null) {
    const read = figureOf(row.cells[columns.count]);
    if (read.kind === "invalid" || (read.kind === "number" && !(Number.isInteger(read.value) && read.value >= 0))) {
      return reject("statistics.import.rejected.countNotWholeNumber", { value: text(columns.count) });
    }
    count = read.kind === "number" ? read.value : null;
  }
  const ageText = text(columns.ageBand);
  const dimensions: Record<string, Coded> = {};
  for (const { name, index } of columns.dimensions) {
    const category = text(index);
    dimensions[name] = { code: category, label: category };
  }
  return {
    kind: "observation",
    observation: {
      indicatorId,
      indicatorName: text(columns.indicatorName) || null,
      period,
      areaCode,
      areaName: text(columns.areaName) || null,
      sex,
      ageBand: ageText === "" ? null : { code: ageText, label: ageText },
      dimensions,
      value: value.kind === "number" ? value.value : null,
      count,
      unit: text(columns.unit) || null,
      status: value.kind === "missing" ? value.marker : null,
      source,
    },
  };
}

/** The number of cells up to the last one that holds something. */
function widthOf(cells: readonly Cell[]): number {
  for (let index = cells.length - 1; index >= 0; index--) {
    if (cellText(cells[index]) !== "") return index + 1;
  }
  return 0;
}

/** A numeric cell as it is; a text cell read the Swedish or English way (see `readNumberText`). */
function figureOf(cell: Cell | undefined): ReturnType<typeof readNumberText> {
  if (typeof cell === "number") return Number.isFinite(cell) ? { kind: "number", value: cell } : { kind: "invalid" };
  return readNumberText(cell ?? "");
}

/** What makes two rows the same figure: indicator, period, area, sex, age band and the dimensions. */
export function observationKey(observation: Observation): string {
  return JSON.stringify([
    observation.indicatorId,
    observation.period,
    observation.areaCode,
    observation.sex,
    observation.ageBand?.code ?? null,
    Object.entries(observation.dimensions).map(([name, category]) => [name, category.code]),
  ]);
}
