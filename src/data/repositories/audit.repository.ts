import type { Executor } from "./executor.js";
import { toCount } from "./executor.js";

export interface AuditEntryInput {
  readonly id: string;
  readonly occurredAt: string;
  readonly actorUserId: string | null;
  readonly organisationId: string | null;
  readonly entityType: string;
  readonly entityId: string;
  readonly action: string;
  /** What changed; must never hold passwords or personal identity numbers. */
  readonly summary: Readonly<Record<string, unknown>>;
}

export interface AuditFilter {
  readonly organisationId: string;
  readonly entityType?: string;
  readonly action?: string;
  readonly actorUserId?: string;
  /** Inclusive lower bound, ISO timestamp. */
  readonly from?: string;
  /** Exclusive upper bound, ISO timestamp. */
  readonly until?: string;
  readonly limit: number;
  readonly offset: number;
}

export interface AuditEntryRow extends Omit<AuditEntryInput, "summary"> {
  readonly actorDisplayName: string | null;
  readonly summary: Record<string, unknown>;
}

/** Appends one entry; call it inside the transaction that makes the change it records. */
export function appendAuditEntry(db: Executor, entry: AuditEntryInput) {
  return db
    .insertInto("audit_log")
    .values({
      id: entry.id,
      occurred_at: entry.occurredAt,
      actor_user_id: entry.actorUserId,
      organisation_id: entry.organisationId,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      action: entry.action,
      summary: JSON.stringify(entry.summary),
    })
    .execute();
}

function filtered(db: Executor, filter: AuditFilter) {
  return db
    .selectFrom("audit_log")
    .where("audit_log.organisation_id", "=", filter.organisationId)
    .$if(filter.entityType !== undefined, (q) => q.where("audit_log.entity_type", "=", filter.entityType as string))
    .$if(filter.action !== undefined, (q) => q.where("audit_log.action", "=", filter.action as string))
    .$if(filter.actorUserId !== undefined, (q) => q.where("audit_log.actor_user_id", "=", filter.actorUserId as string))
    .$if(filter.from !== undefined, (q) => q.where("audit_log.occurred_at", ">=", filter.from as string))
    .$if(filter.until !== undefined, (q) => q.where("audit_log.occurred_at", "<", filter.until as string));
}

/** Entries of one organisation, newest first, with the total that matches the filter. */
export async function listAuditEntries(
  db: Executor,
  filter: AuditFilter,
): Promise<{ entries: AuditEntryRow[]; total: number }> {
  const [rows, count] = await Promise.all([
    filtered(db, filter)
      .leftJoin("users", "users.id", "audit_log.actor_user_id")
      .selectAll("audit_log")
      .select("users.display_name as actor_display_name")
      .orderBy("audit_log.occurred_at", "desc")
      .orderBy("audit_log.id", "desc")
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    filtered(db, filter)
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirst(),
  ]);
  return {
    total: toCount(count?.n),
    entries: rows.map((row) => ({
      id: row.id,
      occurredAt: row.occurred_at,
      actorUserId: row.actor_user_id,
      actorDisplayName: row.actor_display_name,
      organisationId: row.organisation_id,
      entityType: row.entity_type,
      entityId: row.entity_id,
      action: row.action,
      summary: JSON.parse(row.summary) as Record<string, unknown>,
    })),
  };
}
