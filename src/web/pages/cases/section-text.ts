import { CASE_SECTION_KEYS, type CaseSectionKey, type CaseSections } from "../../../core/index.js";

/**
 * A section as plain text, for comparing versions and showing texts side by side: the
 * proposal's points numbered ("1. …"), Ärendet's parts as heading and text separated by a
 * blank line, one recipient per line.
 */
export function sectionText(sections: CaseSections, key: CaseSectionKey): string {
  switch (key) {
    case "proposal":
      return sections.proposal.map((point, index) => `${index + 1}. ${point}`).join("\n");
    case "matter":
      return sections.matter
        .map((part) => [part.heading, part.text].filter((line) => line.trim() !== "").join("\n"))
        .join("\n\n");
    case "recipients":
      return sections.recipients.join("\n");
    default:
      return sections[key];
  }
}

/** The sections whose text differs between two versions, in template order. */
export function changedSections(before: CaseSections, after: CaseSections): CaseSectionKey[] {
  return CASE_SECTION_KEYS.filter((key) => sectionText(before, key) !== sectionText(after, key));
}
