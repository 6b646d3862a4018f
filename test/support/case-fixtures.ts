import type { CaseSections } from "../../src/core/index.js";
import type { TestClient } from "./test-app.js";

/** A gender impact section that names women and men, cites figures and concludes: written for these tests. */
export const REASONED_GENDER_IMPACT = [
  "Förslaget berör kvinnor och män som besöker hälsocentralen i Kiruna. År 2025 gjordes 61 procent av besöken av kvinnor och 39 procent av män (källa: regionens vårdstatistik).",
  "Kvällsöppet bedöms förbättra tillgängligheten mest för män i arbetsför ålder, som i dag söker vård senare än kvinnor. För kvinnor med omsorgsansvar för barn ger kvällstider också bättre möjligheter. Utan beslut kvarstår dagens skillnad.",
  "Skillnaden i vårdsökande förklaras delvis av normer om att män ska klara sig själva; den är inte motiverad.",
  "Förslaget bidrar till delmål 5, jämställd hälsa. Slutsatsen är att förslaget har en positiv påverkan på jämställdheten.",
  "Som åtgärd riktas information om kvällsmottagningen till män. Andelen besök per kön följs upp i delårsrapporten till nämnden i augusti 2027.",
].join("\n\n");

export function sections(overrides: Partial<CaseSections> = {}): CaseSections {
  return {
    proposal: ["Hälso- och sjukvårdsnämnden beslutar att införa kvällsöppet på Kiruna hälsocentral."],
    statement: "",
    summary: "Hälsocentralen föreslås hålla öppet till klockan 20 två kvällar i veckan.",
    matter: [{ heading: "Bakgrund", text: "Många som arbetar dagtid har svårt att komma till hälsocentralen." }],
    genderImpact: REASONED_GENDER_IMPACT,
    basis: "Tjänsteskrivelse 2026-10-01",
    attachments: "",
    recipients: ["Hälsocentralen i Kiruna", "Ekonomistaben"],
    ...overrides,
  };
}

export interface CaseActors {
  readonly officer: TestClient;
  readonly reviewer: TestClient;
  readonly secretary: TestClient;
  readonly organisationId: string;
  readonly bodyId: string;
}

const YES = {
  relevanceReasoned: true,
  statisticsBySex: true,
  consequencesForWomenAndMen: true,
  measuresForDifferences: true,
  linkToGoals: true,
};

/** Drives a new case through the workflow up to the given status and returns its id. */
export async function caseIn(
  actors: CaseActors,
  status: "draft" | "submitted" | "approved" | "scheduled",
  title = `Ärende ${Math.random().toString(36).slice(2, 8)}`,
): Promise<{ caseId: string; meetingId?: string }> {
  const base = `/api/v1/organisations/${actors.organisationId}`;
  const created = await actors.officer.post(`${base}/cases`, { title, bodyId: actors.bodyId, sections: sections() });
  if (created.statusCode !== 201) throw new Error(`register failed: ${created.body}`);
  const caseId = created.json().id as string;
  if (status === "draft") return { caseId };
  await expectOk(actors.officer.post(`${base}/cases/${caseId}/submit`));
  if (status === "submitted") return { caseId };
  await expectOk(
    actors.reviewer.post(`${base}/cases/${caseId}/reviews`, { outcome: "approved", answers: YES, comment: "" }),
  );
  if (status === "approved") return { caseId };
  const meeting = await actors.secretary.post(`${base}/meetings`, { bodyId: actors.bodyId, date: "2026-12-10" });
  const meetingId = meeting.json().id as string;
  await expectOk(actors.secretary.post(`${base}/meetings/${meetingId}/agenda`, { caseId }));
  return { caseId, meetingId };
}

export const ALL_YES = YES;

async function expectOk(response: Promise<{ statusCode: number; body: string }>) {
  const settled = await response;
  if (settled.statusCode >= 300) throw new Error(`step failed (${settled.statusCode}): ${settled.body}`);
}
