import type { Executor } from "../data/index.js";
import { AuditLogService } from "./audit-log.service.js";
import { AuthService } from "./auth/auth.service.js";
import { MemberService } from "./member.service.js";
import { OrganisationService } from "./organisation.service.js";
import { StructureService } from "./structure.service.js";

export type { Actor } from "./actor.js";
export type { LoginOutcome } from "./auth/auth.service.js";
export { LoginThrottle } from "./auth/login-throttle.js";
export { hashPassword, verifyPassword } from "./auth/password-hasher.js";
export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from "./demo/demo-data.js";
export { seedDemoData } from "./demo/demo-seed.js";

/** The application services, shared by the HTTP layer, the CLI and background jobs. */
export interface Services {
  readonly auth: AuthService;
  readonly organisations: OrganisationService;
  readonly members: MemberService;
  readonly bodies: StructureService;
  readonly departments: StructureService;
  readonly auditLog: AuditLogService;
}

export function createServices(db: Executor): Services {
  return {
    auth: new AuthService(db),
    organisations: new OrganisationService(db),
    members: new MemberService(db),
    bodies: new StructureService(db, "bodies"),
    departments: new StructureService(db, "departments"),
    auditLog: new AuditLogService(db),
  };
}
export { translate } from "./translator.js";
