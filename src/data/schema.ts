import type { Generated } from "kysely";

/**
 * The tables as Kysely sees them. Timestamps are ISO 8601 strings in UTC and booleans
 * are 0/1 integers on both SQLite and PostgreSQL, so that one set of migrations and one
 * set of queries serve both.
 */
export interface Database {
  organisations: OrganisationTable;
  users: UserTable;
  memberships: MembershipTable;
  bodies: BodyTable;
  departments: DepartmentTable;
  sessions: SessionTable;
  audit_log: AuditLogTable;
  app_settings: AppSettingTable;
  number_series: NumberSeriesTable;
  cases: CaseTable;
  case_versions: CaseVersionTable;
  reviews: ReviewTable;
  meetings: MeetingTable;
  agenda_items: AgendaItemTable;
  decisions: DecisionTable;
  assignments: AssignmentTable;
  checklists: ChecklistTable;
  checklist_versions: ChecklistVersionTable;
  assessments: AssessmentTable;
  assessment_items: AssessmentItemTable;
  measures: MeasureTable;
  network_rounds: NetworkRoundTable;
  round_groups: RoundGroupTable;
  round_members: RoundMemberTable;
  learning_meetings: LearningMeetingTable;
  learning_lessons: LearningLessonTable;
  round_mentors: RoundMentorTable;
  statistics_settings: StatisticsSettingsTable;
  plan_goals: PlanGoalTable;
  indicators: IndicatorTable;
  indicator_values: IndicatorValueTable;
  datasets: DatasetTable;
  differences: DifferenceTable;
  difference_measures: DifferenceMeasureTable;
}

export interface OrganisationTable {
  id: string;
  name: string;
  kind: string;
  created_at: string;
}

export interface UserTable {
  id: string;
  /** Stored lower-cased; unique. */
  email: string;
  display_name: string;
  /** scrypt hash in PHC form; null for an account that only signs in through SSO. */
  password_hash: string | null;
  active: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface MembershipTable {
  user_id: string;
  organisation_id: string;
  role: string;
  created_at: string;
}

export interface BodyTable {
  id: string;
  organisation_id: string;
  name: string;
  kind: string;
  archived: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface DepartmentTable {
  id: string;
  organisation_id: string;
  name: string;
  archived: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface SessionTable {
  id: string;
  user_id: string | null;
  /** The session object as JSON. */
  data: string;
  expires_at: string;
}

export interface AuditLogTable {
  id: string;
  occurred_at: string;
  actor_user_id: string | null;
  organisation_id: string | null;
  entity_type: string;
  entity_id: string;
  action: string;
  /** JSON object describing the change; never passwords or personal identity numbers. */
  summary: string;
}

export interface AppSettingTable {
  key: string;
  value: string;
}

/** Counters for diarienummer (per organisation and year) and paragraphs (per body and year). */
export interface NumberSeriesTable {
  series: string;
  scope_id: string;
  year: number;
  last_number: number;
}

export interface CaseTable {
  id: string;
  organisation_id: string;
  body_id: string;
  department_id: string | null;
  case_officer_id: string | null;
  diarienummer: string | null;
  title: string;
  status: string;
  /** CaseSections as JSON. */
  sections: string;
  /** The number of the latest saved version; a save must name it (optimistic concurrency). */
  version: number;
  reports_on_assignment_id: string | null;
  submitted_at: string | null;
  submitted_gender_section: number | null;
  submitted_verdict: string | null;
  submitted_score: number | null;
  decided_on: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface CaseVersionTable {
  case_id: string;
  version: number;
  title: string;
  sections: string;
  verdict: string;
  score: number;
  saved_by: string | null;
  saved_at: string;
}

export interface ReviewTable {
  id: string;
  case_id: string;
  version: number;
  reviewer_id: string | null;
  outcome: string;
  answers: string;
  section_comments: string;
  comment: string;
  created_at: string;
}

export interface MeetingTable {
  id: string;
  organisation_id: string;
  body_id: string;
  meeting_date: string;
  created_at: string;
}

export interface AgendaItemTable {
  meeting_id: string;
  case_id: string;
  position: number;
}

export interface DecisionTable {
  id: string;
  case_id: string;
  meeting_id: string;
  body_id: string;
  paragraph_year: number;
  paragraph_number: number;
  decided_on: string;
  outcome: string;
  amended_text: string | null;
  gender_considered: number;
  gender_comment: string;
  recorded_by: string | null;
  recorded_at: string;
}

export interface AssignmentTable {
  id: string;
  organisation_id: string;
  decision_id: string;
  case_id: string;
  assignee: string;
  description: string;
  due_date: string;
  closed_at: string | null;
  closed_by_case_id: string | null;
  created_at: string;
}

export interface ChecklistTable {
  id: string;
  /** Stable key of a built-in checklist ("skr-2015"); null for those administrators add. */
  key: string | null;
  /** The organisation that added it; null for built-in ones. */
  organisation_id: string | null;
  created_at: string;
}

export interface ChecklistVersionTable {
  id: string;
  checklist_id: string;
  version: number;
  name_sv: string;
  /** ChecklistDefinition as JSON. */
  definition: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface AssessmentTable {
  id: string;
  organisation_id: string;
  checklist_id: string;
  checklist_version_id: string;
  occasion: string;
  occasion_key: string;
  occasion_date: string;
  /** JSON array of the roles that took part. */
  participants: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface AssessmentItemTable {
  assessment_id: string;
  item_no: number;
  score: number | null;
  comment: string;
  /** { text, links } as JSON. */
  evidence: string;
  revision: number;
  updated_by: string | null;
  updated_at: string;
}

export interface MeasureTable {
  id: string;
  organisation_id: string;
  checklist_id: string;
  item_no: number;
  assessment_id: string | null;
  title: string;
  owner: string;
  due_date: string | null;
  status: string;
  done_on: string | null;
  /** Links as JSON. */
  evidence: string;
  version: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface NetworkRoundTable {
  id: string;
  /** The coordinating organisation. */
  organisation_id: string;
  name: string;
  checklist_id: string;
  starts_on: string;
  ends_on: string;
  created_at: string;
}

export interface RoundGroupTable {
  id: string;
  round_id: string;
  name: string;
  created_at: string;
}

export interface RoundMemberTable {
  round_id: string;
  organisation_id: string;
  group_id: string | null;
  sharing_level: string;
  share_comments: number;
  invited_at: string;
}

export interface LearningMeetingTable {
  id: string;
  round_id: string;
  meeting_date: string;
  theme: string;
  notes: string;
  /** [{ organisationId, roles }] as JSON. */
  participants: string;
  created_at: string;
  updated_at: string;
}

export interface LearningLessonTable {
  id: string;
  learning_meeting_id: string;
  organisation_id: string;
  text: string;
  created_by: string | null;
  created_at: string;
}

export interface RoundMentorTable {
  round_id: string;
  organisation_id: string;
  themes: string;
  learning_meeting_ids: string;
  created_at: string;
}

export interface StatisticsSettingsTable {
  organisation_id: string;
  min_cell: number;
  share_gap_points: number;
  relative_gap_percent: number;
  version: number;
  updated_at: string;
}

export interface PlanGoalTable {
  id: string;
  organisation_id: string;
  title: string;
  created_at: string;
}

export interface IndicatorTable {
  id: string;
  organisation_id: string;
  role: string;
  source_key: string;
  name: string;
  description: string;
  unit: string | null;
  measure_kind: string;
  source_kind: string;
  source_label: string;
  department_id: string | null;
  plan_goal_id: string | null;
  /** JSON array of sub-goal numbers. */
  national_subgoals: string;
  version: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface IndicatorValueTable {
  id: string;
  indicator_id: string;
  period: string;
  area_code: string;
  area_name: string | null;
  sex: string | null;
  age_band: string | null;
  /** JSON object { column: { code, label } }. */
  dimensions: string;
  group_key: string;
  value: number | null;
  count: number | null;
  std_dev: number | null;
  status: string | null;
}

export interface DatasetTable {
  id: string;
  organisation_id: string;
  name: string;
  file_name: string;
  stored_file: string;
  row_count: number;
  reference_date: string | null;
  /** JSON [{ name, type }]. */
  columns: string;
  invalid_identity_count: number;
  /** JSON array of row numbers. */
  invalid_identity_rows: string;
  created_by: string | null;
  created_at: string;
}

export interface DifferenceTable {
  id: string;
  organisation_id: string;
  indicator_id: string;
  period: string;
  group_key: string;
  /** JSON. */
  group_label: string;
  women_value: number;
  men_value: number;
  difference: number;
  difference_lower: number | null;
  difference_upper: number | null;
  clear: number | null;
  flagged: number;
  problem: string;
  goals_and_methods: string;
  explanation: string;
  judgment: string | null;
  judgment_reason: string;
  /** JSON array of sub-goal numbers. */
  subgoals: string;
  /** JSON array of dimension keys. */
  dimensions_considered: string;
  analysed_by: string | null;
  analysed_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface DifferenceMeasureTable {
  id: string;
  difference_id: string;
  description: string;
  owner: string;
  due_date: string;
  status: string;
  done_on: string | null;
  version: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}
