import {
  type ChecklistDefinition,
  checkOccasionDate,
  checkScore,
  InvalidInputError,
  type ItemScore,
} from "../../core/index.js";
import type { Evidence } from "./checklist-views.js";

/**
 * What a client sends to record or change an assessment, how it is tidied, and the rules it
 * must keep before anything is written: each breach is an InvalidInputError whose message
 * names what is allowed.
 */

export interface ItemInput {
  readonly no: number;
  readonly score: ItemScore;
  readonly comment?: string | undefined;
  readonly evidence?: Evidence | undefined;
}

export interface NewAssessment {
  /** Id or key of the checklist; the SKR checklist when omitted. Scored on its latest version. */
  readonly checklistId?: string | undefined;
  readonly occasion: string;
  readonly date: string;
  /** The roles that took part (free text). */
  readonly participants: readonly string[];
  /** Items scored at once; the others start unscored. */
  readonly items?: readonly ItemInput[] | undefined;
}

export interface AssessmentChange {
  readonly occasion?: string | undefined;
  readonly date?: string | undefined;
  readonly participants?: readonly string[] | undefined;
}

export interface ItemSave {
  readonly score: ItemScore;
  readonly comment: string;
  readonly evidence: Evidence;
  /** The revision of the item the client started from; a save on top of a newer one is refused. */
  readonly revision: number;
}

/** The occasion's name as kept: Unicode-normalised, trimmed, inner white space squeezed. */
export function tidyOccasion(name: string): string {
  const tidy = name.normalize("NFC").trim().replace(/\s+/g, " ");
  if (tidy === "") throw new InvalidInputError("checklists.errors.emptyOccasion");
  return tidy;
}

/** A real date at most a year after `today`. */
export function assertOccasionDate(date: string, today: string): void {
  const check = checkOccasionDate(date, today);
  if (check.kind === "invalid") throw new InvalidInputError("checklists.errors.invalidOccasionDate", { date });
  if (check.kind === "too_far_ahead") {
    throw new InvalidInputError("checklists.errors.occasionTooFarAhead", { latest: check.latest });
  }
}

/** Item `no` exists in the definition (numbered 1…n). */
export function assertItemExists(definition: ChecklistDefinition, no: number): void {
  if (!Number.isInteger(no) || no < 1 || no > definition.items.length) {
    throw new InvalidInputError("checklists.errors.unknownItem", { no, count: definition.items.length });
  }
}

/** A score on the definition's scale and step, or null (unscored). */
export function assertScore(definition: ChecklistDefinition, no: number, score: ItemScore): void {
  const check = checkScore(definition.scale, score);
  if (check.kind === "ok") return;
  const { min, max, step } = definition.scale;
  const key = check.kind === "off_scale" ? "checklists.errors.scoreOffScale" : "checklists.errors.scoreOffStep";
  throw new InvalidInputError(key, { no, score: score ?? 0, min, max, step });
}

/** Items given when an assessment is recorded: each exists, once, with an allowed score. */
export function assertItems(
  definition: ChecklistDefinition,
  items: readonly { readonly no: number; readonly score: ItemScore }[],
): void {
  const seen = new Set<number>();
  for (const item of items) {
    assertItemExists(definition, item.no);
    if (seen.has(item.no)) throw new InvalidInputError("checklists.errors.duplicateItem", { no: item.no });
    seen.add(item.no);
    assertScore(definition, item.no, item.score);
  }
}

/** The roles that took part, trimmed, each once, blanks dropped. */
export function tidyParticipants(participants: readonly string[]): string[] {
  return [
    ...new Set(participants.map((participant) => participant.trim()).filter((participant) => participant !== "")),
  ];
}

/** Evidence with its texts trimmed. */
export function tidyEvidence(evidence: Evidence): Evidence {
  return {
    text: evidence.text.trim(),
    links: evidence.links.map((link) =>
      link.kind === "case"
        ? { kind: "case", caseId: link.caseId }
        : { kind: "url", url: link.url.trim(), label: link.label.trim() },
    ),
  };
}
