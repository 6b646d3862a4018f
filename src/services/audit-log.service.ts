import { type AuditEntryRow, type Executor, listAuditEntries } from "../data/index.js";

export interface AuditQuery {
  readonly entityType?: string | undefined;
  readonly action?: string | undefined;
  readonly actorUserId?: string | undefined;
  /** First day included, YYYY-MM-DD (UTC). */
  readonly from?: string | undefined;
  /** Last day included, YYYY-MM-DD (UTC). */
  readonly to?: string | undefined;
  readonly limit: number;
  readonly offset: number;
}

/** Reading the audit log of an organisation (writing happens in each service's own transactions). */
export class AuditLogService {
  constructor(private readonly db: Executor) {}

  list(organisationId: string, query: AuditQuery): Promise<{ entries: AuditEntryRow[]; total: number }> {
    return listAuditEntries(this.db, {
      organisationId,
      limit: query.limit,
      offset: query.offset,
      ...(query.entityType ? { entityType: query.entityType } : {}),
      ...(query.action ? { action: query.action } : {}),
      ...(query.actorUserId ? { actorUserId: query.actorUserId } : {}),
      ...(query.from ? { from: `${query.from}T00:00:00.000Z` } : {}),
      ...(query.to ? { until: dayAfter(query.to) } : {}),
    });
  }
}

function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString();
}
