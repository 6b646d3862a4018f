import type { ChecklistDefinition } from "../../core/index.js";
import type {
  AssessmentChange,
  AssessmentExportFormat,
  AssessmentItem,
  AssessmentsAnswer,
  AssessmentView,
  ChecklistSummary,
  ChecklistVersionView,
  ItemSave,
  MeasureChange,
  MeasuresAnswer,
  MeasureView,
  NewAssessment,
  NewMeasure,
} from "./checklist-types.js";
import { apiRequest } from "./client.js";

/**
 * The checklist API: checklists and their versions, the organisation's assessments, their
 * items and the measures of the improvement agenda. Each function resolves to the answer or
 * rejects with ApiError.
 */

const API_BASE = "/api/v1";
const org = (orgId: string) => `/organisations/${encodeURIComponent(orgId)}`;
const part = encodeURIComponent;

function query(params: Readonly<Record<string, string | number | undefined>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== "") search.set(key, `${value}`);
  return search.size > 0 ? `?${search}` : "";
}

/** Every checklist the caller may use: the built-in ones and those of the caller's organisations. */
export async function listChecklists(signal?: AbortSignal): Promise<readonly ChecklistSummary[]> {
  const answer = await apiRequest<{ checklists: ChecklistSummary[] }>("GET", "/checklists", undefined, signal);
  return answer.checklists;
}

export function getChecklistVersion(
  checklistId: string,
  version: number,
  signal?: AbortSignal,
): Promise<ChecklistVersionView> {
  return apiRequest<ChecklistVersionView>(
    "GET",
    `/checklists/${part(checklistId)}/versions/${version}`,
    undefined,
    signal,
  );
}

/** Adds a checklist of the organisation's own; 400 with one message per problem of the definition. */
export function createChecklist(orgId: string, definition: ChecklistDefinition): Promise<ChecklistSummary> {
  return apiRequest<ChecklistSummary>("POST", `${org(orgId)}/checklists`, { definition });
}

/** Adds the next version of one of the organisation's checklists (built-in ones: 403). */
export function createChecklistVersion(
  orgId: string,
  checklistId: string,
  definition: ChecklistDefinition,
): Promise<ChecklistVersionView> {
  return apiRequest<ChecklistVersionView>("POST", `${org(orgId)}/checklists/${part(checklistId)}/versions`, {
    definition,
  });
}

/** Changes a version; 409 "checklist_in_use" once an assessment uses it (make a new version instead). */
export function updateChecklistVersion(
  orgId: string,
  checklistId: string,
  version: number,
  definition: ChecklistDefinition,
): Promise<ChecklistVersionView> {
  return apiRequest<ChecklistVersionView>("PUT", `${org(orgId)}/checklists/${part(checklistId)}/versions/${version}`, {
    definition,
  });
}

/** The table of the organisation's assessments on a checklist (the SKR checklist when none is named). */
export function getAssessments(orgId: string, checklistId: string, signal?: AbortSignal): Promise<AssessmentsAnswer> {
  return apiRequest<AssessmentsAnswer>("GET", `${org(orgId)}/assessments${query({ checklistId })}`, undefined, signal);
}

/** Records a new occasion; 409 "duplicate_occasion", 400 "occasion_too_far_ahead". */
export function createAssessment(orgId: string, assessment: NewAssessment): Promise<AssessmentView> {
  return apiRequest<AssessmentView>("POST", `${org(orgId)}/assessments`, assessment);
}

export function getAssessment(orgId: string, assessmentId: string, signal?: AbortSignal): Promise<AssessmentView> {
  return apiRequest<AssessmentView>("GET", `${org(orgId)}/assessments/${part(assessmentId)}`, undefined, signal);
}

export function updateAssessment(
  orgId: string,
  assessmentId: string,
  change: AssessmentChange,
): Promise<AssessmentView> {
  return apiRequest<AssessmentView>("PATCH", `${org(orgId)}/assessments/${part(assessmentId)}`, change);
}

export function deleteAssessment(orgId: string, assessmentId: string): Promise<void> {
  return apiRequest<void>("DELETE", `${org(orgId)}/assessments/${part(assessmentId)}`);
}

/**
 * Saves one item by itself. Rejects with ApiError 409 "stale_item" when somebody saved the
 * item after `revision` (nothing changes then); other items are never touched.
 */
export function saveAssessmentItem(
  orgId: string,
  assessmentId: string,
  itemNo: number,
  save: ItemSave,
): Promise<AssessmentItem> {
  return apiRequest<AssessmentItem>("PUT", `${org(orgId)}/assessments/${part(assessmentId)}/items/${itemNo}`, save);
}

/** The address of the table of assessments as a file, in the interface's language. */
export function assessmentsExportUrl(
  orgId: string,
  checklistId: string,
  format: AssessmentExportFormat,
  lang: string,
): string {
  return `${API_BASE}${org(orgId)}/assessments/export.${format}${query({ checklistId, lang })}`;
}

/** The measures of the improvement agenda, with the progress per item since the last occasion. */
export function listMeasures(
  orgId: string,
  filter: { readonly checklistId: string; readonly itemNo?: number },
  signal?: AbortSignal,
): Promise<MeasuresAnswer> {
  return apiRequest<MeasuresAnswer>(
    "GET",
    `${org(orgId)}/measures${query({ checklistId: filter.checklistId, itemNo: filter.itemNo })}`,
    undefined,
    signal,
  );
}

export function createMeasure(orgId: string, measure: NewMeasure): Promise<MeasureView> {
  return apiRequest<MeasureView>("POST", `${org(orgId)}/measures`, measure);
}

/** Changes a measure made on `version`; 409 "stale_measure" when somebody changed it in between. */
export function updateMeasure(orgId: string, measureId: string, change: MeasureChange): Promise<MeasureView> {
  return apiRequest<MeasureView>("PATCH", `${org(orgId)}/measures/${part(measureId)}`, change);
}

/** Takes a measure off the agenda (an audit entry says who did). */
export function deleteMeasure(orgId: string, measureId: string): Promise<void> {
  return apiRequest<void>("DELETE", `${org(orgId)}/measures/${part(measureId)}`);
}
