import type {
  CaseStatus,
  DecisionOutcome,
  FollowUpFigures,
  FollowUpRecord,
  Locale,
  PeriodGranularity,
  Verdict,
} from "../../core/index.js";
import { apiRequest } from "./client.js";

/**
 * The API calls and answer shapes of meetings, decisions, assignments and the follow-up
 * (see src/http/routes/meeting.routes.ts, assignment.routes.ts, follow-up.routes.ts).
 * Each function resolves to the answer or rejects with ApiError.
 */

const API_BASE = "/api/v1";
const org = (orgId: string) => `/organisations/${encodeURIComponent(orgId)}`;
const part = encodeURIComponent;

/** A meeting (sammanträde) of one body. `date` is YYYY-MM-DD. */
export interface Meeting {
  readonly id: string;
  readonly bodyId: string;
  readonly date: string;
}

/** The body's position on the consequences for women and men, recorded with the decision. */
export interface GenderPosition {
  readonly considered: boolean;
  readonly comment: string;
}

/** A recorded decision with its paragraph number (§), counted per body and year. */
export interface Decision {
  readonly id: string;
  readonly caseId: string;
  readonly meetingId: string;
  readonly bodyId: string;
  readonly paragraph: number;
  readonly paragraphYear: number;
  /** YYYY-MM-DD: the meeting's date. */
  readonly decidedOn: string;
  readonly outcome: DecisionOutcome;
  /** The decision's wording when the outcome is "amended", else null. */
  readonly amendedText: string | null;
  readonly genderPosition: GenderPosition;
}

/** One case on the agenda (föredragningslista), in agenda order, with this meeting's decision if recorded. */
export interface AgendaItem {
  /** 1-based position on the agenda. */
  readonly position: number;
  readonly caseId: string;
  readonly diarienummer: string | null;
  readonly title: string;
  readonly status: CaseStatus;
  readonly decision: Decision | null;
}

export interface MeetingWithAgenda extends Meeting {
  readonly agenda: readonly AgendaItem[];
}

export interface NewAssignment {
  readonly assignee: string;
  readonly description: string;
  /** YYYY-MM-DD */
  readonly dueDate: string;
}

export interface DecisionInput {
  readonly caseId: string;
  readonly outcome: DecisionOutcome;
  /** Required (non-blank) when the outcome is "amended"; omit otherwise. */
  readonly amendedText?: string;
  readonly genderPosition: GenderPosition;
  readonly assignments: readonly NewAssignment[];
}

/** The little of a case these pages show. */
export interface CaseBrief {
  readonly id: string;
  readonly diarienummer: string | null;
  readonly title: string;
  readonly status: CaseStatus;
  readonly bodyId: string;
  readonly sections: { readonly genderImpact: string };
  /** What the analyser said when the case was submitted; null for a case never submitted. */
  readonly submission: { readonly verdict: Verdict; readonly score: number; readonly genderSection: boolean } | null;
}

export const ASSIGNMENT_STATES = ["open", "overdue", "closed"] as const;
/** open: pågår; overdue: still open after its due date; closed: reported back (återrapporterat). */
export type AssignmentState = (typeof ASSIGNMENT_STATES)[number];

/** An assignment (uppdrag) a decision gave, with the decision and any report-back cases. */
export interface Assignment {
  readonly id: string;
  readonly assignee: string;
  readonly description: string;
  /** YYYY-MM-DD */
  readonly dueDate: string;
  readonly state: AssignmentState;
  /** ISO timestamp, or null while open. */
  readonly closedAt: string | null;
  readonly decision: {
    readonly caseId: string;
    readonly diarienummer: string | null;
    readonly title: string;
    readonly paragraph: number;
    readonly paragraphYear: number;
    readonly decidedOn: string;
  };
  readonly reportCases: readonly {
    readonly id: string;
    readonly diarienummer: string | null;
    readonly title: string;
    readonly status: string;
  }[];
}

/** The follow-up's selection; empty strings mean "no limit". Dates are YYYY-MM-DD, inclusive. */
export interface FollowUpQuery {
  readonly granularity: PeriodGranularity;
  readonly from: string;
  readonly to: string;
  readonly bodyId: string;
  readonly departmentId: string;
}

export interface FollowUpSummary {
  readonly total: FollowUpFigures;
  /** In chronological order; periods without cases are absent. */
  readonly periods: readonly FollowUpFigures[];
  readonly cases: readonly FollowUpRecord[];
}

// Meetings, agendas, decisions

export async function listMeetings(orgId: string, bodyId: string, signal?: AbortSignal): Promise<readonly Meeting[]> {
  const query = bodyId === "" ? "" : `?${new URLSearchParams({ bodyId })}`;
  const answer = await apiRequest<{ meetings: Meeting[] }>("GET", `${org(orgId)}/meetings${query}`, undefined, signal);
  return answer.meetings;
}

export function createMeeting(orgId: string, meeting: { bodyId: string; date: string }): Promise<Meeting> {
  return apiRequest<Meeting>("POST", `${org(orgId)}/meetings`, meeting);
}

export function getMeeting(orgId: string, meetingId: string, signal?: AbortSignal): Promise<MeetingWithAgenda> {
  return apiRequest<MeetingWithAgenda>("GET", `${org(orgId)}/meetings/${part(meetingId)}`, undefined, signal);
}

/** Puts an approved case of the meeting's body last on the agenda. */
export function addToAgenda(orgId: string, meetingId: string, caseId: string): Promise<void> {
  return apiRequest<void>("POST", `${org(orgId)}/meetings/${part(meetingId)}/agenda`, { caseId });
}

/** Takes an undecided case off the agenda; it becomes approved again. */
export function removeFromAgenda(orgId: string, meetingId: string, caseId: string): Promise<void> {
  return apiRequest<void>("DELETE", `${org(orgId)}/meetings/${part(meetingId)}/agenda/${part(caseId)}`);
}

export function recordDecision(orgId: string, meetingId: string, input: DecisionInput): Promise<Decision> {
  return apiRequest<Decision>("POST", `${org(orgId)}/meetings/${part(meetingId)}/decisions`, input);
}

/** The address of a decision's extract of the minutes (protokollsutdrag), for a download link. */
export function extractUrl(
  orgId: string,
  decision: Pick<Decision, "caseId" | "id">,
  format: "docx" | "pdf",
  lang: Locale,
): string {
  const path = `${org(orgId)}/cases/${part(decision.caseId)}/decisions/${part(decision.id)}/extract.${format}`;
  return `${API_BASE}${path}?${new URLSearchParams({ lang })}`;
}

// Cases

/** Cases of a body in one status, e.g. the approved ones that may go on an agenda. */
export async function listCases(
  orgId: string,
  filter: { status: CaseStatus; bodyId: string },
  signal?: AbortSignal,
): Promise<readonly CaseBrief[]> {
  const query = new URLSearchParams(filter);
  const answer = await apiRequest<{ cases: CaseBrief[] }>("GET", `${org(orgId)}/cases?${query}`, undefined, signal);
  return answer.cases;
}

export function getCase(orgId: string, caseId: string, signal?: AbortSignal): Promise<CaseBrief> {
  return apiRequest<CaseBrief>("GET", `${org(orgId)}/cases/${part(caseId)}`, undefined, signal);
}

// Assignments

/** Every assignment of the organisation (the page filters by state itself, to show counts). */
export async function listAssignments(orgId: string, signal?: AbortSignal): Promise<readonly Assignment[]> {
  const answer = await apiRequest<{ assignments: Assignment[] }>("GET", `${org(orgId)}/assignments`, undefined, signal);
  return answer.assignments;
}

// Follow-up

function followUpParams(query: FollowUpQuery): URLSearchParams {
  const params = new URLSearchParams({ granularity: query.granularity });
  if (query.from !== "") params.set("from", query.from);
  if (query.to !== "") params.set("to", query.to);
  if (query.bodyId !== "") params.set("bodyId", query.bodyId);
  if (query.departmentId !== "") params.set("departmentId", query.departmentId);
  return params;
}

export function getFollowUp(orgId: string, query: FollowUpQuery, signal?: AbortSignal): Promise<FollowUpSummary> {
  return apiRequest<FollowUpSummary>("GET", `${org(orgId)}/follow-up?${followUpParams(query)}`, undefined, signal);
}

/** The address of the follow-up as CSV or XLSX with the same selection, for a download link. */
export function followUpExportUrl(orgId: string, query: FollowUpQuery, format: "csv" | "xlsx", lang: Locale): string {
  const params = followUpParams(query);
  params.set("lang", lang);
  return `${API_BASE}${org(orgId)}/follow-up/export.${format}?${params}`;
}
