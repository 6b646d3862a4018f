import type { Selectable } from "kysely";
import type { PlanGoalTable } from "../schema.js";
import type { Executor } from "./executor.js";

export type PlanGoalRow = Selectable<PlanGoalTable>;

/** An organisation's goals of its strategic plan, in the order they were added. */
export function listPlanGoals(db: Executor, organisationId: string): Promise<PlanGoalRow[]> {
  return db
    .selectFrom("plan_goals")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

export function findPlanGoal(db: Executor, organisationId: string, goalId: string): Promise<PlanGoalRow | undefined> {
  return db
    .selectFrom("plan_goals")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", goalId)
    .executeTakeFirst();
}

export function insertPlanGoal(db: Executor, row: PlanGoalRow) {
  return db.insertInto("plan_goals").values(row).execute();
}

/** Removes a goal; indicators linked to it keep their data and lose the link (ON DELETE SET NULL). */
export function deletePlanGoal(db: Executor, goalId: string) {
  return db.deleteFrom("plan_goals").where("id", "=", goalId).execute();
}
