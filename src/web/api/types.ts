import type { BodyKind, OrganisationKind, Permission, Role } from "../../core/index.js";

/** The shapes the API answers with (see the API's OpenAPI description). */

export interface Organisation {
  readonly id: string;
  readonly name: string;
  readonly kind: OrganisationKind;
}

export interface Membership {
  readonly organisation: Organisation;
  readonly roles: readonly Role[];
  readonly permissions: readonly Permission[];
}

/** The logged-in user, with every organisation they belong to. */
export interface Me {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly memberships: readonly Membership[];
}

export interface Member {
  readonly userId: string;
  readonly email: string;
  readonly displayName: string;
  readonly active: boolean;
  readonly roles: readonly Role[];
}

/** A political body (nämnd): council, board, committee or other. */
export interface Body {
  readonly id: string;
  readonly name: string;
  readonly kind: BodyKind;
  readonly archived: boolean;
}

export interface Department {
  readonly id: string;
  readonly name: string;
  readonly archived: boolean;
}

export interface AuditEntry {
  readonly id: string;
  /** ISO 8601 timestamp. */
  readonly occurredAt: string;
  /** Null when the system itself acted (e.g. loading demo data). */
  readonly actor: { readonly id: string; readonly displayName: string } | null;
  readonly entityType: string;
  readonly entityId: string | null;
  readonly action: string;
  readonly summary: Readonly<Record<string, unknown>> | null;
}

export interface AuditPage {
  readonly entries: readonly AuditEntry[];
  readonly total: number;
}

/** Filters of the audit log; empty strings mean "no filter". Dates are YYYY-MM-DD, inclusive. */
export interface AuditFilter {
  readonly entityType: string;
  readonly action: string;
  readonly from: string;
  readonly to: string;
}
