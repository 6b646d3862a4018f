import { type ImportOutcome, importFailure, importMessage } from "../../../core/statistics/observation.js";
import { parseJsonText } from "./json-text.js";
import { readJsonStat } from "./scb-jsonstat.js";
import { isPlainPxJson, readPlainPxJson } from "./scb-plain-json.js";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A JSON-stat dataset: 2.0 has `id` and `size` on the dataset, 1.x inside `dimension`. */
function isJsonStatDataset(value: unknown): boolean {
  if (!isRecord(value) || !isRecord(value.dimension) || !("value" in value)) return false;
  const shape = Array.isArray(value.id) ? value : value.dimension;
  return Array.isArray(shape.id) && Array.isArray(shape.size);
}

/** JSON-stat 2.0 (`class: "dataset"`) or a 1.x bundle of datasets (`{"dataset": {…}}`). */
function isJsonStat(document: unknown): document is object {
  if (!isRecord(document)) return false;
  if (document.class === "dataset") return isJsonStatDataset(document);
  const datasets = Object.values(document);
  return datasets.length > 0 && datasets.every(isJsonStatDataset);
}

/**
 * Reads a saved response from SCB's PxWebApi: JSON-stat 2.0, JSON-stat 1.x or the plain v1
 * "json" format, told apart by their shape. Sex is mapped by label and code, missing figures
 * ("..", null) stay missing, and totals are kept as SCB gives them, even where women + men
 * differ from the total (SCB perturbs small cells). Rows are cells: the 1-based position in
 * the value array (JSON-stat) or of the entry in `data` (plain format).
 *
 * Never throws for bad input: what is not an SCB response is a failure value.
 */
export function parseScbResponse(input: string | Uint8Array): ImportOutcome {
  const document = parseJsonText(input);
  if (document === undefined) return importFailure(importMessage("statistics.import.failed.notJson"));
  if (isPlainPxJson(document)) return readPlainPxJson(document);
  if (isJsonStat(document)) return readJsonStat(document);
  return importFailure(importMessage("statistics.import.failed.notScb"));
}
