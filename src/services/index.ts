import type { Executor } from "../data/index.js";
import { AuditLogService } from "./audit-log.service.js";
import { AuthService } from "./auth/auth.service.js";
import { AssignmentService } from "./cases/assignment.service.js";
import { CaseService } from "./cases/case.service.js";
import { CaseDocumentService } from "./cases/case-document.service.js";
import { CaseImportService } from "./cases/case-import.service.js";
import { FollowUpService } from "./cases/follow-up.service.js";
import { MeetingService } from "./cases/meeting.service.js";
import { ReviewService } from "./cases/review.service.js";
import { type ChecklistServices, createChecklistServices } from "./checklists/index.js";
import { MemberService } from "./member.service.js";
import { createNetworkServices, type NetworkServices } from "./networks/index.js";
import { OrganisationService } from "./organisation.service.js";
import { DifferenceService } from "./statistics/difference.service.js";
import { createStatisticsServices, type StatisticsServices } from "./statistics/indicator-services.js";
import { StructureService } from "./structure.service.js";

export type { Actor } from "./actor.js";
export type { LoginOutcome } from "./auth/auth.service.js";
export { LoginThrottle } from "./auth/login-throttle.js";
export { hashPassword, verifyPassword } from "./auth/password-hasher.js";
export type { CaseView } from "./cases/case-view.js";
export { followUpCsv, followUpXlsx } from "./cases/follow-up-export.js";
export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from "./demo/demo-data.js";
export { seedDemoData } from "./demo/demo-seed.js";
export { MAX_DOCUMENT_BYTES, readDocumentText } from "./documents/index.js";

/** The application services, shared by the HTTP layer, the CLI and background jobs. */
export interface Services {
  readonly auth: AuthService;
  readonly organisations: OrganisationService;
  readonly members: MemberService;
  readonly bodies: StructureService;
  readonly departments: StructureService;
  readonly auditLog: AuditLogService;
  readonly cases: CaseService;
  readonly reviews: ReviewService;
  readonly meetings: MeetingService;
  readonly assignments: AssignmentService;
  readonly followUp: FollowUpService;
  readonly caseDocuments: CaseDocumentService;
  readonly caseImport: CaseImportService;
  readonly checklists: ChecklistServices;
  readonly networks: NetworkServices;
  /** Flagged differences between women and men, their analysis, measures and follow-up report. */
  readonly differences: DifferenceService;
  /** Statistics settings, plan goals, indicators (imports, views, exports) and individual-level datasets. */
  readonly statistics: StatisticsServices;
}

/** What the services need from the configuration besides the database. */
export interface ServiceOptions {
  /** The data folder (`JAMT_DATA_DIR`): individual-level datasets are kept in its `datasets/`. */
  readonly dataDir: string;
  /** Kolada's API v3 (`JAMT_KOLADA_URL`). */
  readonly koladaBaseUrl: string;
}

export function createServices(db: Executor, options: ServiceOptions): Services {
  const cases = new CaseService(db);
  const differences = new DifferenceService(db);
  return {
    auth: new AuthService(db),
    organisations: new OrganisationService(db),
    members: new MemberService(db),
    bodies: new StructureService(db, "bodies"),
    departments: new StructureService(db, "departments"),
    auditLog: new AuditLogService(db),
    cases,
    reviews: new ReviewService(db),
    meetings: new MeetingService(db),
    assignments: new AssignmentService(db),
    followUp: new FollowUpService(db),
    caseDocuments: new CaseDocumentService(db),
    caseImport: new CaseImportService(db, cases),
    checklists: createChecklistServices(db),
    networks: createNetworkServices(db),
    differences,
    statistics: createStatisticsServices(db, { ...options, flags: differences }),
  };
}
export { translate } from "./translator.js";
