import type { Executor } from "../../data/index.js";
import { AssessmentService } from "./assessment.service.js";
import { ChecklistDefinitionService } from "./checklist-definition.service.js";
import { MeasureService } from "./measure.service.js";

export type { ChecklistTableExport } from "./assessment.service.js";
export { AssessmentService } from "./assessment.service.js";
export type { AssessmentChange, ItemInput, ItemSave, NewAssessment } from "./assessment-input.js";
export type {
  AssessmentColumn,
  AssessmentItemView,
  AssessmentTableView,
  AssessmentView,
} from "./assessment-view.js";
export { ChecklistDefinitionService } from "./checklist-definition.service.js";
export {
  checklistTableBlocks,
  checklistTableDocx,
  checklistTablePdf,
  checklistTableXlsx,
  exportFileStem,
} from "./checklist-table-export.js";
export { formatNumber, formatScore, formatSum, itemText, localised, tableTextRows } from "./checklist-table-text.js";
export type { ChecklistSummary, ChecklistVersionView, Evidence, EvidenceLink } from "./checklist-views.js";
export type { MeasureChange, MeasuresView, MeasureView, NewMeasure } from "./measure.service.js";
export { MeasureService } from "./measure.service.js";

/** Checklists, assessments and the improvement agenda. */
export interface ChecklistServices {
  /** The checklists (instruments) and their versions. */
  readonly definitions: ChecklistDefinitionService;
  /** Organisations' assessments on occasions, item by item, and the table of them. */
  readonly assessments: AssessmentService;
  /** Measures on the improvement agenda. */
  readonly measures: MeasureService;
}

export function createChecklistServices(db: Executor): ChecklistServices {
  const definitions = new ChecklistDefinitionService(db);
  return {
    definitions,
    assessments: new AssessmentService(db, definitions),
    measures: new MeasureService(db, definitions),
  };
}
