import type { ChecklistDefinition } from "../../core/index.js";
import type { ChecklistRow, ChecklistVersionRow } from "../../data/index.js";

/** One version (edition) of a checklist; a version some assessment was scored on is never changed. */
export interface ChecklistVersionView {
  readonly id: string;
  readonly checklistId: string;
  readonly version: number;
  readonly definition: ChecklistDefinition;
  /** True once any assessment, of any organisation, was scored on this version. */
  readonly inUse: boolean;
}

/** A checklist with its latest version and the list of its versions. */
export interface ChecklistSummary {
  readonly id: string;
  /** Stable key of a built-in checklist ("skr-2015"); null for those organisations add. */
  readonly key: string | null;
  /** The organisation that added it; null for a built-in one. */
  readonly organisationId: string | null;
  readonly builtIn: boolean;
  readonly latest: ChecklistVersionView;
  readonly versions: readonly { readonly version: number; readonly inUse: boolean }[];
}

/** Evidence points at a case in Jämt or at a web page (http or https only). */
export type EvidenceLink =
  | { readonly kind: "case"; readonly caseId: string }
  | { readonly kind: "url"; readonly url: string; readonly label: string };

export interface Evidence {
  readonly text: string;
  readonly links: readonly EvidenceLink[];
}

export const NO_EVIDENCE: Evidence = { text: "", links: [] };

export function toVersionView(row: ChecklistVersionRow, inUse: ReadonlySet<string>): ChecklistVersionView {
  return {
    id: row.id,
    checklistId: row.checklist_id,
    version: row.version,
    definition: JSON.parse(row.definition) as ChecklistDefinition,
    inUse: inUse.has(row.id),
  };
}

/** `versions` must hold at least one version of the checklist, oldest first. */
export function toChecklistSummary(
  row: ChecklistRow,
  versions: readonly ChecklistVersionRow[],
  inUse: ReadonlySet<string>,
): ChecklistSummary {
  const latest = versions.at(-1) as ChecklistVersionRow;
  return {
    id: row.id,
    key: row.key,
    organisationId: row.organisation_id,
    builtIn: row.organisation_id === null,
    latest: toVersionView(latest, inUse),
    versions: versions.map((version) => ({ version: version.version, inUse: inUse.has(version.id) })),
  };
}

/** The roles that took part, stored as a JSON array. */
export function parseParticipants(json: string): string[] {
  return JSON.parse(json) as string[];
}

export function parseEvidence(json: string): Evidence {
  return JSON.parse(json) as Evidence;
}

/** Today's date in UTC, YYYY-MM-DD: the default "today" of every date rule. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
