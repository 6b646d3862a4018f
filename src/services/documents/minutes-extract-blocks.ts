import type { MinutesExtract } from "../../core/cases/case-document.js";
import type { Locale } from "../../core/index.js";
import { type BlockDocument, type DocumentBlock, isBlank, type Say, sayIn } from "./document-blocks.js";

/**
 * An extract of the minutes (protokollsutdrag) for one paragraph (§): where and when it was
 * decided, the case, the decision (its outcome in words and its points), the body's position on
 * the consequences for women and men, the assignments it gives, who receives the extract, and
 * the certification ("Rätt utdraget intygar", with a line to sign on when no name is known).
 * Sections with nothing to say (no assignments, no recipients) are left out.
 */
export function minutesExtractBlocks(extract: MinutesExtract, locale: Locale): BlockDocument {
  const say = sayIn(locale);
  const paragraph = say("documents.minutesExtract.paragraph", { number: extract.paragraph });
  const points = extract.decisionPoints.map((point) => point.trim()).filter((point) => point !== "");
  const { considered, comment } = extract.genderPosition;
  const blocks: DocumentBlock[] = [
    { kind: "heading", level: 1, text: say("documents.minutesExtract.title") },
    { kind: "text", text: extract.organisationName, emphasis: "strong" },
    { kind: "text", text: extract.bodyName },
    { kind: "field", label: say("documents.minutesExtract.meetingDate"), value: extract.meetingDate },
    { kind: "heading", level: 2, text: `${paragraph} ${extract.title}` },
    { kind: "field", label: say("documents.minutesExtract.diarienummer"), value: extract.diarienummer },
    { kind: "heading", level: 3, text: say("documents.minutesExtract.decision") },
    { kind: "text", text: say(`documents.minutesExtract.outcomes.${extract.outcome}`) },
    ...(points.length > 0 ? [{ kind: "list", style: "numbered", items: points } as const] : []),
    { kind: "heading", level: 3, text: say("documents.minutesExtract.genderPosition") },
    {
      kind: "text",
      text: say(considered ? "documents.minutesExtract.considered" : "documents.minutesExtract.notConsidered"),
    },
    ...(isBlank(comment) ? [] : [{ kind: "text", text: comment } as const]),
    ...assignmentBlocks(extract, say),
    ...(extract.recipients.length > 0
      ? [
          { kind: "heading", level: 3, text: say("documents.minutesExtract.recipients") } as const,
          { kind: "list", style: "bulleted", items: extract.recipients } as const,
        ]
      : []),
    { kind: "text", text: say("documents.minutesExtract.certifiedBy") },
    { kind: "text", text: extract.certifiedBy?.trim() || "______________________________" },
  ];
  return {
    metadata: {
      title: `${say("documents.minutesExtract.title")} ${paragraph} ${extract.title}`,
      author: extract.certifiedBy ?? extract.bodyName,
      subject: `${extract.bodyName} ${extract.meetingDate}, ${paragraph}, ${extract.diarienummer}`,
      locale,
    },
    blocks,
  };
}

function assignmentBlocks(extract: MinutesExtract, say: Say): DocumentBlock[] {
  if (extract.assignments.length === 0) return [];
  const items = extract.assignments.map((assignment) =>
    say("documents.minutesExtract.assignment", {
      assignee: assignment.assignee,
      what: assignment.what.trim(),
      dueDate: assignment.dueDate,
    }),
  );
  return [
    { kind: "heading", level: 3, text: say("documents.minutesExtract.assignments") },
    { kind: "list", style: "bulleted", items },
  ];
}
