import { type CaseOutline, type HeadingLine, outlineCase, sectionBody, sectionLines } from "./case-outline.js";
import { findDiarienummer, findTitle } from "./case-preamble.js";
import { CASE_SECTION_KEYS, type CaseSectionKey, type CaseSections, EMPTY_CASE_SECTIONS } from "./case-sections.js";
import { matterParts, proposalPoints, recipientList } from "./section-parts.js";

/** What could be read from an existing case document. */
export interface RecognisedCase {
  /** "NNNN-YYYY" as written, or null. */
  readonly diarienummer: string | null;
  readonly title: string | null;
  readonly sections: CaseSections;
  /** The sections whose heading was found, in template order. */
  readonly found: CaseSectionKey[];
}

/**
 * Recognises the template's sections in a case document given as plain text (from .docx,
 * .pdf or .txt; OCR damage such as lost å/ä/ö, "&rendet", stray spaces in headings, page
 * numbers and repeated headers is tolerated). Each section's text is its lines as written,
 * without page furniture.
 *
 * WARNING: text under no recognised heading (other than the title block) is not returned;
 * check `found` before replacing a case's sections with these.
 */
export function recogniseSections(text: string): RecognisedCase {
  const outline = outlineCase(text);
  const byKey = new Map<CaseSectionKey, HeadingLine>(outline.headings.map((heading) => [heading.key, heading]));
  const firstHeading = outline.headings[0]?.line ?? outline.lines.length;
  const titleEnd = byKey.get("proposal")?.line ?? firstHeading;
  const body = (key: CaseSectionKey): string => {
    const heading = byKey.get(key);
    return heading ? sectionBody(outline, heading) : "";
  };
  const lines = (key: CaseSectionKey): string[] => {
    const heading = byKey.get(key);
    return heading ? sectionLines(outline, heading) : [];
  };
  return {
    diarienummer: findDiarienummer(outline.lines, outline.furniture, firstHeading),
    title: findTitle(outline.lines, outline.furniture, titleEnd),
    sections: {
      ...EMPTY_CASE_SECTIONS,
      proposal: proposalPoints(lines("proposal")),
      statement: body("statement"),
      summary: body("summary"),
      matter: matterParts(lines("matter")),
      genderImpact: body("genderImpact"),
      basis: body("basis"),
      attachments: body("attachments"),
      recipients: recipientList(lines("recipients")),
    },
    found: CASE_SECTION_KEYS.filter((key) => byKey.has(key)),
  };
}

/** The gender impact section of a document: its heading as written and its text, or null when there is no heading. */
export function findGenderSection(text: string): { readonly heading: string; readonly text: string } | null {
  const outline: CaseOutline = outlineCase(text);
  const heading = outline.headings.find((found) => found.key === "genderImpact");
  return heading ? { heading: heading.heading, text: sectionBody(outline, heading) } : null;
}
