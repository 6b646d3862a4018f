import {
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
 * PxWebApi v1's plain "json" format: `columns` (type "d" a dimension, "t" time, "c" a content
 * column), and `data` entries whose `key` holds one code per d/t column and whose `values` hold
 * one figure per c column, as text. The format has codes but no category labels, so sex is read
 * from the code (`1` men, `2` women, `1+2`/`TotSa` total) and areas have no names.
 */

interface PlainColumn {
  readonly code: string;
  readonly text: string | null;
  readonly type: string;
}

/** True for an object with the plain format's `columns` and `data` arrays. */
export function isPlainPxJson(document: unknown): document is { columns: unknown[]; data: unknown[] } {
  return (
    typeof document === "object" &&
    document !== null &&
    "columns" in document &&
    Array.isArray(document.columns) &&
    "data" in document &&
    Array.isArray(document.data)
  );
}

function columnOf(raw: unknown): PlainColumn | null {
  if (typeof raw !== "object" || raw === null) return null;
  const { code, text, type } = raw as Record<string, unknown>;
  if (typeof code !== "string" || typeof type !== "string") return null;
  return { code, text: typeof text === "string" ? text : null, type };
}

function isTextArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

/** The response's table title and update time, from `metadata[0]`. */
function metadataOf(document: object): { label: string | null; updated: unknown } {
  const metadata = "metadata" in document && Array.isArray(document.metadata) ? document.metadata[0] : undefined;
  if (typeof metadata !== "object" || metadata === null) return { label: null, updated: null };
  const { label, updated } = metadata as Record<string, unknown>;
  return { label: typeof label === "string" ? label : null, updated };
}

export function readPlainPxJson(document: { columns: unknown[]; data: unknown[] }): ImportOutcome {
  const columns = document.columns.map(columnOf);
  if (columns.some((column) => column === null))
    return importFailure(importMessage("statistics.import.failed.malformedScb"));
  const present = columns as PlainColumn[];
  const keyed = present.filter((column) => column.type !== "c");
  const contents: ScbContent[] = present
    .filter((column) => column.type === "c")
    .map((column) => ({ id: column.code, name: column.text, unit: null }));
  const dimensions = classifyDimensions(
    keyed.map((column) => ({ id: column.code, label: column.text })),
    { time: keyed.filter((column) => column.type === "t").map((column) => column.code) },
  );
  if (!dimensions.some((dimension) => dimension.role === "time") || contents.length === 0) {
    return importFailure(importMessage("statistics.import.failed.noTimeDimension"));
  }
  const metadata = metadataOf(document);
  const updated = readUpdated(metadata.updated);
  const table: ScbTable = {
    dimensions,
    source: { kind: "scb", table: null, label: metadata.label, updated: updated.updated },
  };
  const observations: Observation[] = [];
  const rejected: RejectedRow[] = [];
  for (const [index, entry] of document.data.entries()) {
    const row = index + 1;
    const { key, values } = (typeof entry === "object" && entry !== null ? entry : {}) as Record<string, unknown>;
    if (
      !isTextArray(key) ||
      !Array.isArray(values) ||
      key.length !== keyed.length ||
      values.length !== contents.length
    ) {
      rejected.push({ row, reason: importMessage("statistics.import.rejected.malformedEntry") });
      continue;
    }
    const categories = key.map((code) => ({ code, label: code }));
    for (const [position, content] of contents.entries()) {
      const outcome = observationOfCell(table, {
        row,
        categories,
        value: values[position],
        status: null,
        unit: null,
        content,
      });
      if (outcome.kind === "observation") observations.push(outcome.observation);
      else rejected.push(outcome.rejected);
    }
  }
  const warnings = [...(updated.warning ? [updated.warning] : []), ...tableWarnings(table)];
  return { kind: "imported", observations, rejected, warnings };
}
