import type { Kysely } from "kysely";
import { SKR_CHECKLIST, SKR_CHECKLIST_KEY } from "../../core/index.js";
import type { MigrationContext } from "./index.js";

/** Fixed ids of the built-in SKR checklist, the same in every installation. */
export const SKR_CHECKLIST_ID = "00000000-0000-7000-8000-00000000c001";
export const SKR_CHECKLIST_VERSION_ID = "00000000-0000-7000-8000-00000000c011";

/**
 * Self-assessment with checklists, the improvement agenda, and benchmarking networks:
 * checklists and their versions (a version in use is never changed), assessments on
 * occasions with a row per item (item-level saves, each with its own revision), measures,
 * network rounds with groups, members and their consent to share, mentors, learning
 * meetings (lärandeträffar) and each organisation's lessons (lärdomar).
 */
export async function up(db: Kysely<unknown>, _context: MigrationContext): Promise<void> {
  await db.schema
    .createTable("checklists")
    .addColumn("id", "text", (c) => c.primaryKey())
    /** A stable key for built-in checklists ("skr-2015"); null for those administrators add. */
    .addColumn("key", "text", (c) => c.unique())
    /** The organisation that added it; null for built-in ones. Every checklist can be read by everyone. */
    .addColumn("organisation_id", "text", (c) => c.references("organisations.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("checklist_versions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("checklist_id", "text", (c) => c.notNull().references("checklists.id").onDelete("cascade"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("name_sv", "text", (c) => c.notNull())
    /** ChecklistDefinition as JSON. */
    .addColumn("definition", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("checklist_versions_unique", ["checklist_id", "version"])
    .execute();

  await db.schema
    .createTable("assessments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("checklist_id", "text", (c) => c.notNull().references("checklists.id"))
    .addColumn("checklist_version_id", "text", (c) => c.notNull().references("checklist_versions.id"))
    .addColumn("occasion", "text", (c) => c.notNull())
    /** The occasion's name folded (trimmed, lower case) so that "BM1" and " bm1" clash. */
    .addColumn("occasion_key", "text", (c) => c.notNull())
    .addColumn("occasion_date", "text", (c) => c.notNull())
    /** The roles that took part, as a JSON array of strings. */
    .addColumn("participants", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("assessments_occasion_unique", ["organisation_id", "checklist_id", "occasion_key"])
    .execute();

  await db.schema
    .createTable("assessment_items")
    .addColumn("assessment_id", "text", (c) => c.notNull().references("assessments.id").onDelete("cascade"))
    .addColumn("item_no", "integer", (c) => c.notNull())
    .addColumn("score", "double precision")
    .addColumn("comment", "text", (c) => c.notNull())
    /** Evidence: { text, links: [{ kind: "case", caseId } | { kind: "url", url, label }] } as JSON. */
    .addColumn("evidence", "text", (c) => c.notNull())
    /** Raised by every save of this item; a save names the revision it started from. */
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.references("users.id"))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("assessment_items_pk", ["assessment_id", "item_no"])
    .execute();

  await db.schema
    .createTable("measures")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("checklist_id", "text", (c) => c.notNull().references("checklists.id"))
    .addColumn("item_no", "integer", (c) => c.notNull())
    /** The assessment whose low score raised the measure, if any. */
    .addColumn("assessment_id", "text", (c) => c.references("assessments.id").onDelete("set null"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("owner", "text", (c) => c.notNull())
    .addColumn("due_date", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("done_on", "text")
    /** Links to the evidence, the same JSON shape as an item's evidence links. */
    .addColumn("evidence", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("measures_organisation_item").on("measures").columns(["organisation_id", "item_no"]).execute();

  await db.schema
    .createTable("network_rounds")
    .addColumn("id", "text", (c) => c.primaryKey())
    /** The coordinating organisation (for example SKR). */
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("checklist_id", "text", (c) => c.notNull().references("checklists.id"))
    .addColumn("starts_on", "text", (c) => c.notNull())
    .addColumn("ends_on", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("network_rounds_name_unique", ["organisation_id", "name"])
    .execute();

  await db.schema
    .createTable("round_groups")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("round_id", "text", (c) => c.notNull().references("network_rounds.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("round_groups_name_unique", ["round_id", "name"])
    .execute();

  await db.schema
    .createTable("round_members")
    .addColumn("round_id", "text", (c) => c.notNull().references("network_rounds.id").onDelete("cascade"))
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("group_id", "text", (c) => c.references("round_groups.id").onDelete("set null"))
    /** none | group | network: set by the member organisation only; none until it decides. */
    .addColumn("sharing_level", "text", (c) => c.notNull())
    .addColumn("share_comments", "integer", (c) => c.notNull())
    .addColumn("invited_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("round_members_pk", ["round_id", "organisation_id"])
    .execute();

  await db.schema
    .createTable("learning_meetings")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("round_id", "text", (c) => c.notNull().references("network_rounds.id").onDelete("cascade"))
    .addColumn("meeting_date", "text", (c) => c.notNull())
    .addColumn("theme", "text", (c) => c.notNull())
    .addColumn("notes", "text", (c) => c.notNull())
    /** Who took part: [{ organisationId, roles: string[] }] as JSON. */
    .addColumn("participants", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("learning_lessons")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("learning_meeting_id", "text", (c) =>
      c.notNull().references("learning_meetings.id").onDelete("cascade"),
    )
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("round_mentors")
    .addColumn("round_id", "text", (c) => c.notNull().references("network_rounds.id").onDelete("cascade"))
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    /** The themes it supports, as a JSON array of strings. */
    .addColumn("themes", "text", (c) => c.notNull())
    /** The learning meetings it supports, as a JSON array of ids. */
    .addColumn("learning_meeting_ids", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("round_mentors_pk", ["round_id", "organisation_id"])
    .execute();

  const at = "2026-12-01T00:00:00.000Z";
  const kysely = db as Kysely<Record<string, Record<string, unknown>>>;
  await kysely
    .insertInto("checklists")
    .values({ id: SKR_CHECKLIST_ID, key: SKR_CHECKLIST_KEY, organisation_id: null, created_at: at })
    .execute();
  await kysely
    .insertInto("checklist_versions")
    .values({
      id: SKR_CHECKLIST_VERSION_ID,
      checklist_id: SKR_CHECKLIST_ID,
      version: 1,
      name_sv: SKR_CHECKLIST.name.sv,
      definition: JSON.stringify(SKR_CHECKLIST),
      created_by: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
}
