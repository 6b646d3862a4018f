import type {
  AssessmentSum,
  ChecklistDefinition,
  ChecklistItem,
  ChecklistTable,
  ItemScore,
  Locale,
  LocalisedText,
} from "../../core/index.js";
import { translate } from "../translator.js";

/**
 * The words and figures of the table of assessments, the same in every format: the web page's
 * exports (XLSX, .docx, PDF) and `jamt checklista`. Swedish writes decimals with a comma.
 */

/** A text in the locale; the Swedish one when no English text was written. */
export function localised(text: LocalisedText, locale: Locale): string {
  return locale === "en" && text.en.trim() !== "" ? text.en : text.sv;
}

export function itemText(item: ChecklistItem, locale: Locale): string {
  return localised(item.text, locale);
}

/** 2.5 as "2,5" in Swedish and "2.5" in English. */
export function formatNumber(value: number, locale: Locale): string {
  const text = String(value);
  return locale === "sv" ? text.replace(".", ",") : text;
}

/** A score, or "–" where the item was left unscored. */
export function formatScore(score: ItemScore, locale: Locale): string {
  return score === null ? translate(locale, "checklists.table.unscored") : formatNumber(score, locale);
}

/** "24", or "22 (9 av 10 punkter)" when some items were left unscored: a partial sum must never pass for a full one. */
export function formatSum(sum: AssessmentSum, locale: Locale): string {
  if (sum.complete) return formatNumber(sum.sum, locale);
  return translate(locale, "checklists.table.partialSum", {
    sum: sum.sum,
    scored: sum.scoredItems,
    count: sum.itemCount,
  });
}

/** "Skala 1–3 i steg om 0,5: 1 Ej påbörjat / finns inte; 2 Behöver utvecklas; 3 …". */
export function scaleText(definition: ChecklistDefinition, locale: Locale): string {
  const anchors = definition.anchors
    .map((anchor) => `${formatNumber(anchor.value, locale)} ${localised(anchor.text, locale)}`)
    .join("; ");
  return translate(locale, "checklists.table.scale", { ...definition.scale, anchors });
}

/**
 * The table as rows of text: the heading row (number, item, one column per occasion with its
 * name and date on two lines), a row per item and the sum row ("Summa").
 */
export function tableTextRows(
  table: ChecklistTable,
  locale: Locale,
): { header: string[]; rows: string[][]; footer: string[] } {
  const say = (key: "no" | "item" | "sum") => translate(locale, `checklists.table.${key}`);
  return {
    header: [say("no"), say("item"), ...table.columns.map((column) => `${column.occasion}\n${column.date}`)],
    rows: table.definition.items.map((item, index) => [
      String(item.no),
      itemText(item, locale),
      ...table.columns.map((column) => formatScore(column.scores[index] ?? null, locale)),
    ]),
    footer: ["", say("sum"), ...table.columns.map((column) => formatSum(column.sum, locale))],
  };
}
