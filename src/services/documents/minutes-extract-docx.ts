import type { MinutesExtract } from "../../core/cases/case-document.js";
import type { Locale } from "../../core/index.js";
import { blocksToDocx } from "./blocks-to-docx.js";
import { minutesExtractBlocks } from "./minutes-extract-blocks.js";

/** An extract of the minutes (protokollsutdrag) as a Word file; labels in `locale`. */
export function renderMinutesExtractDocx(extract: MinutesExtract, locale: Locale): Promise<Uint8Array> {
  return blocksToDocx(minutesExtractBlocks(extract, locale));
}
