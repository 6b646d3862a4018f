import { type ImportMessage, importMessage } from "../../../core/statistics/observation.js";

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function isTimestamp(text: string): boolean {
  return ISO_8601.test(text) && !Number.isNaN(Date.parse(text));
}

/**
 * When SCB last updated a table, from the response's `updated`. A time with stray spaces
 * ("2024-01-12T05: 52: 00Z", as in TAB3554) is read without them, with a warning; one that is
 * still unreadable becomes null, with a warning. Never a reason to refuse the data.
 */
export function readUpdated(raw: unknown): { readonly updated: string | null; readonly warning: ImportMessage | null } {
  if (typeof raw !== "string" || raw.trim() === "") return { updated: null, warning: null };
  if (isTimestamp(raw)) return { updated: raw, warning: null };
  const squeezed = raw.replace(/\s+/g, "");
  if (isTimestamp(squeezed)) {
    return {
      updated: squeezed,
      warning: importMessage("statistics.import.warnings.repairedUpdated", { updated: raw, read: squeezed }),
    };
  }
  return { updated: null, warning: importMessage("statistics.import.warnings.unreadableUpdated", { updated: raw }) };
}
