import { REVIEW_QUESTIONS } from "../../core/index.js";
import { type Executor, findOrganisationByName, findUserByEmail, listUnits } from "../../data/index.js";
import type { Actor } from "../actor.js";
import { CaseService } from "../cases/case.service.js";
import { CaseImportService } from "../cases/case-import.service.js";
import { MeetingService } from "../cases/meeting.service.js";
import { ReviewService } from "../cases/review.service.js";
import { DEMO_CASES, DEMO_HISTORICAL_CASES, DEMO_MEETINGS, type DemoCase } from "./demo-cases.js";
import { NORRBOTTEN } from "./demo-data.js";

const YES = Object.fromEntries(REVIEW_QUESTIONS.map((question) => [question, true])) as Record<
  (typeof REVIEW_QUESTIONS)[number],
  boolean
>;

/**
 * Takes the demo cases through the real workflow (register, submit, review, meeting,
 * decision), acting as the demo accounts, so that the demo obeys the same rules as real work.
 */
export async function seedDemoCases(db: Executor): Promise<void> {
  const organisation = await findOrganisationByName(db, NORRBOTTEN);
  if (!organisation) return;
  const actor = async (email: string): Promise<Actor> => ({ userId: (await findUserByEmail(db, email))?.id ?? "" });
  const officer = await actor("handlaggare@norrbotten.demo");
  const reviewer = await actor("granskare@norrbotten.demo");
  const secretary = await actor("sekreterare@norrbotten.demo");
  const idOf = new Map(
    [...(await listUnits(db, "bodies", organisation.id)), ...(await listUnits(db, "departments", organisation.id))].map(
      (unit) => [unit.name, unit.id],
    ),
  );
  const unit = (name: string) => idOf.get(name) as string;

  const cases = new CaseService(db);
  const reviews = new ReviewService(db);
  const meetings = new MeetingService(db);
  const importer = new CaseImportService(db, cases);
  const meetingIds = new Map<string, string>();
  for (const [key, meeting] of Object.entries(DEMO_MEETINGS)) {
    const row = await meetings.create(secretary, organisation.id, { bodyId: unit(meeting.body), date: meeting.date });
    meetingIds.set(key, row.id);
  }

  for (const historical of DEMO_HISTORICAL_CASES) {
    await importer.import(secretary, organisation.id, {
      fileName: "historiskt-arende.txt",
      bytes: new TextEncoder().encode(historical.text),
      mode: "archived",
      bodyId: unit(historical.body),
      departmentId: null,
      decidedOn: historical.decidedOn,
    });
  }

  for (const demo of DEMO_CASES) {
    const created = await cases.register(officer, organisation.id, {
      title: demo.title,
      bodyId: unit(demo.body),
      departmentId: unit(demo.department),
      sections: demo.sections,
    });
    if (demo.stage === "draft") continue;
    await cases.submit(officer, organisation.id, created.id);
    if (demo.stage === "submitted") continue;
    if (demo.stage === "returned") {
      await reviews.review(reviewer, organisation.id, created.id, returnedReview(demo));
      continue;
    }
    await reviews.review(reviewer, organisation.id, created.id, {
      outcome: "approved",
      answers: YES,
      sectionComments: {},
      comment: "",
    });
    const meetingId = meetingFor(demo, meetingIds);
    await meetings.schedule(secretary, organisation.id, meetingId, created.id);
    if (demo.stage === "scheduled" || !demo.decision) continue;
    await meetings.decide(secretary, organisation.id, meetingId, created.id, {
      outcome: demo.decision.outcome,
      amendedText: demo.decision.outcome === "amended" ? demo.sections.proposal.join("\n") : undefined,
      genderPosition: { considered: demo.decision.considered, comment: demo.decision.comment },
      assignments: demo.decision.assignments,
    });
  }
}

function returnedReview(demo: DemoCase) {
  return {
    outcome: "returned" as const,
    answers: { ...YES, statisticsBySex: false, consequencesForWomenAndMen: false },
    sectionComments: demo.reviewComment ? { [demo.reviewComment.section]: demo.reviewComment.text } : {},
    comment: "",
  };
}

function meetingFor(demo: DemoCase, meetingIds: ReadonlyMap<string, string>): string {
  if (demo.stage === "scheduled") return meetingIds.get("upcoming") as string;
  return meetingIds.get(demo.body === DEMO_MEETINGS.past.body ? "past" : "pastDevelopment") as string;
}
