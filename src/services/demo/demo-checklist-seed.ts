import { SKR_CHECKLIST_KEY } from "../../core/index.js";
import { type Executor, findOrganisationByName, findUserByEmail } from "../../data/index.js";
import type { Actor } from "../actor.js";
import { AssessmentService } from "../checklists/assessment.service.js";
import { ChecklistDefinitionService } from "../checklists/checklist-definition.service.js";
import { MeasureService } from "../checklists/measure.service.js";
import { DEMO_MEASURES, DEMO_SERIES } from "./demo-checklists.js";
import { NORRBOTTEN } from "./demo-data.js";

/**
 * Records the demo regions' self-assessments on the SKR checklist and Norrbotten's measures
 * through the checklist services, acting as the regions' demo accounts (the system for
 * Gävleborg, which has none), so that the demo obeys the same rules as real work.
 */
export async function seedDemoChecklists(db: Executor): Promise<void> {
  const definitions = new ChecklistDefinitionService(db);
  const assessments = new AssessmentService(db, definitions);
  const measures = new MeasureService(db, definitions);
  const occasionIds = new Map<string, string>();

  for (const series of DEMO_SERIES) {
    const organisation = await findOrganisationByName(db, series.organisation);
    if (!organisation) continue;
    const actor = await actorFor(db, series.recordedBy);
    for (const demo of series.assessments) {
      const created = await assessments.create(actor, organisation.id, {
        checklistId: SKR_CHECKLIST_KEY,
        occasion: demo.occasion,
        date: demo.date,
        participants: demo.participants,
        items: demo.scores.map((score, index) => {
          const note = demo.comments[index + 1];
          return {
            no: index + 1,
            score,
            comment: note?.comment ?? "",
            evidence: { text: note?.evidence ?? "", links: [] },
          };
        }),
      });
      occasionIds.set(`${series.organisation}/${demo.occasion}`, created.id);
    }
  }

  const norrbotten = await findOrganisationByName(db, NORRBOTTEN);
  if (!norrbotten) return;
  const strategist = await actorFor(db, "granskare@norrbotten.demo");
  for (const demo of DEMO_MEASURES) {
    // A measure done is recorded as done on its day: "today" for the rule that stamps doneOn.
    await measures.create(
      strategist,
      norrbotten.id,
      {
        checklistId: SKR_CHECKLIST_KEY,
        itemNo: demo.itemNo,
        assessmentId: occasionIds.get(`${NORRBOTTEN}/${demo.raisedAt}`) ?? null,
        title: demo.title,
        owner: demo.owner,
        dueDate: demo.dueDate,
        status: demo.status,
      },
      demo.doneOn,
    );
  }
}

async function actorFor(db: Executor, email: string | null): Promise<Actor | null> {
  if (email === null) return null;
  const user = await findUserByEmail(db, email);
  return user ? { userId: user.id } : null;
}
