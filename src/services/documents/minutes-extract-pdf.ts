import type { MinutesExtract } from "../../core/cases/case-document.js";
import type { Locale } from "../../core/index.js";
import { blocksToPdf } from "./blocks-to-pdf.js";
import { minutesExtractBlocks } from "./minutes-extract-blocks.js";

/**
 * An extract of the minutes (protokollsutdrag) as a tagged PDF (A4, headings and lists in the
 * structure tree, title shown in the window, language set); labels in `locale`.
 */
export function renderMinutesExtractPdf(extract: MinutesExtract, locale: Locale): Promise<Uint8Array> {
  return blocksToPdf(minutesExtractBlocks(extract, locale));
}
