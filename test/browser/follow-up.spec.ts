import { expect, test } from "@playwright/test";
import { CRITERION_IDS, catalogues, periodOf, REVIEW_QUESTIONS } from "../../src/core/index.js";
import {
  apiCall,
  apiSession,
  expectAccessible,
  logIn,
  NORRBOTTEN,
  pageHeading,
  type RequestMaker,
  today,
} from "./helpers.js";

const BODY = "Patientnämnden";

interface Figures {
  readonly period: string;
  readonly cases: number;
  readonly genderSectionShare: number | null;
  readonly positionShare: number | null;
  readonly decided: number;
  readonly withPosition: number;
}

interface FollowUp {
  readonly total: Figures;
  readonly periods: readonly Figures[];
  readonly cases: readonly { caseId: string; diarienummer: string | null; date: string }[];
}

/**
 * A case of BODY taken all the way through the API: registered and submitted by the case
 * officer, approved by the reviewer, decided today by the secretary, who records that the
 * body considered the gender impact analysis.
 */
async function decidedCase(
  playwright: RequestMaker,
  baseURL: string | undefined,
  title: string,
): Promise<{ id: string; diarienummer: string; bodyId: string }> {
  const officer = await apiSession(playwright, baseURL, "handlaggare@norrbotten.demo");
  const { bodies } = await apiCall<{ bodies: { id: string; name: string }[] }>(officer, "GET", "/bodies");
  const bodyId = bodies.find((body) => body.name === BODY)?.id ?? "";
  const created = await apiCall<{ id: string; diarienummer: string }>(officer, "POST", "/cases", {
    title,
    bodyId,
    sections: {
      proposal: [`${BODY} beslutar att klagomål ska följas upp uppdelat på kön.`],
      statement: "",
      summary: "",
      matter: [],
      genderImpact:
        "Förslaget är relevant för jämställdheten eftersom kvinnor och män lämnar klagomål i olika utsträckning. Sammantaget bedöms förslaget ha en positiv påverkan.",
      basis: "",
      attachments: "",
      recipients: [],
    },
  });
  await apiCall(officer, "POST", `/cases/${created.id}/submit`);
  const reviewer = await apiSession(playwright, baseURL, "granskare@norrbotten.demo");
  await apiCall(reviewer, "POST", `/cases/${created.id}/reviews`, {
    outcome: "approved",
    answers: Object.fromEntries(REVIEW_QUESTIONS.map((question) => [question, true])),
    sectionComments: {},
    comment: "",
  });
  const secretary = await apiSession(playwright, baseURL, "sekreterare@norrbotten.demo");
  const meeting = await apiCall<{ id: string }>(secretary, "POST", "/meetings", { bodyId, date: today() });
  await apiCall(secretary, "POST", `/meetings/${meeting.id}/agenda`, { caseId: created.id });
  await apiCall(secretary, "POST", `/meetings/${meeting.id}/decisions`, {
    caseId: created.id,
    outcome: "approved",
    genderPosition: { considered: true, comment: "Nämnden tog ställning." },
    assignments: [],
  });
  for (const session of [officer, reviewer, secretary]) await session.request.dispose();
  return { ...created, bodyId };
}

const percent = new Intl.NumberFormat("sv-SE", { style: "percent", maximumFractionDigits: 1 });
const share = (value: number | null) => (value === null ? "–" : percent.format(value));

/** "2026 kvartal 2" for "2026-Q2", as the page writes a period. */
function periodText(period: string): string {
  const quarter = /^(\d{4})-Q(\d)$/.exec(period);
  return quarter ? `${quarter[1]} kvartal ${quarter[2]}` : period;
}

test("the follow-up shows the figures the API counts, per year and per quarter, with the cases behind them", async ({
  page,
  playwright,
  baseURL,
}) => {
  const stamp = Date.now().toString(36);
  const decided = await decidedCase(playwright, baseURL, `Uppföljning av klagomål per kön ${stamp}`);
  await logIn(page, "analytiker@norrbotten.demo");
  const me = (await (await page.request.get("/api/v1/me")).json()) as {
    memberships: { organisation: { id: string; name: string } }[];
  };
  const orgId = me.memberships.find((m) => m.organisation.name === NORRBOTTEN)?.organisation.id ?? "";
  const expected = async (granularity: string) => {
    const answer = await page.request.get(`/api/v1/organisations/${orgId}/follow-up?granularity=${granularity}`);
    return (await answer.json()) as FollowUp;
  };

  await page.goto(`/org/${orgId}/uppfoljning`);
  await expect(pageHeading(page)).toHaveText("Uppföljning av jämställda beslut");
  const years = await expected("year");
  expect(years.cases.some((c) => c.caseId === decided.id)).toBe(true);

  // Key figures as the API counts them, written the Swedish way.
  const figures = page.locator(".key-figures");
  await expect(figures.locator("div", { hasText: "Antal ärenden" }).locator(".figure")).toHaveText(
    String(years.total.cases),
  );
  await expect(figures.locator("div", { hasText: "Andel med jämställdhetsavsnitt" }).locator(".figure")).toHaveText(
    share(years.total.genderSectionShare),
  );
  await expect(figures.locator("div", { hasText: "Andel där nämnden tog ställning" }).locator(".figure")).toHaveText(
    share(years.total.positionShare),
  );
  await expect(figures).toContainText(`${years.total.withPosition} av ${years.total.decided} beslutade ärenden`);
  await expect(page.getByRole("table", { name: "Fördelning av bedömningar" })).toBeVisible();

  // Every chart has its table with the same numbers.
  await expect(page.getByRole("img", { name: /Siffrorna finns i tabellen Ärenden per period/ })).toHaveCount(2);
  await expect(page.locator(".chart-drawing .recharts-wrapper > svg")).toHaveCount(2);
  await expect(page.locator(".chart-drawing .recharts-bar-rectangle").first()).toBeVisible();
  const table = page.getByRole("table", { name: "Ärenden per period" });
  await expect(table.locator("tbody tr")).toHaveCount(years.periods.length);
  const thisYear = years.periods.find((figures) => figures.period === periodOf(today(), "year"));
  if (!thisYear) throw new Error("this year is missing from the follow-up");
  const yearRow = table.getByRole("row", { name: new RegExp(`^${thisYear.period}`) });
  await expect(yearRow.getByRole("cell").first()).toHaveText(String(thisYear.cases));
  await expectAccessible(page);

  // Quarters instead of years: the URL, the status line and the table follow.
  await page.getByRole("radio", { name: "Kvartal" }).check();
  await page.getByRole("button", { name: "Visa", exact: true }).click();
  await expect(page).toHaveURL(/[?&]per=kvartal/);
  await expect(page.getByRole("status").filter({ hasText: "uppdelat per kvartal" })).toBeVisible();
  const quarters = await expected("quarter");
  await expect(table.locator("tbody tr")).toHaveCount(quarters.periods.length);
  const thisQuarter = quarters.periods.find((figures) => figures.period === periodOf(today(), "quarter"));
  if (!thisQuarter) throw new Error("this quarter is missing from the follow-up");
  const quarterName = periodText(thisQuarter.period);
  const quarterRow = table.getByRole("row", { name: new RegExp(`^${quarterName}`) });
  await expect(quarterRow.getByRole("cell").first()).toHaveText(String(thisQuarter.cases));
  await expectAccessible(page);

  // Drill-down: the quarter's cases, linked, with the heading focused.
  await quarterRow.getByRole("button", { name: `Visa ärenden ${quarterName}` }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]period=${thisQuarter.period}`));
  const drill = page.getByRole("heading", { name: `Ärenden ${quarterName}` });
  await expect(drill).toBeFocused();
  const link = page.getByRole("link", { name: decided.diarienummer, exact: true });
  await expect(link).toHaveAttribute("href", `/org/${orgId}/arenden/${decided.id}`);
  await expect(quarterRow).toHaveAttribute("aria-current", "true");
  await expectAccessible(page);

  // The download has the same selection.
  const csv = page.getByRole("link", { name: "Ladda ner som CSV" });
  await expect(csv).toHaveAttribute("href", /export\.csv\?granularity=quarter/);
  const download = page.waitForEvent("download");
  await csv.click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  const answer = await page.request.get((await csv.getAttribute("href")) ?? "");
  expect(answer.headers()["content-type"]).toMatch(/^text\/csv/);
  expect(await answer.text()).toContain(decided.diarienummer);
  await expect(page.getByRole("link", { name: "Ladda ner som Excel (XLSX)" })).toHaveAttribute(
    "href",
    /export\.xlsx\?granularity=quarter/,
  );

  // One body only: its figures, and a date range in the wrong order is refused.
  await page.getByLabel("Nämnd", { exact: true }).selectOption({ label: BODY });
  await page.getByLabel("Från och med").fill("2030-01-01");
  await page.getByLabel("Till och med").fill("2020-01-01");
  await page.getByRole("button", { name: "Visa", exact: true }).click();
  await expect(page.getByRole("alert")).toContainText("Till och med-datumet kan inte vara före");
  await expectAccessible(page);
  await page.getByLabel("Från och med").fill("");
  await page.getByLabel("Till och med").fill("");
  await page.getByRole("button", { name: "Visa", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`namnd=${decided.bodyId}`));
  const ofBody = (await (
    await page.request.get(`/api/v1/organisations/${orgId}/follow-up?granularity=quarter&bodyId=${decided.bodyId}`)
  ).json()) as FollowUp;
  await expect(page.locator(".key-figures").locator("div", { hasText: "Antal ärenden" }).locator(".figure")).toHaveText(
    String(ofBody.total.cases),
  );
});

test("the analysis rules are public: every criterion is explained without logging in, in both languages", async ({
  page,
}) => {
  await page.goto("/regler");
  await expect(page).toHaveURL(/\/regler$/);
  await expect(pageHeading(page)).toHaveText(catalogues.sv.analysis.title);
  const criteria = page.getByRole("region", { name: "Kriterierna" });
  await expect(criteria.getByRole("heading", { level: 3 })).toHaveCount(CRITERION_IDS.length);
  expect(CRITERION_IDS).toHaveLength(12);
  for (const id of CRITERION_IDS) {
    const criterion = catalogues.sv.analysis.criteria[id];
    await expect(criteria.getByRole("heading", { level: 3, name: criterion.name, exact: true })).toBeVisible();
    await expect(criteria).toContainText(criterion.question);
    await expect(criteria).toContainText(criterion.example);
  }
  await expect(page.getByRole("heading", { name: catalogues.sv.analysis.guidingQuestions.title })).toBeVisible();
  await expect(page.getByText(catalogues.sv.analysis.guidingQuestions.realia)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "In English" }).click();
  await expect(pageHeading(page)).toHaveText(catalogues.en.analysis.title);
  await expect(page.getByRole("region", { name: "The criteria" }).getByRole("heading", { level: 3 })).toHaveCount(
    CRITERION_IDS.length,
  );
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectAccessible(page);
});
