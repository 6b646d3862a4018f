import {
  type Coded,
  type ImportMessage,
  importMessage,
  type Observation,
  type ObservationSource,
  type RejectedRow,
} from "../../../core/statistics/observation.js";
import { readNumberText } from "./number-text.js";
import type { ClassifiedDimension } from "./scb-dimensions.js";
import { sexOfCategory } from "./sex-codes.js";

/**
 * Turns the cells of an SCB table, in either of its JSON layouts, into observations. Values are
 * taken as SCB publishes them: a total is never checked against women + men, since SCB
 * perturbs small cells (the cell key method) and the parts need not add up.
 */

/** An SCB table without a region dimension is for the whole country: SCB's code for it. */
export const WHOLE_COUNTRY: { readonly code: string; readonly name: string } = { code: "00", name: "Riket" };

/** What the cells of one table share. */
export interface ScbTable {
  readonly dimensions: readonly ClassifiedDimension[];
  readonly source: Extract<ObservationSource, { kind: "scb" }>;
}

/** The indicator of a cell where no dimension names it: a content column, or the table itself. */
export interface ScbContent {
  readonly id: string;
  readonly name: string | null;
  readonly unit: string | null;
}

export interface ScbCell {
  /** 1-based: the position in JSON-stat's value array, or of the entry in the plain format's `data`. */
  readonly row: number;
  /** The cell's category in each of the table's dimensions, in the same order. */
  readonly categories: readonly Coded[];
  readonly value: unknown;
  readonly status: unknown;
  /** The metric category's unit, where JSON-stat gives one. */
  readonly unit: string | null;
  /** Used when the table has no metric dimension. */
  readonly content: ScbContent;
}

export type CellOutcome =
  | { readonly kind: "observation"; readonly observation: Observation }
  | { readonly kind: "rejected"; readonly rejected: RejectedRow };

/** The warnings that hold for the whole table, whatever its cells. */
export function tableWarnings(table: ScbTable): ImportMessage[] {
  return table.dimensions.some((dimension) => dimension.role === "area")
    ? []
    : [
        importMessage("statistics.import.warnings.noAreaDimension", {
          code: WHOLE_COUNTRY.code,
          name: WHOLE_COUNTRY.name,
        }),
      ];
}

/** One cell as an observation, or why it cannot be one (a sex category that is not women, men or total). */
export function observationOfCell(table: ScbTable, cell: ScbCell): CellOutcome {
  const value = valueOf(cell.value);
  if (value === null)
    return rejected(cell.row, "statistics.import.rejected.valueNotNumber", { value: String(cell.value) });
  let indicatorId = cell.content.id;
  let indicatorName = cell.content.name;
  let unit = cell.unit ?? cell.content.unit;
  let period = "";
  let area: { code: string; name: string | null } = WHOLE_COUNTRY;
  let sex: Observation["sex"] = null;
  let ageBand: Coded | null = null;
  const dimensions: Record<string, Coded> = {};
  for (const [index, dimension] of table.dimensions.entries()) {
    const category = cell.categories[index];
    if (category === undefined) continue;
    switch (dimension.role) {
      case "time":
        period = category.code;
        break;
      case "metric":
        indicatorId = category.code;
        indicatorName = category.label;
        unit = cell.unit;
        break;
      case "area":
        area = { code: category.code, name: category.label === category.code ? null : category.label };
        break;
      case "sex": {
        sex = sexOfCategory(category.code, category.label === category.code ? null : category.label);
        if (sex === null) return rejected(cell.row, "statistics.import.rejected.unknownSex", { value: category.label });
        break;
      }
      case "age":
        ageBand = category;
        break;
      case "other":
        dimensions[dimension.id] = category;
        break;
    }
  }
  const status = typeof cell.status === "string" && cell.status !== "" ? cell.status : value.marker;
  return {
    kind: "observation",
    observation: {
      indicatorId,
      indicatorName,
      period,
      areaCode: area.code,
      areaName: area.name,
      sex,
      ageBand,
      dimensions,
      value: value.value,
      count: null,
      unit,
      status,
      source: table.source,
    },
  };
}

/**
 * A cell's figure: a number, or missing (null, "..", ".", any other symbol SCB writes in place of
 * a figure). Null only for what cannot be a cell at all (an object, a boolean).
 */
function valueOf(raw: unknown): { value: number | null; marker: string | null } | null {
  if (raw === null || raw === undefined) return { value: null, marker: null };
  if (typeof raw === "number") return Number.isFinite(raw) ? { value: raw, marker: null } : null;
  if (typeof raw !== "string") return null;
  const read = readNumberText(raw);
  if (read.kind === "number") return { value: read.value, marker: null };
  return { value: null, marker: read.kind === "missing" ? read.marker : raw.trim() };
}

function rejected(row: number, key: ImportMessage["key"], params: ImportMessage["params"]): CellOutcome {
  return { kind: "rejected", rejected: { row, reason: importMessage(key, params) } };
}
