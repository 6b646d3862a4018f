import { expect, type Page, test } from "@playwright/test";
import { REVIEW_QUESTIONS } from "../../src/core/index.js";
import { apiCall, apiSession, expectAccessible, logIn, pageHeading, type RequestMaker } from "./helpers.js";

const BODY = "Regionala utvecklingsnämnden";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const GENDER_SECTION = [
  "Förslaget är relevant för jämställdheten eftersom kvinnor och män reser med länstrafiken i olika utsträckning.",
  "Enligt resvaneundersökningen 2024 gjordes 58 procent av busresorna av kvinnor och 42 procent av män.",
  "Kvinnor får kortare restid till arbetet och män får fler avgångar på kvällen.",
  "Sammantaget bedöms förslaget ha en positiv påverkan på jämställdheten.",
].join(" ");

/** Registers, submits and approves a case of BODY through the API, as case officer and reviewer. */
async function approvedCase(
  playwright: RequestMaker,
  baseURL: string | undefined,
  title: string,
): Promise<{ id: string; diarienummer: string }> {
  const officer = await apiSession(playwright, baseURL, "handlaggare@norrbotten.demo");
  const { bodies } = await apiCall<{ bodies: { id: string; name: string }[] }>(officer, "GET", "/bodies");
  const bodyId = bodies.find((body) => body.name === BODY)?.id;
  const created = await apiCall<{ id: string; diarienummer: string }>(officer, "POST", "/cases", {
    title,
    bodyId,
    sections: {
      proposal: [`${BODY} beslutar att fler kvällsturer ska köras i länstrafiken.`],
      statement: "",
      summary: "Fler kvällsturer föreslås.",
      matter: [],
      genderImpact: GENDER_SECTION,
      basis: "",
      attachments: "",
      recipients: ["Kollektivtrafikmyndigheten"],
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
  await officer.request.dispose();
  await reviewer.request.dispose();
  return created;
}

/** A date `days` from today, as YYYY-MM-DD in the browser's (and this machine's) time zone. */
function isoDay(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
}

function agendaItem(page: Page, title: string) {
  return page.getByRole("article", { name: title });
}

test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString(36);
const TITLE = `Fler kvällsturer i länstrafiken ${stamp}`;
const ASSIGNMENT = `Återrapportera resandet med kvällsturerna, uppdelat på kvinnor och män (${stamp})`;
const OVERDUE = `Ta fram könsuppdelad statistik över kvällsresor (${stamp})`;
let meetingUrl = "";
let diarienummer = "";

test("a secretary creates a meeting, puts an approved case on the agenda and records the decision with the body's position", async ({
  page,
  playwright,
  baseURL,
}) => {
  const prepared = await approvedCase(playwright, baseURL, TITLE);
  diarienummer = prepared.diarienummer;
  const orgId = await logIn(page, "sekreterare@norrbotten.demo");

  await page.goto(`/org/${orgId}/sammantraden`);
  await expect(pageHeading(page)).toHaveText("Sammanträden");
  await expect(page.getByRole("heading", { name: "Kommande sammanträden" })).toBeVisible();
  await expectAccessible(page);

  // An empty form says what is missing, at the fields.
  const form = page.getByRole("form", { name: "Nytt sammanträde" });
  await form.getByRole("button", { name: "Skapa sammanträde" }).click();
  await expect(page.getByRole("alert")).toContainText("Välj vilken nämnd som sammanträder.");
  await expect(form.getByLabel("Datum")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  await form.getByLabel("Nämnd").selectOption({ label: BODY });
  await form.getByLabel("Datum").fill(isoDay(0));
  await form.getByRole("button", { name: "Skapa sammanträde" }).click();
  await page.waitForURL(/\/sammantraden\/[^/]+$/);
  meetingUrl = new URL(page.url()).pathname;
  await expect(pageHeading(page)).toContainText(BODY);
  await expect(page.getByRole("status").filter({ hasText: "är skapat" })).toBeVisible();
  await expect(page.getByText("Föredragningslistan är tom.")).toBeVisible();
  await expectAccessible(page);

  // The approved case is a candidate for the agenda.
  const add = page.getByRole("form", { name: "Lägg till ärende" });
  await add.getByLabel("Ärende").selectOption({ label: `${diarienummer} ${TITLE}` });
  await add.getByRole("button", { name: "Lägg till på föredragningslistan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "är tillagt som punkt 1" })).toBeVisible();
  const item = agendaItem(page, TITLE);
  await expect(item).toContainText(diarienummer);
  await expect(item).toContainText("På föredragningslistan");
  await expectAccessible(page);

  // The members can read the gender impact section they take a position on.
  await item.getByText("Beslutsförslagets påverkan avseende jämställdhet").click();
  await expect(item.getByText(/58 procent av busresorna/)).toBeVisible();

  await item.getByRole("button", { name: `Registrera beslut ${diarienummer}` }).click();
  const decision = page.getByRole("form", { name: `Registrera beslut i ${diarienummer}` });
  await expect(decision.getByRole("heading", { name: `Registrera beslut i ${diarienummer}` })).toBeFocused();
  await decision.getByRole("button", { name: "Registrera beslut" }).click();
  await expect(decision.getByRole("alert")).toContainText("Välj vad nämnden beslutade.");
  await expect(decision.getByRole("alert")).toContainText("Svara på om nämnden har beaktat jämställdhetsanalysen.");
  await expectAccessible(page);

  // "Beslut i ändrad lydelse" asks for the amended wording.
  await decision.getByRole("radio", { name: "Beslut i ändrad lydelse" }).check();
  await expect(decision.getByLabel("Beslutet i ändrad lydelse")).toBeVisible();
  await decision.getByRole("radio", { name: "Bifall" }).check();
  await expect(decision.getByLabel("Beslutet i ändrad lydelse")).toBeHidden();

  const position = decision.getByRole("group", {
    name: "Nämndens ställningstagande till konsekvenserna för kvinnor och män",
  });
  await position
    .getByRole("group", { name: "Har nämnden beaktat jämställdhetsanalysen?" })
    .getByRole("radio", { name: "Ja" })
    .check();
  await position.getByLabel("Kommentar").fill("Nämnden vill att kvinnors och mäns resande följs upp efter ett år.");

  await decision.getByRole("button", { name: "Lägg till uppdrag" }).click();
  const first = decision.getByRole("group", { name: "Uppdrag 1" });
  await expect(first.getByLabel("Till vem")).toBeFocused();
  await first.getByLabel("Till vem").fill("Regiondirektören");
  await first.getByLabel("Vad").fill(ASSIGNMENT);
  await first.getByLabel("Senast").fill(isoDay(90));
  await decision.getByRole("button", { name: "Lägg till uppdrag" }).click();
  const second = decision.getByRole("group", { name: "Uppdrag 2" });
  await second.getByLabel("Till vem").fill("Regional utveckling");
  await second.getByLabel("Vad").fill(OVERDUE);
  await second.getByLabel("Senast").fill(isoDay(-1));
  await expectAccessible(page);
  await decision.getByRole("button", { name: "Registrera beslut" }).click();

  // The decision: § number, outcome, position, assignments and the extracts.
  const summary = item.getByRole("region", { name: /^Beslut § \d+$/ });
  await expect(summary.getByRole("heading", { name: /^Beslut § \d+$/ })).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: /är registrerat som § \d+: Bifall/ })).toBeVisible();
  await expect(summary).toContainText("Bifall");
  await expect(summary).toContainText("Nämnden har beaktat jämställdhetsanalysen.");
  await expect(summary).toContainText("kvinnors och mäns resande följs upp");
  await expect(summary).toContainText(ASSIGNMENT);
  await expect(item).toContainText("Beslutat");
  await expect(item.getByRole("button", { name: /Registrera beslut/ })).toHaveCount(0);
  await expectAccessible(page);

  const docx = summary.getByRole("link", { name: /Ladda ner protokollsutdrag \(Word, \.docx\)/ });
  const download = page.waitForEvent("download");
  await docx.click();
  expect((await download).suggestedFilename()).toMatch(/\.docx$/);
  const answer = await page.request.get((await docx.getAttribute("href")) ?? "");
  expect(answer.status()).toBe(200);
  expect(answer.headers()["content-type"]).toBe(DOCX);
  const pdf = await page.request.get(
    (await summary.getByRole("link", { name: /protokollsutdrag \(PDF\)/ }).getAttribute("href")) ?? "",
  );
  expect(pdf.headers()["content-type"]).toBe("application/pdf");

  // The decided case is no longer a candidate; the page explains why the list is empty, or lists others.
  await expect(add.getByLabel("Ärende").locator("option", { hasText: TITLE })).toHaveCount(0);

  // The assignments show on Uppdrag, the overdue one marked in words and first.
  await page.goto(`/org/${orgId}/uppdrag`);
  await expect(pageHeading(page)).toHaveText("Uppdrag");
  const open = page.getByRole("row", { name: new RegExp(escape(ASSIGNMENT)) });
  const overdue = page.getByRole("row", { name: new RegExp(escape(OVERDUE)) });
  await expect(open).toContainText("Pågår");
  await expect(open).toContainText("Regiondirektören");
  await expect(open.getByRole("link", { name: diarienummer })).toHaveAttribute(
    "href",
    `/org/${orgId}/arenden/${prepared.id}`,
  );
  await expect(open).toContainText(/§ \d+/);
  await expect(overdue).toContainText("Försenat");
  const rows = await page.getByRole("table").locator("tbody tr").allInnerTexts();
  const indexOf = (text: string) => rows.findIndex((row) => row.includes(text));
  expect(indexOf(OVERDUE)).toBeLessThan(indexOf(ASSIGNMENT));
  await expectAccessible(page);

  await page
    .getByRole("navigation", { name: "Visa uppdrag" })
    .getByRole("link", { name: /^Försenat/ })
    .click();
  await expect(page).toHaveURL(/[?&]status=forsenat/);
  await expect(page.getByRole("table", { name: "Uppdrag med status försenat" })).toBeVisible();
  await expect(overdue).toBeVisible();
  await expect(open).toHaveCount(0);
  await expectAccessible(page);
});

test("a secretary takes an undecided case off the agenda, and it can be chosen again", async ({
  page,
  playwright,
  baseURL,
}) => {
  test.skip(meetingUrl === "", "needs the meeting of the previous test");
  const title = `Ny busslinje till flygplatsen ${stamp}`;
  const prepared = await approvedCase(playwright, baseURL, title);
  await logIn(page, "sekreterare@norrbotten.demo");
  await page.goto(meetingUrl);
  const add = page.getByRole("form", { name: "Lägg till ärende" });
  await add.getByLabel("Ärende").selectOption({ label: `${prepared.diarienummer} ${title}` });
  await add.getByRole("button", { name: "Lägg till på föredragningslistan" }).click();
  const item = agendaItem(page, title);
  await expect(item.getByRole("heading", { level: 3 })).toHaveText(`2. ${title}`);
  // The last candidate is gone from the list: focus goes to the section that now explains why it is empty.
  await expect(page.getByRole("heading", { name: "Lägg till ärende" })).toBeFocused();
  await expect(page.getByText("Det finns inga ärenden att lägga till.")).toBeVisible();
  await expectAccessible(page);

  await item.getByRole("button", { name: `Ta bort från föredragningslistan ${prepared.diarienummer}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "är borttaget från föredragningslistan" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Föredragningslista" })).toBeFocused();
  await expect(item).toHaveCount(0);
  await expect(add.getByLabel("Ärende").locator("option", { hasText: title })).toHaveCount(1);
  await expectAccessible(page);
});

test("an elected member reads the agenda and the decision but cannot change them", async ({ page }) => {
  test.skip(meetingUrl === "", "needs the meeting of the previous test");
  await logIn(page, "fortroendevald@norrbotten.demo");
  await page.goto(meetingUrl);
  const item = agendaItem(page, TITLE);
  await expect(item.getByRole("heading", { name: /^Beslut § \d+$/ })).toBeVisible();
  await expect(item).toContainText("Nämnden har beaktat jämställdhetsanalysen.");
  await expect(page.getByRole("button", { name: /Registrera beslut/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Ta bort från föredragningslistan/ })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Lägg till ärende" })).toHaveCount(0);
  await expect(page.getByText("Det är nämndsekreteraren som lägger till ärenden")).toBeVisible();
  await expectAccessible(page);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
