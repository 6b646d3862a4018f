import JSONstat, { type JsonStatDataset } from "jsonstat-toolkit";
import {
  type Coded,
  type ImportMessage,
  type ImportOutcome,
  importFailure,
  importMessage,
  type Observation,
  type RejectedRow,
} from "../../../core/statistics/observation.js";
import { observationOfCell, type ScbContent, type ScbTable, tableWarnings } from "./scb-cells.js";
import { classifyDimensions } from "./scb-dimensions.js";
import { readUpdated } from "./scb-updated.js";

/**
 * SCB's JSON-stat responses, 2.0 (PxWebApi v2, and v1 with `json-stat2`) and 1.x (PxWebApi v1's
 * `json-stat`, the dataset wrapped in a bundle), read with jsonstat-toolkit, the format's
 * reference reader, which knows both layouts, category indexes as arrays or objects, and values
 * and statuses as arrays or objects.
 *
 * WARNING: the toolkit rewrites parts of `document` in place; pass a value just parsed.
 */
export function readJsonStat(document: object): ImportOutcome {
  let datasets: JsonStatDataset[];
  try {
    datasets = datasetsOf(document);
  } catch {
    return importFailure(importMessage("statistics.import.failed.malformedScb"));
  }
  if (datasets.length === 0) return importFailure(importMessage("statistics.import.failed.malformedScb"));
  const observations: Observation[] = [];
  const rejected: RejectedRow[] = [];
  const warnings: ImportMessage[] = [];
  let offset = 0;
  for (const dataset of datasets) {
    const read = readDatasetSafely(dataset, offset);
    if (read.kind === "failed") return read;
    observations.push(...read.observations);
    rejected.push(...read.rejected);
    warnings.push(...read.warnings);
    offset += dataset.n;
  }
  return { kind: "imported", observations, rejected, warnings };
}

/** The toolkit throws (a TypeError) on some shapes that are JSON-stat only in part. */
function readDatasetSafely(dataset: JsonStatDataset, offset: number): ImportOutcome {
  try {
    return readDataset(dataset, offset);
  } catch {
    return importFailure(importMessage("statistics.import.failed.malformedScb"));
  }
}

function datasetsOf(document: object): JsonStatDataset[] {
  const reader = JSONstat(document);
  if (reader.class === "dataset") return [reader];
  if (reader.class !== "bundle" && reader.class !== "collection") return [];
  const datasets: JsonStatDataset[] = [];
  for (let index = 0; index < reader.length; index++) {
    const dataset = reader.Dataset(index);
    if (dataset === null || dataset.length === 0) return [];
    datasets.push(dataset);
  }
  return datasets;
}

interface DimensionCategories {
  readonly id: string;
  readonly label: string | null;
  readonly categories: ReadonlyMap<string, Coded>;
  readonly units: ReadonlyMap<string, string>;
}

function categoriesOf(dataset: JsonStatDataset, id: string): DimensionCategories | null {
  const dimension = dataset.Dimension(id);
  if (dimension === null) return null;
  const categories = new Map<string, Coded>();
  const units = new Map<string, string>();
  for (const code of dimension.id) {
    const category = dimension.Category(code);
    categories.set(code, { code, label: category?.label ?? code });
    if (category?.unit?.base) units.set(code, category.unit.base);
  }
  return { id, label: dimension.label, categories, units };
}

function readDataset(dataset: JsonStatDataset, offset: number): ImportOutcome {
  const dimensions = dataset.id.map((id) => categoriesOf(dataset, id));
  if (dimensions.some((dimension) => dimension === null)) {
    return importFailure(importMessage("statistics.import.failed.malformedScb"));
  }
  const present = dimensions as DimensionCategories[];
  const classified = classifyDimensions(present, dataset.role ?? {});
  if (!classified.some((dimension) => dimension.role === "time")) {
    return importFailure(importMessage("statistics.import.failed.noTimeDimension"));
  }
  const metric = classified.findIndex((dimension) => dimension.role === "metric");
  const updated = readUpdated(dataset.updated);
  const tableId = tableIdOf(dataset.extension);
  const table: ScbTable = {
    dimensions: classified,
    source: { kind: "scb", table: tableId, label: dataset.label, updated: updated.updated },
  };
  const content: ScbContent = { id: tableId ?? "value", name: dataset.label, unit: null };
  const observations: Observation[] = [];
  const rejected: RejectedRow[] = [];
  dataset.Unflatten((coordinates, point, index) => {
    const categories = present.map(
      (dimension) => dimension.categories.get(coordinates[dimension.id] ?? "") ?? { code: "", label: "" },
    );
    const metricCode = metric < 0 ? undefined : coordinates[present[metric]?.id ?? ""];
    const unit = metricCode === undefined ? null : (present[metric]?.units.get(metricCode) ?? null);
    const outcome = observationOfCell(table, {
      row: offset + index + 1,
      categories,
      value: point.value,
      status: point.status,
      unit,
      content,
    });
    if (outcome.kind === "observation") observations.push(outcome.observation);
    else rejected.push(outcome.rejected);
    return undefined;
  });
  const warnings = [...(updated.warning ? [updated.warning] : []), ...tableWarnings(table)];
  return { kind: "imported", observations, rejected, warnings };
}

/** SCB's table id from the PX extension (`extension.px.tableid`), or null. */
function tableIdOf(extension: unknown): string | null {
  if (typeof extension !== "object" || extension === null || !("px" in extension)) return null;
  const px = extension.px;
  if (typeof px !== "object" || px === null || !("tableid" in px)) return null;
  return typeof px.tableid === "string" && px.tableid !== "" ? px.tableid : null;
}
