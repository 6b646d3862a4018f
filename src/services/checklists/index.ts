import type { Executor } from "../../data/index.js";

/** Checklists, assessments and the improvement agenda (filled in by the checklist work). */
export interface ChecklistServices {}

export function createChecklistServices(_db: Executor): ChecklistServices {
  return {};
}
