import { InvalidInputError, NotFoundError } from "../../core/index.js";
import {
  deletePlanGoal,
  type Executor,
  findPlanGoal,
  insertPlanGoal,
  listPlanGoals,
  newId,
  now,
} from "../../data/index.js";
import type { Actor } from "../actor.js";
import { audit } from "../audit.js";

/** A goal of the organisation's strategic plan, which indicators can be linked to. */
export interface PlanGoalView {
  readonly id: string;
  readonly title: string;
  readonly createdAt: string;
}

/** The goals of the strategic plan: listed, added and removed (links from indicators then lapse). */
export class PlanGoalService {
  constructor(private readonly db: Executor) {}

  async list(organisationId: string): Promise<PlanGoalView[]> {
    return (await listPlanGoals(this.db, organisationId)).map((row) => ({
      id: row.id,
      title: row.title,
      createdAt: row.created_at,
    }));
  }

  async create(actor: Actor, organisationId: string, input: { title: string }): Promise<PlanGoalView> {
    const title = input.title.trim();
    if (title === "") throw new InvalidInputError("indicators.errors.emptyGoalTitle");
    const id = newId();
    const at = now();
    await this.db.transaction().execute(async (trx) => {
      await insertPlanGoal(trx, { id, organisation_id: organisationId, title, created_at: at });
      await audit(trx, actor, {
        organisationId,
        entityType: "plan_goal",
        entityId: id,
        action: "create",
        summary: { title },
      });
    });
    return { id, title, createdAt: at };
  }

  async delete(actor: Actor, organisationId: string, goalId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const row = await findPlanGoal(trx, organisationId, goalId);
      if (!row) throw new NotFoundError("errors.notFound");
      await deletePlanGoal(trx, row.id);
      await audit(trx, actor, {
        organisationId,
        entityType: "plan_goal",
        entityId: row.id,
        action: "delete",
        summary: { title: row.title },
      });
    });
  }
}
