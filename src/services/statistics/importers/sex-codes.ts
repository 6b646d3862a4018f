import type { SexCode } from "../../../core/statistics/observation.js";

/**
 * Sex as sources write it, mapped to Kolada's K/M/T by the text itself, never by its position
 * in a table: SCB's tables differ (`1`/`2` with `TotSa` or `1+2`, Swedish or English labels).
 */

/** Lower case, without diacritics ("Kön" → "kon", "män" → "man"), white space squeezed. */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim().replace(/\s+/g, " ");
}

const WORDS: ReadonlyMap<string, SexCode> = new Map<string, SexCode>([
  ...["k", "kvinnor", "kvinna", "women", "woman", "female", "females", "flickor", "flicka", "girls", "2"].map(
    (word) => [word, "K"] as const,
  ),
  // "män" and "man" fold alike; both mean men.
  ...["m", "man", "men", "male", "males", "pojkar", "pojke", "boys", "1"].map((word) => [word, "M"] as const),
  ...["t", "totalt", "total", "tot", "totsa", "1+2", "samtliga", "alla", "all", "bada konen", "both sexes"].map(
    (word) => [word, "T"] as const,
  ),
]);

const TOTAL_PREFIX = /^(totalt|total|samtliga|bada konen|both sexes)\b/;
const BOTH = /^(man och kvinnor|kvinnor och man|men and women|women and men)$/;

/**
 * K, M or T for a code or label: K/M/T, kvinnor/män/totalt, women/men/total (and singulars,
 * female/male, girls/boys), SCB's `1` (men), `2` (women), `1+2` and `TotSa` (total), and labels
 * such as "totalt, samtliga män och kvinnor". Null when the text is none of these.
 */
export function sexOfText(text: string): SexCode | null {
  const folded = foldText(text);
  const word = WORDS.get(folded);
  if (word) return word;
  return TOTAL_PREFIX.test(folded) || BOTH.test(folded) ? "T" : null;
}

/**
 * The sex of a category of a sex dimension: by its label where the label says it, else by its
 * code. The label wins because it is what the table's makers wrote for people to read.
 */
export function sexOfCategory(code: string, label: string | null): SexCode | null {
  return (label === null ? null : sexOfText(label)) ?? sexOfText(code);
}

const SEX_DIMENSION_NAMES = new Set(["kon", "sex", "gender", "kjonn"]);

/** True for a dimension or column that holds sex: id or label Kon, Kön, sex, gender. */
export function isSexDimension(id: string, label: string | null): boolean {
  return SEX_DIMENSION_NAMES.has(foldText(id)) || (label !== null && SEX_DIMENSION_NAMES.has(foldText(label)));
}
