import type { Kysely } from "kysely";
import type { MigrationContext } from "./index.js";

/**
 * Sex-disaggregated statistics: the organisation's settings for disclosure control and the
 * follow-up of differences, goals of its strategic plan, indicators with their values
 * (imported from files, SCB, Kolada or saved from a breakdown of an individual-level
 * dataset), the datasets themselves (only metadata here: the rows stay in a Parquet file in
 * the data folder, identity numbers already dropped), and flagged differences between women
 * and men with their documented analysis and measures.
 * Real numbers are "double precision" (SQLite gives it REAL affinity; PostgreSQL's "real"
 * would be single precision).
 */
export async function up(db: Kysely<unknown>, _context: MigrationContext): Promise<void> {
  await db.schema
    .createTable("statistics_settings")
    .addColumn("organisation_id", "text", (c) => c.primaryKey().references("organisations.id").onDelete("cascade"))
    /** Counts of 1 … min_cell − 1 individuals are withheld. */
    .addColumn("min_cell", "integer", (c) => c.notNull())
    /** A difference in shares is flagged from this many percentage points. */
    .addColumn("share_gap_points", "double precision", (c) => c.notNull())
    /** Any other difference is flagged from this many per cent of the larger figure. */
    .addColumn("relative_gap_percent", "double precision", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("plan_goals")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("plan_goals_organisation").on("plan_goals").column("organisation_id").execute();

  await db.schema
    .createTable("indicators")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    /** "indicator", or "population" for the denominators of rates per 1,000 inhabitants. */
    .addColumn("role", "text", (c) => c.notNull())
    /** The indicator's id in its source (Kolada KPI, SCB content code, the file's text); unique per organisation. */
    .addColumn("source_key", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("unit", "text")
    /** "share" (per cent), "rate" (per 1,000), "mean", "count" or "value". */
    .addColumn("measure_kind", "text", (c) => c.notNull())
    /** "file", "scb", "kolada" or "dataset". */
    .addColumn("source_kind", "text", (c) => c.notNull())
    /** What the methods note names as the source (file name, SCB table, "Kolada"). */
    .addColumn("source_label", "text", (c) => c.notNull())
    .addColumn("department_id", "text", (c) => c.references("departments.id").onDelete("set null"))
    .addColumn("plan_goal_id", "text", (c) => c.references("plan_goals.id").onDelete("set null"))
    /** The national sub-goals (1–6) as a JSON array of numbers. */
    .addColumn("national_subgoals", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("indicators_source_key_unique", ["organisation_id", "source_key"])
    .execute();

  await db.schema
    .createTable("indicator_values")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("indicator_id", "text", (c) => c.notNull().references("indicators.id").onDelete("cascade"))
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("area_code", "text", (c) => c.notNull())
    .addColumn("area_name", "text")
    /** "K", "M", "T", or null when the figure is not divided by sex. */
    .addColumn("sex", "text")
    /** The age band's label ("20-29", "80+"), or null. */
    .addColumn("age_band", "text")
    /** Further breakdowns as a JSON object { column: { code, label } }; "{}" when none. */
    .addColumn("dimensions", "text", (c) => c.notNull())
    /** Canonical text of area, age band and dimensions: the values of one group share it. */
    .addColumn("group_key", "text", (c) => c.notNull())
    /** Null when the source has no figure: missing, never 0. */
    .addColumn("value", "double precision")
    /** Individuals or events behind the value, where known. */
    .addColumn("count", "integer")
    /** Standard deviation behind a mean, where known (saved breakdowns of datasets). */
    .addColumn("std_dev", "double precision")
    .addColumn("status", "text")
    .execute();
  await db.schema
    .createIndex("indicator_values_lookup")
    .on("indicator_values")
    .columns(["indicator_id", "period", "group_key"])
    .execute();

  await db.schema
    .createTable("datasets")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    /** The uploaded file's name. */
    .addColumn("file_name", "text", (c) => c.notNull())
    /** The Parquet file's name inside the data folder's `datasets/` (never a path from the user). */
    .addColumn("stored_file", "text", (c) => c.notNull())
    .addColumn("row_count", "integer", (c) => c.notNull())
    /** The date ages were computed at (YYYY-MM-DD), where ages were derived from identity numbers. */
    .addColumn("reference_date", "text")
    /** [{ name, type }] of the stored file, as JSON. */
    .addColumn("columns", "text", (c) => c.notNull())
    .addColumn("invalid_identity_count", "integer", (c) => c.notNull())
    /** The row numbers (1-based, header not counted) of the first invalid identity numbers, as JSON. */
    .addColumn("invalid_identity_rows", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("differences")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("indicator_id", "text", (c) => c.notNull().references("indicators.id").onDelete("cascade"))
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("group_key", "text", (c) => c.notNull())
    /** The group as people read it (area name, age band …), as JSON. */
    .addColumn("group_label", "text", (c) => c.notNull())
    .addColumn("women_value", "double precision", (c) => c.notNull())
    .addColumn("men_value", "double precision", (c) => c.notNull())
    /** Women − men, in percentage points for shares, else in the indicator's unit. */
    .addColumn("difference", "double precision", (c) => c.notNull())
    .addColumn("difference_lower", "double precision")
    .addColumn("difference_upper", "double precision")
    /** 1 clear, 0 not clear, null cannot be tested (no counts behind the figures). */
    .addColumn("clear", "integer")
    /** 1 while the figures still exceed the threshold; 0 when a later import or setting no longer flags it. */
    .addColumn("flagged", "integer", (c) => c.notNull())
    .addColumn("problem", "text", (c) => c.notNull())
    .addColumn("goals_and_methods", "text", (c) => c.notNull())
    .addColumn("explanation", "text", (c) => c.notNull())
    /** "justified", "unjustified" or null while not judged. */
    .addColumn("judgment", "text")
    .addColumn("judgment_reason", "text", (c) => c.notNull())
    /** National sub-goals the analysis touches, JSON array of numbers. */
    .addColumn("subgoals", "text", (c) => c.notNull())
    /** Other dimensions considered (age, geography, socio-economic, disability, ethnicity, child perspective), JSON. */
    .addColumn("dimensions_considered", "text", (c) => c.notNull())
    .addColumn("analysed_by", "text", (c) => c.references("users.id"))
    .addColumn("analysed_at", "text")
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("differences_unique", ["indicator_id", "period", "group_key"])
    .execute();
  await db.schema
    .createIndex("differences_organisation_period")
    .on("differences")
    .columns(["organisation_id", "period"])
    .execute();

  await db.schema
    .createTable("difference_measures")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("difference_id", "text", (c) => c.notNull().references("differences.id").onDelete("cascade"))
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("owner", "text", (c) => c.notNull())
    .addColumn("due_date", "text", (c) => c.notNull())
    /** "planned", "in_progress" or "done". */
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("done_on", "text")
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("difference_measures_difference")
    .on("difference_measures")
    .column("difference_id")
    .execute();
}
