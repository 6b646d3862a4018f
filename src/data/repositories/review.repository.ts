import type { Selectable } from "kysely";
import type { ReviewTable } from "../schema.js";
import type { Executor } from "./executor.js";

export type ReviewRow = Selectable<ReviewTable>;

export function insertReview(db: Executor, row: ReviewRow) {
  return db.insertInto("reviews").values(row).execute();
}

/** A case's reviews, newest first, with the reviewer's name. */
export function listReviews(db: Executor, caseId: string) {
  return db
    .selectFrom("reviews")
    .leftJoin("users", "users.id", "reviews.reviewer_id")
    .selectAll("reviews")
    .select("users.display_name as reviewer_name")
    .where("case_id", "=", caseId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .execute();
}
