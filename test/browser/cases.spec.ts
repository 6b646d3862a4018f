import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectAccessible, logIn, pageHeading } from "./helpers.js";

const OFFICER = "handlaggare@norrbotten.demo";
const REVIEWER = "granskare@norrbotten.demo";
const BODY = "Hälso- och sjukvårdsnämnden";
const TITLE = "Kvällsmottagning på Kvarnbackens hälsocentral";

/** The gender impact analysis, written in steps that should move Jämt's verdict upwards. */
const WEAK = "Förslaget berör alla invånare i länet.";
const BETTER = [
  WEAK,
  "Förslaget är relevant för jämställdheten eftersom kvinnor och män använder kvällsmottagningen i olika utsträckning.",
  "Enligt hälsocentralens besöksstatistik för 2023 gjordes 61 procent av kvällsbesöken av kvinnor och 39 procent av män.",
  "Kvinnor får kortare väntetid och män får bättre möjlighet att söka vård efter arbetstid.",
  "Utan beslut fortsätter kvinnor att ta ledigt från arbetet för att hinna till hälsocentralen.",
  "Sammantaget bedöms förslaget ha en positiv påverkan på jämställdheten eftersom det minskar skillnaden i tillgång till vård mellan kvinnor och män.",
].join(" ");
const RESOURCES =
  "Kvällsmottagningen kostar 1,2 miljoner kronor per år, och med dagens besöksmönster går ungefär 60 procent av läkartiden till kvinnor.";

/** A Swedish case document for the import: a fixture if the test fixtures exist, else a small one written here. */
function caseDocumentText(): string {
  const fixture = path.resolve("test/fixtures/cases/god-vardcentral.txt");
  if (existsSync(fixture)) return readFileSync(fixture, "utf8");
  return [
    "Region Norrbotten",
    "Hälso- och sjukvårdsnämnden",
    "Dnr 1206-2019",
    "",
    "Utökade öppettider vid Hälsocentralen i Kvarnbacken",
    "",
    "Förslag till beslut",
    "1. Hälso- och sjukvårdsnämnden beslutar att hälsocentralen ska ha öppet till klockan 20.00.",
    "",
    "Sammanfattning",
    "Hälsocentralen föreslås få kvällsöppet fyra dagar i veckan.",
    "",
    "Beslutsförslagets påverkan avseende jämställdhet",
    BETTER,
    "",
    "Protokollsutdrag skickas till",
    "Hälso- och sjukvårdsdirektören",
  ].join("\n");
}

/** A second, separate browser session (its own cookies), logged in as `email`. */
async function otherSession(browser: Browser, baseURL: string | undefined, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "sv-SE" });
  const page = await context.newPage();
  await logIn(page, email);
  return page;
}

function analysisPanel(page: Page) {
  return page.getByRole("region", { name: "Jämts bedömning av analysen" });
}

function autosaveState(page: Page) {
  return page.locator(".autosave-state");
}

function genderField(page: Page) {
  return page.getByRole("textbox", { name: /^Beslutsförslagets påverkan avseende jämställdhet/ });
}

test.describe.configure({ mode: "serial" });

let caseUrl = "";

test("a case officer registers a case and sees the analysis change while writing the gender section", async ({
  page,
}) => {
  const orgId = await logIn(page, OFFICER);
  await page.goto(`/org/${orgId}/arenden`);
  await expect(pageHeading(page)).toHaveText("Ärenden");
  await expect(page.getByRole("status").filter({ hasText: /ärende|Det finns inga ärenden/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Nytt ärende" }).click();
  await expect(pageHeading(page)).toHaveText("Nytt ärende");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Registrera ärendet" }).click();
  await expect(page.getByRole("alert")).toContainText("Fyll i rubrik");
  await expect(page.getByLabel("Rubrik")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  await page.getByLabel("Rubrik").fill(TITLE);
  await page.getByLabel("Nämnd").selectOption({ label: BODY });
  await page.getByRole("button", { name: "Registrera ärendet" }).click();
  await expect(pageHeading(page)).toContainText(TITLE);
  await expect(pageHeading(page)).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: /registrerat med diarienummer \d{4}-\d{4}/ })).toBeVisible();
  caseUrl = new URL(page.url()).pathname;

  // With an empty gender section the case cannot be submitted, and the page says why.
  await expect(page.getByRole("button", { name: "Skicka till granskning" })).toBeDisabled();
  await expect(page.getByText("Ärendet kan inte skickas förrän avsnittet")).toBeVisible();
  await expect(analysisPanel(page).locator(".analysis-verdict")).toContainText("Saknas");

  // Typing a weak analysis: insufficient, and the neutral word is marked in the text.
  await genderField(page).pressSequentially(WEAK, { delay: 5 });
  await expect(analysisPanel(page).locator(".analysis-verdict")).toContainText("Otillräcklig");
  await expect(page.locator("#gender-mirror mark", { hasText: "invånare" })).toBeVisible();
  await expect(page.getByText("”invånare” (1 gång)")).toBeVisible();
  await expect(analysisPanel(page).getByRole("listitem").filter({ hasText: "Könsuppdelad statistik" })).toContainText(
    "Inte uppfyllt",
  );

  // Naming women and men, statistics, consequences and a conclusion moves the verdict up.
  await genderField(page).fill(BETTER);
  await expect(analysisPanel(page).locator(".analysis-verdict")).toContainText(/Godtagbar|God/);
  await expect(analysisPanel(page).getByRole("listitem").filter({ hasText: "Könsuppdelad statistik" })).toContainText(
    "Uppfyllt",
  );

  await page.getByText("Frågor att utgå från").click();
  await expect(page.getByText("Vem berörs? Vilka kvinnor och män, flickor och pojkar?")).toBeVisible();
  await expect(genderField(page)).toHaveValue(BETTER);

  // The proposal's points: add two, then put the second first.
  await page.getByRole("button", { name: "Lägg till beslutspunkt" }).click();
  await expect(page.getByLabel("Punkt 1")).toBeFocused();
  await page.getByLabel("Punkt 1").fill("Hälso- och sjukvårdsnämnden beslutar att finansiera kvällsmottagningen.");
  await page.getByRole("button", { name: "Lägg till beslutspunkt" }).click();
  await page.getByLabel("Punkt 2").fill("Hälso- och sjukvårdsnämnden beslutar att öppna en kvällsmottagning.");
  await page.getByRole("button", { name: "Flytta upp Punkt 2" }).click();
  await expect(page.getByLabel("Punkt 1")).toHaveValue(/öppna en kvällsmottagning/);
  await expect(page.getByRole("button", { name: "Flytta ned Punkt 1" })).toBeFocused();
  await page.getByRole("button", { name: "Lägg till beslutspunkt" }).click();
  await page.getByRole("button", { name: "Ta bort Punkt 3" }).click();
  await expect(page.getByLabel("Punkt 2")).toBeFocused();
  await expect(page.getByLabel("Punkt 3")).toHaveCount(0);

  await expect(autosaveState(page)).toContainText(/Sparat kl\. \d\d[:.]\d\d/);
  await expectAccessible(page);

  // Saved: a reload shows the text.
  await page.reload();
  await expect(genderField(page)).toHaveValue(BETTER);
  await expect(page.getByLabel("Punkt 1")).toHaveValue(/öppna en kvällsmottagning/);
});

test("a save on top of a newer version is refused, and the newer text is shown beside the officer's own", async ({
  page,
  browser,
  baseURL,
}) => {
  await logIn(page, OFFICER);
  await page.goto(caseUrl);
  const summary = page.getByLabel("Sammanfattning", { exact: true });
  await expect(summary).toBeVisible();

  // The same case is changed and saved in another browser meanwhile.
  const other = await otherSession(browser, baseURL, OFFICER);
  await other.goto(caseUrl);
  await other.getByLabel("Sammanfattning", { exact: true }).fill("Text från den andra webbläsaren.");
  await expect(autosaveState(other)).toContainText("Sparat kl.");
  await other.context().close();

  await summary.fill("Min egen sammanfattning.");
  await expect(page.getByRole("alert").filter({ hasText: "Någon annan har sparat ärendet" }).first()).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Nyare version (sparad)" })).toHaveValue(
    "Text från den andra webbläsaren.",
  );
  await expect(page.getByRole("textbox", { name: "Din text (inte sparad)" })).toHaveValue("Min egen sammanfattning.");
  await expect(page.getByRole("button", { name: "Skicka till granskning" })).toBeDisabled();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Ta över den nyare versionen" }).click();
  await expect(summary).toHaveValue("Text från den andra webbläsaren.");
  await expect(page.getByRole("heading", { name: "Din text som inte sparades" })).toBeFocused();
  await expect(page.getByRole("textbox", { name: "Din text: Sammanfattning" })).toHaveValue("Min egen sammanfattning.");
  await expectAccessible(page);

  // Nothing was overwritten: the versions show the other browser's insertion.
  await page.getByRole("button", { name: "Visa versioner" }).click();
  await expect(page.getByRole("table", { name: /Sparade versioner/ })).toBeVisible();
  await page.getByRole("button", { name: "Jämför", exact: true }).click();
  const diff = page.getByRole("region", { name: /Ändringar från version \d+ till version \d+/ });
  await expect(diff.getByRole("heading", { level: 3 })).toBeFocused();
  await expect(diff.locator("ins").first()).toContainText("andra webbläsaren");
  await expectAccessible(page);
});

test("the officer submits, the reviewer returns the case with a comment, the officer fixes it and the reviewer approves", async ({
  page,
  browser,
  baseURL,
}) => {
  await logIn(page, OFFICER);
  await page.goto(caseUrl);
  await page.getByRole("button", { name: "Skicka till granskning" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ärendet är skickat till granskning." })).toBeVisible();
  await expect(page.locator(".case-facts")).toContainText("Inskickat för granskning");
  await expect(pageHeading(page)).toBeFocused();
  await expect(genderField(page)).toHaveCount(0);

  const reviewer = await otherSession(browser, baseURL, REVIEWER);
  await reviewer.goto(caseUrl);
  const form = reviewer.getByRole("form", { name: "Granska ärendet" });
  await expect(form).toBeVisible();
  await expect(analysisPanel(reviewer)).toBeVisible();
  await expectAccessible(reviewer);

  await expect(form.locator("fieldset.case-yes-no")).toHaveCount(5);
  // Unanswered questions are caught before sending.
  await form.getByRole("button", { name: "Skicka tillbaka" }).click();
  await expect(reviewer.getByRole("alert")).toContainText("Svara ja eller nej");
  await expectAccessible(reviewer);

  for (const group of await form.locator("fieldset.case-yes-no").all()) await group.getByLabel("Ja").check();
  await form.getByRole("group", { name: "Föreslås åtgärder för omotiverade skillnader?" }).getByLabel("Nej").check();
  // Returning without saying why: the API's message is shown at the comment.
  await form.getByRole("button", { name: "Skicka tillbaka" }).click();
  await expect(reviewer.getByRole("alert")).toContainText("Skriv vad handläggaren behöver ändra");
  await expect(form.getByLabel("Sammanfattande kommentar")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(reviewer);

  await form
    .getByLabel("Beslutsförslagets påverkan avseende jämställdhet")
    .fill("Beskriv hur resurserna fördelas mellan kvinnor och män.");
  await form.getByRole("button", { name: "Skicka tillbaka" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "skickat tillbaka till handläggaren" })).toBeVisible();
  await expect(reviewer.locator(".case-facts")).toContainText("Återsänt till handläggaren");

  // The officer sees the comment at the section while editing, and fixes the text.
  await page.reload();
  await expect(page.getByRole("region", { name: "Senaste granskningen" })).toContainText("Återsänt");
  const comment = page.locator("#review-comment-genderImpact");
  await expect(comment).toContainText("Beskriv hur resurserna fördelas mellan kvinnor och män.");
  await expect(genderField(page)).toHaveAttribute("aria-describedby", /review-comment-genderImpact/);
  await expectAccessible(page);
  await genderField(page).fill(`${BETTER} ${RESOURCES}`);
  await expect(analysisPanel(page).getByRole("listitem").filter({ hasText: "Resurser" })).toContainText("Uppfyllt");
  await page.getByRole("button", { name: "Skicka till granskning" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ärendet är skickat till granskning." })).toBeVisible();

  // The reviewer approves.
  await reviewer.reload();
  await expect(form.locator("fieldset.case-yes-no")).toHaveCount(5);
  for (const group of await form.locator("fieldset.case-yes-no").all()) await group.getByLabel("Ja").check();
  await form.getByRole("button", { name: "Godkänn" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "Ärendet är godkänt" })).toBeVisible();
  await expect(reviewer.locator(".case-facts")).toContainText("Godkänt för sammanträde");
  await expect(reviewer.getByRole("form", { name: "Granska ärendet" })).toHaveCount(0);
  await expectAccessible(reviewer);
  await reviewer.context().close();

  // The list shows the case with the verdict it had when it was submitted.
  await page.goto(caseUrl.replace(/\/arenden\/.*$/, "/arenden?status=approved"));
  const row = page.getByRole("row", { name: new RegExp(TITLE) });
  await expect(row).toContainText("Godkänt för sammanträde");
  await expect(row).toContainText(/Godtagbar|God/);
  await expect(page.getByLabel("Status")).toHaveValue("approved");
  await expectAccessible(page);
});

test("an officer imports case documents: each file gets its own result", async ({ page }) => {
  const orgId = await logIn(page, OFFICER);
  await page.goto(`/org/${orgId}/arenden/importera`);
  await expect(pageHeading(page)).toHaveText("Importera ärenden");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Läs in filerna" }).click();
  await expect(page.getByRole("alert")).toContainText("Välj minst en fil");
  await expectAccessible(page);

  await page.getByLabel("Filer").setInputFiles([
    { name: "kvallsmottagning.txt", mimeType: "text/plain", buffer: Buffer.from(caseDocumentText(), "utf8") },
    { name: "trasig.pdf", mimeType: "application/pdf", buffer: Buffer.from("inte alls en pdf \u0000\u0001\u0002") },
  ]);
  await page.getByLabel("Nämnd").selectOption({ label: BODY });
  await page.getByRole("button", { name: "Läs in filerna" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Klart." })).toContainText(
    "1 av 2 filer blev ärenden, 1 kunde inte läsas in",
  );
  const results = page.getByRole("region", { name: "Resultat" }).getByRole("listitem");
  await expect(results.filter({ hasText: "kvallsmottagning.txt" })).toContainText("Inläst:");
  const failed = results.filter({ hasText: "trasig.pdf" });
  await expect(failed).toContainText("Kunde inte läsas in:");
  await expect(failed).toContainText(/Filen/);
  await expectAccessible(page);

  await results.filter({ hasText: "kvallsmottagning.txt" }).getByRole("link").click();
  await expect(pageHeading(page)).toContainText(/\d{4}-\d{4}/);
  await expect(genderField(page)).not.toHaveValue("");
});
