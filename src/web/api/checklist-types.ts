import type { AssessmentSum, ChecklistDefinition, ItemProgress, ItemScore, MeasureStatus } from "../../core/index.js";

/**
 * The shapes the checklist API answers with (src/http/routes/checklist.routes.ts is the
 * source). Dates are YYYY-MM-DD; scores are numbers on the checklist's scale, or null when
 * the item was left unscored.
 */

/** One version (edition) of a checklist; a version in use by an assessment is never changed. */
export interface ChecklistVersionView {
  readonly id: string;
  readonly checklistId: string;
  readonly version: number;
  readonly definition: ChecklistDefinition;
  readonly inUse: boolean;
}

/** A checklist with its latest version; the built-in SKR checklist has no organisation. */
export interface ChecklistSummary {
  readonly id: string;
  /** A stable key for built-in checklists ("skr-2015"), null for the organisations' own. */
  readonly key: string | null;
  readonly organisationId: string | null;
  readonly builtIn: boolean;
  readonly latest: ChecklistVersionView;
  readonly versions: readonly { readonly version: number; readonly inUse: boolean }[];
}

/** A piece of evidence: a case in Jämt or a web address (http or https). */
export type EvidenceLink =
  | { readonly kind: "case"; readonly caseId: string }
  | { readonly kind: "url"; readonly url: string; readonly label: string };

export interface Evidence {
  readonly text: string;
  readonly links: readonly EvidenceLink[];
}

/** One occasion in the table of assessments: a column, with its computed sum. */
export interface AssessmentColumn {
  readonly id: string;
  readonly occasion: string;
  readonly date: string;
  /** One per item of the checklist, in item order. */
  readonly scores: readonly ItemScore[];
  readonly sum: AssessmentSum;
  readonly checklistVersion: number;
  readonly participants: readonly string[];
}

/** The organisation's assessments on one checklist, as a result report prints them. */
export interface AssessmentsAnswer {
  /** The checklist's latest version (its items are the table's rows). */
  readonly checklist: ChecklistVersionView;
  readonly table: { readonly columns: readonly AssessmentColumn[] };
}

/** One item of an assessment; `revision` grows with every save of that item alone. */
export interface AssessmentItem {
  readonly no: number;
  readonly score: ItemScore;
  readonly comment: string;
  readonly evidence: Evidence;
  readonly revision: number;
  /** Display name of who saved it last; null for the system, a removed account, or an item nobody has saved yet. */
  readonly updatedBy: string | null;
  readonly updatedAt: string;
}

export interface AssessmentView {
  readonly id: string;
  readonly occasion: string;
  readonly date: string;
  readonly participants: readonly string[];
  /** The version the assessment was scored on. */
  readonly checklist: ChecklistVersionView;
  readonly items: readonly AssessmentItem[];
  readonly sum: AssessmentSum;
  /** The occasion before this one, for comparison beside each item. */
  readonly previous: {
    readonly id: string;
    readonly occasion: string;
    readonly date: string;
    readonly scores: readonly ItemScore[];
  } | null;
}

export interface NewAssessment {
  readonly checklistId?: string;
  readonly occasion: string;
  readonly date: string;
  /** Roles that took part; free text allowed. */
  readonly participants: readonly string[];
}

/** A save of one item, on top of the revision it was loaded as. */
export interface ItemSave {
  readonly score: ItemScore;
  readonly comment: string;
  readonly evidence: Evidence;
  readonly revision: number;
}

export interface AssessmentChange {
  readonly occasion?: string;
  readonly date?: string;
  readonly participants?: readonly string[];
}

/** A measure (åtgärd) on the improvement agenda, tied to one item. */
export interface MeasureView {
  readonly id: string;
  readonly checklistId: string;
  readonly itemNo: number;
  readonly assessmentId: string | null;
  readonly title: string;
  readonly owner: string;
  readonly dueDate: string | null;
  readonly status: MeasureStatus;
  readonly doneOn: string | null;
  readonly links: readonly EvidenceLink[];
  /** Grows with every change; a change must name the version it was made on. */
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Per item: measures done since the last occasion, and those still open (and overdue); the core computes it. */
export type MeasureProgress = ItemProgress;

export interface MeasuresAnswer {
  readonly measures: readonly MeasureView[];
  readonly progress: readonly MeasureProgress[];
  readonly lastOccasion: { readonly occasion: string; readonly date: string } | null;
}

export interface NewMeasure {
  readonly checklistId?: string;
  readonly itemNo: number;
  readonly assessmentId?: string;
  readonly title: string;
  readonly owner: string;
  readonly dueDate?: string | null;
  readonly status?: MeasureStatus;
  readonly links?: readonly EvidenceLink[];
}

export interface MeasureChange {
  readonly version: number;
  readonly title?: string;
  readonly owner?: string;
  readonly dueDate?: string | null;
  readonly status?: MeasureStatus;
  readonly links?: readonly EvidenceLink[];
}

/** The formats the table of assessments can be downloaded in. */
export type AssessmentExportFormat = "xlsx" | "docx" | "pdf";
