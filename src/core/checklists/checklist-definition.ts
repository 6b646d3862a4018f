/**
 * A checklist as data: SKR's *Checklista för jämställdhetsintegrering* is one, and later
 * editions (a four-step scale, other items) or other cross-cutting perspectives (the
 * children's rights perspective, Agenda 2030) are others. Nothing about a particular
 * checklist is code.
 */

/** A text in both of Jämt's languages; English may be empty when an administrator wrote none. */
export interface LocalisedText {
  readonly sv: string;
  readonly en: string;
}

/** The scale every item is scored on, e.g. 1–3 in half steps. */
export interface ChecklistScale {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

/** A text that explains one point of the scale ("1 Ej påbörjat / finns inte"). */
export interface ScaleAnchor {
  readonly value: number;
  readonly text: LocalisedText;
}

export interface ChecklistItem {
  /** 1, 2, … in the order the checklist prints them. */
  readonly no: number;
  readonly text: LocalisedText;
}

/** One version (edition) of a checklist: what an assessment is scored against, never changed once used. */
export interface ChecklistDefinition {
  readonly name: LocalisedText;
  readonly scale: ChecklistScale;
  readonly anchors: readonly ScaleAnchor[];
  readonly items: readonly ChecklistItem[];
}

/** What is wrong with a definition an administrator entered; an empty list means it can be saved. */
export type DefinitionProblem =
  | { readonly kind: "scale_range" }
  | { readonly kind: "scale_step" }
  | { readonly kind: "anchor_off_scale"; readonly value: number }
  | { readonly kind: "anchor_duplicate"; readonly value: number }
  | { readonly kind: "no_items" }
  | { readonly kind: "item_numbers" }
  | { readonly kind: "item_text"; readonly no: number };

/** The most points a scale may have; more is surely a typing error (a step of 0.001). */
export const MAX_SCALE_POINTS = 21;

/**
 * Checks a definition before it is saved: min < max, a positive step that divides the range
 * into at most 21 points, anchors on the scale and each once, items numbered 1…n with a
 * Swedish text.
 */
export function definitionProblems(definition: ChecklistDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const { min, max, step } = definition.scale;
  const finite = [min, max, step].every(Number.isFinite);
  if (!finite || min >= max) problems.push({ kind: "scale_range" });
  else if (!(step > 0) || !isWholeMultiple(max - min, step) || (max - min) / step + 1 > MAX_SCALE_POINTS) {
    problems.push({ kind: "scale_step" });
  }
  const seen = new Set<number>();
  for (const anchor of definition.anchors) {
    if (!isOnScale(definition.scale, anchor.value)) problems.push({ kind: "anchor_off_scale", value: anchor.value });
    else if (seen.has(anchor.value)) problems.push({ kind: "anchor_duplicate", value: anchor.value });
    seen.add(anchor.value);
  }
  if (definition.items.length === 0) problems.push({ kind: "no_items" });
  if (definition.items.some((item, index) => item.no !== index + 1)) problems.push({ kind: "item_numbers" });
  for (const item of definition.items) {
    if (item.text.sv.trim() === "") problems.push({ kind: "item_text", no: item.no });
  }
  return problems;
}

/** True when `value` is one of the scale's points (min, min + step, …, max). */
export function isOnScale(scale: ChecklistScale, value: number): boolean {
  return (
    Number.isFinite(value) && value >= scale.min && value <= scale.max && isWholeMultiple(value - scale.min, scale.step)
  );
}

/** Every point of the scale, from min to max. */
export function scalePoints(scale: ChecklistScale): number[] {
  const count = Math.round((scale.max - scale.min) / scale.step) + 1;
  return Array.from({ length: count }, (_, index) => roundScore(scale.min + index * scale.step));
}

/** Rounds away binary noise (0.1 + 0.2) so that sums and averages print as people expect. */
export function roundScore(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

function isWholeMultiple(value: number, step: number): boolean {
  const ratio = value / step;
  return Math.abs(ratio - Math.round(ratio)) < 1e-9;
}
