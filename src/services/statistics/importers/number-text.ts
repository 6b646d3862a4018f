/**
 * Numbers as people and statistics offices write them: Swedish decimal comma ("74,1"), spaces
 * as thousands separators ("12 345", also no-break and thin spaces), a decimal point ("74.1"),
 * "1.234,5" and "1,234.5", a Unicode minus ("−3,2"). Markers of a missing figure ("..", "-",
 * "saknas", an empty cell) are missing, never 0.
 */
export type NumberText =
  | { readonly kind: "number"; readonly value: number }
  /** `marker` is the text that said so (".."), or null for an empty cell. */
  | { readonly kind: "missing"; readonly marker: string | null }
  | { readonly kind: "invalid" };

const MISSING_MARKERS = new Set([
  "..",
  "...",
  ".",
  "-",
  "–",
  "—",
  "na",
  "n/a",
  "saknas",
  "uppgift saknas",
  "missing",
  "null",
]);

const SPACED_THOUSANDS = /^[+-]?\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?$/;
const DECIMAL_COMMA = /^[+-]?(?:\d+(?:,\d+)?|,\d+)$/;
const DECIMAL_POINT = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const DOT_THOUSANDS = /^[+-]?\d{1,3}(?:\.\d{3})+,\d+$/;
const COMMA_THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+\.\d+$/;

/**
 * Reads a number written as text. "1,234" is read the Swedish way (1.234), as is "1.234"; a
 * thousands separator is recognised only beside a decimal mark of the other kind ("1.234,5",
 * "1,234.5") or as spaces. A percent sign or a unit is not a number: the caller says so.
 */
export function readNumberText(text: string): NumberText {
  const trimmed = text.trim();
  if (trimmed === "") return { kind: "missing", marker: null };
  if (MISSING_MARKERS.has(trimmed.toLowerCase())) return { kind: "missing", marker: trimmed };
  let plain = trimmed.replace(/^[\u2212\u2013]/, "-");
  if (SPACED_THOUSANDS.test(plain)) plain = plain.replace(/[ \u00a0\u202f\u2009]/g, "");
  let normal: string | null = null;
  if (DECIMAL_COMMA.test(plain)) normal = plain.replace(",", ".");
  else if (DECIMAL_POINT.test(plain)) normal = plain;
  else if (DOT_THOUSANDS.test(plain)) normal = plain.replace(/\./g, "").replace(",", ".");
  else if (COMMA_THOUSANDS.test(plain)) normal = plain.replace(/,/g, "");
  if (normal === null) return { kind: "invalid" };
  const value = Number(normal);
  return Number.isFinite(value) ? { kind: "number", value: value === 0 ? 0 : value } : { kind: "invalid" };
}
