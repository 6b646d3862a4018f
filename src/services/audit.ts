import { appendAuditEntry, type Executor, newId, now } from "../data/index.js";
import type { Actor } from "./actor.js";

export type AuditEntityType =
  | "organisation"
  | "user"
  | "membership"
  | "body"
  | "department"
  | "case"
  | "meeting"
  | "decision"
  | "network_round"
  | "learning_meeting"
  | "checklist"
  | "assessment"
  | "measure"
  | "statistics_settings"
  | "plan_goal"
  | "indicator"
  | "dataset"
  | "difference"
  | "difference_measure";

/** Records a change in the audit log; call it with the transaction that makes the change. */
export function audit(
  db: Executor,
  actor: Actor | null,
  entry: {
    organisationId: string | null;
    entityType: AuditEntityType;
    entityId: string;
    action: string;
    summary: Record<string, unknown>;
  },
) {
  return appendAuditEntry(db, {
    id: newId(),
    occurredAt: now(),
    actorUserId: actor?.userId ?? null,
    ...entry,
  });
}
