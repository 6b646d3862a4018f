import type { ItemScore } from "../../../core/index.js";
import type { AssessmentItem, EvidenceLink, ItemSave } from "../../api/checklist-types.js";

/** What the user changes in one item before saving it. */
export interface ItemDraft {
  readonly score: ItemScore;
  readonly comment: string;
  readonly evidenceText: string;
  readonly links: readonly EvidenceLink[];
}

/**
 * One item on the assessment page: the version last saved (whose revision the next save names),
 * the user's draft, and where saving stands. `conflict` means somebody else saved the item in
 * between: nothing was overwritten, and `newer` (null when it could not be fetched) waits for
 * the user's choice.
 */
export type ItemStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "saving" }
  | { readonly kind: "saved"; readonly at: Date }
  | { readonly kind: "failed"; readonly message: string; readonly field: "score" | "links" | null }
  | { readonly kind: "conflict"; readonly message: string; readonly newer: AssessmentItem | null };

export interface ItemState {
  readonly saved: AssessmentItem;
  readonly draft: ItemDraft;
  readonly status: ItemStatus;
}

export function draftOf(item: AssessmentItem): ItemDraft {
  return { score: item.score, comment: item.comment, evidenceText: item.evidence.text, links: item.evidence.links };
}

/** An item that has never been saved (revision 0), for an item the API did not list. */
export function emptyItem(no: number): AssessmentItem {
  return {
    no,
    score: null,
    comment: "",
    evidence: { text: "", links: [] },
    revision: 0,
    updatedBy: null,
    updatedAt: "",
  };
}

/**
 * Whether anybody has saved the item: saved again after the assessment was created (revision 2
 * on), or given content when it was created. An item still empty since creation (revision 1)
 * names nobody, whatever the API's updatedAt says.
 */
export function wasSaved(item: AssessmentItem): boolean {
  if (item.revision > 1) return true;
  if (item.revision < 1) return false;
  return item.score !== null || item.comment !== "" || item.evidence.text !== "" || item.evidence.links.length > 0;
}

export function sameDraft(a: ItemDraft, b: ItemDraft): boolean {
  return (
    a.score === b.score &&
    a.comment === b.comment &&
    a.evidenceText === b.evidenceText &&
    JSON.stringify(a.links) === JSON.stringify(b.links)
  );
}

export function isDirty(state: ItemState): boolean {
  return !sameDraft(state.draft, draftOf(state.saved));
}

/** The body of the PUT that saves the draft on top of `revision`. */
export function saveOf(draft: ItemDraft, revision: number): ItemSave {
  return {
    score: draft.score,
    comment: draft.comment,
    evidence: { text: draft.evidenceText, links: draft.links },
    revision,
  };
}
