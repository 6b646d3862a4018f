import type { Kysely } from "kysely";
import type { MigrationContext } from "./index.js";

/**
 * Gender-equal decisions: cases (ärenden) with every saved version, reviews, meetings
 * and their agendas, decisions with paragraph numbers (§), assignments (uppdrag), and
 * the counters that allocate diarienummer and paragraph numbers without duplicates.
 */
export async function up(db: Kysely<unknown>, _context: MigrationContext): Promise<void> {
  await db.schema
    .createTable("number_series")
    .addColumn("series", "text", (c) => c.notNull()) // "diarienummer" | "paragraph"
    .addColumn("scope_id", "text", (c) => c.notNull()) // organisation id or body id
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("last_number", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("number_series_pk", ["series", "scope_id", "year"])
    .execute();

  await db.schema
    .createTable("cases")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("body_id", "text", (c) => c.notNull().references("bodies.id"))
    .addColumn("department_id", "text", (c) => c.references("departments.id"))
    .addColumn("case_officer_id", "text", (c) => c.references("users.id"))
    .addColumn("diarienummer", "text")
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("sections", "text", (c) => c.notNull()) // CaseSections as JSON
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("reports_on_assignment_id", "text")
    // The analyser's verdict when the case was submitted (or imported as archived).
    .addColumn("submitted_at", "text")
    .addColumn("submitted_gender_section", "integer")
    .addColumn("submitted_verdict", "text")
    .addColumn("submitted_score", "integer")
    /** The date the case counts under in the follow-up: the decision's date, else submission. */
    .addColumn("decided_on", "text")
    .addColumn("created_by", "text", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("cases_diarienummer_unique", ["organisation_id", "diarienummer"])
    .execute();
  await db.schema.createIndex("cases_organisation_status").on("cases").columns(["organisation_id", "status"]).execute();

  await db.schema
    .createTable("case_versions")
    .addColumn("case_id", "text", (c) => c.notNull().references("cases.id").onDelete("cascade"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("sections", "text", (c) => c.notNull())
    .addColumn("verdict", "text", (c) => c.notNull())
    .addColumn("score", "integer", (c) => c.notNull())
    .addColumn("saved_by", "text", (c) => c.references("users.id"))
    .addColumn("saved_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("case_versions_pk", ["case_id", "version"])
    .execute();

  await db.schema
    .createTable("reviews")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("case_id", "text", (c) => c.notNull().references("cases.id").onDelete("cascade"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("reviewer_id", "text", (c) => c.references("users.id"))
    .addColumn("outcome", "text", (c) => c.notNull())
    .addColumn("answers", "text", (c) => c.notNull()) // { question: boolean } as JSON
    .addColumn("section_comments", "text", (c) => c.notNull()) // { section: comment } as JSON
    .addColumn("comment", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("reviews_case").on("reviews").column("case_id").execute();

  await db.schema
    .createTable("meetings")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("body_id", "text", (c) => c.notNull().references("bodies.id"))
    .addColumn("meeting_date", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("meetings_body_date").on("meetings").columns(["body_id", "meeting_date"]).execute();

  await db.schema
    .createTable("agenda_items")
    .addColumn("meeting_id", "text", (c) => c.notNull().references("meetings.id").onDelete("cascade"))
    .addColumn("case_id", "text", (c) => c.notNull().references("cases.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("agenda_items_pk", ["meeting_id", "case_id"])
    .execute();

  await db.schema
    .createTable("decisions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("case_id", "text", (c) => c.notNull().references("cases.id").onDelete("cascade"))
    .addColumn("meeting_id", "text", (c) => c.notNull().references("meetings.id"))
    .addColumn("body_id", "text", (c) => c.notNull().references("bodies.id"))
    .addColumn("paragraph_year", "integer", (c) => c.notNull())
    .addColumn("paragraph_number", "integer", (c) => c.notNull())
    .addColumn("decided_on", "text", (c) => c.notNull())
    .addColumn("outcome", "text", (c) => c.notNull())
    .addColumn("amended_text", "text")
    .addColumn("gender_considered", "integer", (c) => c.notNull())
    .addColumn("gender_comment", "text", (c) => c.notNull())
    .addColumn("recorded_by", "text", (c) => c.references("users.id"))
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .addUniqueConstraint("decisions_paragraph_unique", ["body_id", "paragraph_year", "paragraph_number"])
    .execute();
  await db.schema.createIndex("decisions_case").on("decisions").column("case_id").execute();

  await db.schema
    .createTable("assignments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("decision_id", "text", (c) => c.notNull().references("decisions.id"))
    .addColumn("case_id", "text", (c) => c.notNull().references("cases.id"))
    .addColumn("assignee", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("due_date", "text", (c) => c.notNull())
    .addColumn("closed_at", "text")
    .addColumn("closed_by_case_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("assignments_organisation_due")
    .on("assignments")
    .columns(["organisation_id", "due_date"])
    .execute();
}
