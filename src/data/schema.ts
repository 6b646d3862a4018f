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
