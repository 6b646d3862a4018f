import { type ChecklistScale, isOnScale } from "./checklist-definition.js";

/** Whether a score may be recorded on a scale; the reason comes back as a value, for a clear message. */
export type ScoreCheck = { readonly kind: "ok" } | { readonly kind: "off_scale" } | { readonly kind: "off_step" };

/** null (unscored) is always allowed; a number must lie on the scale and on one of its steps. */
export function checkScore(scale: ChecklistScale, score: number | null): ScoreCheck {
  if (score === null) return { kind: "ok" };
  if (!Number.isFinite(score) || score < scale.min || score > scale.max) return { kind: "off_scale" };
  return isOnScale(scale, score) ? { kind: "ok" } : { kind: "off_step" };
}
