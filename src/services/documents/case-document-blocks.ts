import type { CaseDocument } from "../../core/cases/case-document.js";
import { CASE_SECTION_KEYS, type CaseSectionKey, type CaseSections } from "../../core/cases/case-sections.js";
import type { Locale } from "../../core/index.js";
import { type BlockDocument, type DocumentBlock, isBlank, type Say, sayIn } from "./document-blocks.js";

/**
 * A case document (tjänsteskrivelse) in the template's order: who and when (organisation, body,
 * date, diarienummer, case officer), the title, then every section under its heading. The
 * optional "Yttrande till beslutsförslaget" is left out when empty; any other empty section keeps
 * its heading with "Ej ifyllt", so that a missing gender impact analysis shows.
 */
export function caseDocumentBlocks(doc: CaseDocument, locale: Locale): BlockDocument {
  const say = sayIn(locale);
  const officer = doc.departmentName ? `${doc.caseOfficerName}, ${doc.departmentName}` : doc.caseOfficerName;
  const head: DocumentBlock[] = [
    { kind: "text", text: doc.organisationName, emphasis: "strong" },
    { kind: "text", text: doc.bodyName },
    { kind: "field", label: say("documents.caseDocument.date"), value: doc.date },
    {
      kind: "field",
      label: say("documents.caseDocument.diarienummer"),
      value: doc.diarienummer ?? say("documents.caseDocument.notRegistered"),
    },
    { kind: "field", label: say("documents.caseDocument.caseOfficer"), value: officer },
    { kind: "heading", level: 1, text: doc.title },
  ];
  const notFilledIn: DocumentBlock = {
    kind: "text",
    text: say("documents.caseDocument.notFilledIn"),
    emphasis: "subtle",
  };
  const sections = CASE_SECTION_KEYS.flatMap((key) => {
    const body = sectionBody(key, doc.sections);
    if (body.length === 0 && key === "statement") return [];
    const heading: DocumentBlock = { kind: "heading", level: 2, text: say(`documents.caseDocument.sections.${key}`) };
    return [heading, ...(body.length > 0 ? body : [notFilledIn])];
  });
  return {
    metadata: {
      title: doc.title,
      author: doc.caseOfficerName,
      subject: [doc.bodyName, doc.diarienummer].filter(Boolean).join(", "),
      locale,
    },
    blocks: [...head, ...sections],
  };
}

/** The blocks under one section heading; none when the section is empty. */
function sectionBody(key: CaseSectionKey, sections: CaseSections): DocumentBlock[] {
  switch (key) {
    case "proposal":
      return list("numbered", sections.proposal);
    case "recipients":
      return list("bulleted", sections.recipients);
    case "matter":
      return sections.matter.flatMap((part): DocumentBlock[] => [
        ...(isBlank(part.heading) ? [] : [{ kind: "heading", level: 3, text: part.heading.trim() } as const]),
        ...text(part.text),
      ]);
    case "statement":
    case "summary":
    case "genderImpact":
    case "basis":
    case "attachments":
      return text(sections[key]);
  }
}

function list(style: "numbered" | "bulleted", items: readonly string[]): DocumentBlock[] {
  const filled = items.map((item) => item.trim()).filter((item) => item !== "");
  return filled.length > 0 ? [{ kind: "list", style, items: filled }] : [];
}

function text(value: string): DocumentBlock[] {
  return isBlank(value) ? [] : [{ kind: "text", text: value }];
}
