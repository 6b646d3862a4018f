import type { CaseDocument } from "../../core/cases/case-document.js";
import type { Locale } from "../../core/index.js";
import { blocksToDocx } from "./blocks-to-docx.js";
import { caseDocumentBlocks } from "./case-document-blocks.js";

/**
 * A case document (tjänsteskrivelse) as a Word file in the template's layout: the title as
 * Heading 1, each section as Heading 2 (the sub-headings of "Ärendet" as Heading 3), the proposed
 * decision as a numbered list. Headings in `locale`; the text is the case's own.
 */
export function renderCaseDocx(doc: CaseDocument, locale: Locale): Promise<Uint8Array> {
  return blocksToDocx(caseDocumentBlocks(doc, locale));
}
