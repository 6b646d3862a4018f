import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { apiCall, apiSession, expectAccessible, logIn, mainMenu, pageHeading, today } from "./helpers.js";

/**
 * The follow-up of a difference between women and men, through the pages alone: an analyst
 * uploads care contacts with identity numbers, breaks them down by municipality and sex, saves
 * the mean cost as an indicator for a period and links it to a department; the clear gap in
 * Luleå is flagged; the analyst documents the analysis (refused while empty or judged without a
 * reason, nothing lost; a concurrent save shown without losing text) and a measure; the
 * follow-up report shows it under its department until the measure is done.
 */

const FIXTURE = path.resolve("test/fixtures/individual/vardkontakter-skillnad.csv");
const DEPARTMENT = "Hälso- och sjukvård";
const PERIOD = "2026";
const stamp = Date.now().toString(36);
const DATASET = `Vårdkontakter ${stamp}`;
const INDICATOR = `Kostnad per vårdkontakt ${stamp}`;
const PROBLEM = `Kvinnor i Luleå får vård för mindre pengar per kontakt än män (${stamp}).`;
const GOALS = "Lika resurser för samma behov: kostnaden följs upp per kön varje kvartal.";
const EXPLANATION = "Män remitteras oftare till dyrare specialistvård; normer om vem som behöver vad styr.";
const REASON = "Behoven är desamma, så skillnaden är inte motiverad.";
const MEASURE = `Granska remissrutinerna i Luleå per kön (${stamp}).`;
const OWNER = "Verksamhetschef primärvården Luleå";

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/differences/${name}.png`, fullPage: true });
}

/** A date `days` days from today, as YYYY-MM-DD. */
function daysAhead(days: number): string {
  const date = new Date(`${today()}T12:00:00`);
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
}

test("an analyst goes from care contacts to a flagged difference, its analysis and measure, and the follow-up report", async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const orgId = await logIn(page, "analytiker@norrbotten.demo");

  // Upload the individual-level file: sex and age come from the identity numbers, which are dropped.
  await page.goto(`/org/${orgId}/statistik/dataset`);
  await expect(pageHeading(page)).toHaveText("Individdata");
  await page.getByLabel("Fil", { exact: true }).setInputFiles(FIXTURE);
  await page.getByLabel("Namn på underlaget").fill(DATASET);
  await expect(page.getByLabel("Kolumn med personnummer", { exact: true })).toHaveValue("personnummer");
  await page.getByLabel("Åldern räknas per").fill("2025-12-31");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Ladda upp och läs in" }).click();
  await expect(page.getByText(`Filen ”${DATASET}” är inläst`)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("1 personnummer är ogiltigt")).toBeVisible();
  await expectAccessible(page);

  // Break it down by municipality and sex with the mean cost: a table and a chart of the same figures.
  await page.getByRole("link", { name: `Dela upp ”${DATASET}”` }).click();
  await expect(pageHeading(page)).toHaveText(DATASET);
  await page.getByRole("checkbox", { name: "kommun" }).check();
  await page.getByLabel("Medelvärde och median av (frivilligt)").selectOption("kostnad");
  await page.getByRole("button", { name: "Visa uppdelningen" }).click();
  const result = page.getByRole("table", { name: /Uppdelning efter kön/ });
  await expect(result).toBeVisible({ timeout: 30_000 });
  await expect(result.getByRole("row").filter({ hasText: "Luleå" }).first()).toBeVisible();
  await expect(page.locator(".chart-drawing").first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "01-breakdown");

  // Save the mean cost per municipality as an indicator for the period.
  await page.getByLabel("Indikatorns namn").fill(INDICATOR);
  await page.getByLabel("Period", { exact: true }).fill(PERIOD);
  await page.getByRole("group", { name: "Vad som sparas" }).getByLabel("Medelvärde").check();
  await page.getByRole("button", { name: "Spara som indikator" }).click();
  const saved = page.getByRole("link", { name: INDICATOR });
  await expect(saved).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page);

  // The indicator belongs to the health-care department.
  await saved.click();
  await expect(pageHeading(page)).toContainText(INDICATOR);
  await page.getByLabel("Avdelning").selectOption({ label: DEPARTMENT });
  await page.getByLabel("Enhet", { exact: true }).fill("kr");
  await page.getByRole("button", { name: "Spara ändringarna" }).click();
  await expect(page.getByText("Ändringarna är sparade.")).toBeVisible();

  // Luleå's gap is flagged, the other municipalities' are not.
  await mainMenu(page).getByRole("link", { name: "Skillnader" }).click();
  await expect(pageHeading(page)).toHaveText("Skillnader mellan kvinnor och män");
  await page.getByLabel("Uppföljningsperiod").selectOption(PERIOD);
  await page.getByRole("button", { name: "Visa", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`period=${PERIOD}`));
  const rows = page.getByRole("row").filter({ hasText: INDICATOR });
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText("Luleå");
  await expect(rows).toContainText("Ska analyseras");
  await expect(rows).toContainText("95 % konfidensintervall");
  // The indicator filter, kept in the address like the others.
  await page.getByLabel("Indikator", { exact: true }).selectOption({ label: INDICATOR });
  await page.getByRole("button", { name: "Visa", exact: true }).click();
  await expect(page).toHaveURL(/indikator=/);
  await expect(page.getByRole("row").filter({ hasText: INDICATOR })).toHaveCount(1);
  await expect(
    page
      .getByRole("row")
      .filter({ hasNotText: INDICATOR })
      .filter({ has: page.getByRole("cell") }),
  ).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, "02-list");
  await rows.getByRole("link", { name: INDICATOR }).click();

  // The difference in a plain sentence, with its figures.
  await expect(pageHeading(page)).toHaveText(`Skillnad: ${INDICATOR}`);
  const sentence = page.locator(".difference-sentence");
  await expect(sentence).toContainText(/^Kvinnor \d/);
  await expect(sentence).toContainText("kr, män");
  await expect(sentence).toContainText(/kr: män \d+/);
  await expect(sentence).toContainText("högre.");
  await expect(page.locator(".difference-sentence")).toContainText("Skillnaden är statistiskt säker.");
  await expectAccessible(page);
  const form = page.getByRole("form", { name: "Analys" });
  const problem = form.getByLabel("Vad är problemet?");

  // An empty analysis is refused with a message that leads to the first question.
  await form.getByRole("button", { name: "Spara analysen" }).click();
  await expect(form.getByRole("alert")).toContainText("Analysen är tom.");
  await expect(problem).toBeFocused();
  await expectAccessible(page);

  // A judgment without a reason is refused; everything typed stays.
  await problem.fill(PROBLEM);
  await form.getByLabel("Vad kan mål och metoder vara?").fill(GOALS);
  await form.getByLabel("Förklaring").fill(EXPLANATION);
  await form.getByRole("group", { name: "Bedömning" }).getByLabel("Omotiverad skillnad").check();
  await form.getByRole("button", { name: "Spara analysen" }).click();
  await expect(form.getByRole("alert")).toContainText("Skriv en motivering till bedömningen.");
  await expect(form.getByLabel("Motivering av bedömningen")).toBeFocused();
  await expect(problem).toHaveValue(PROBLEM);
  await expect(form.getByRole("group", { name: "Bedömning" }).getByLabel("Omotiverad skillnad")).toBeChecked();
  await expectAccessible(page);

  // The sub-goal's questions are offered when it is ticked; the other dimensions are a reminder.
  const subgoals = form.getByRole("group", { name: "Nationella jämställdhetspolitiska delmål som berörs" });
  await subgoals.getByLabel("Delmål 2: Ekonomisk jämställdhet").check();
  await expect(subgoals.getByRole("list", { name: "Frågor att besvara för delmål 2" })).toContainText(
    "Hur fördelas pengar, tid och insatser mellan kvinnor och män",
  );
  await form.getByRole("group", { name: "Har ni tänkt på fler perspektiv?" }).getByLabel("Ålder").check();
  await form.getByLabel("Motivering av bedömningen").fill(REASON);

  // Leaving with unsaved text is asked about first; staying keeps it.
  await mainMenu(page).getByRole("link", { name: "Checklista" }).click();
  const leave = page.getByRole("dialog", { name: "Lämna sidan utan att spara?" });
  await expect(leave).toContainText("Analysen du har börjat skriva är inte sparad.");
  await expect(leave.getByRole("button", { name: "Stanna kvar" })).toBeFocused();
  await expectAccessible(page);
  await leave.getByRole("button", { name: "Stanna kvar" }).click();
  await expect(leave).toHaveCount(0);
  await expect(problem).toHaveValue(PROBLEM);

  await form.getByRole("button", { name: "Spara analysen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Analysen är sparad." })).toBeVisible();
  const facts = page.getByRole("region", { name: "Skillnaden i siffror", exact: true });
  await expect(facts).toContainText("Åtgärd saknas");
  const measures = page.getByRole("region", { name: "Åtgärder", exact: true });
  await expect(measures).toContainText("En åtgärd behövs");
  await expectAccessible(page);

  // Somebody else saves the analysis meanwhile: nothing is overwritten, the typed text stays, the user chooses.
  const differenceId = new URL(page.url()).pathname.split("/").pop() ?? "";
  const reviewer = await apiSession(playwright, baseURL, "granskare@norrbotten.demo");
  const current = await apiCall<{ version: number }>(reviewer, "GET", `/differences/${differenceId}`);
  await apiCall(reviewer, "PUT", `/differences/${differenceId}/analysis`, {
    problem: PROBLEM,
    goalsAndMethods: GOALS,
    explanation: "Granskarens förklaring.",
    judgment: "unjustified",
    judgmentReason: REASON,
    subgoals: [2],
    dimensionsConsidered: ["age"],
    version: current.version,
  });
  const mine = `${EXPLANATION} Dessutom kallas kvinnor mer sällan till uppföljning.`;
  await form.getByLabel("Förklaring").fill(mine);
  await form.getByRole("button", { name: "Spara analysen" }).click();
  const conflict = page.getByRole("region", { name: "Någon annan har sparat analysen" });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole("heading")).toBeFocused();
  await expect(conflict).toContainText("Granskarens förklaring.");
  await expect(conflict).toContainText("Sparad av Greta Nilsson");
  await expect(form.getByLabel("Förklaring")).toHaveValue(mine);
  await expectAccessible(page);
  await screenshot(page, "03-conflict");
  await conflict.getByRole("button", { name: "Behåll min text och spara den" }).click();
  await expect(conflict).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "Analysen är sparad." })).toBeVisible();
  await page.reload();
  await expect(form.getByLabel("Förklaring")).toHaveValue(mine);

  // A measure with owner and due date; missing fields are said before anything is sent.
  await measures.getByRole("button", { name: "Ny åtgärd" }).click();
  const measureForm = page.getByRole("form", { name: "Ny åtgärd" });
  await measureForm.getByRole("button", { name: "Lägg till åtgärden" }).click();
  await expect(measureForm.getByRole("alert")).toContainText("Skriv vad som ska göras.");
  await expect(measureForm.getByRole("alert")).toContainText("Skriv vem som är ansvarig.");
  await expectAccessible(page);
  await measureForm.getByLabel("Åtgärd").fill(MEASURE);
  await measureForm.getByLabel("Ansvarig").fill(OWNER);
  await measureForm.getByLabel("Klart senast").fill(daysAhead(60));
  await measureForm.getByRole("button", { name: "Lägg till åtgärden" }).click();
  await expect(page.getByRole("status").filter({ hasText: "är tillagd" })).toBeVisible();
  const measureRow = measures.getByRole("row").filter({ hasText: MEASURE });
  await expect(measureRow).toContainText(OWNER);
  await expect(measureRow).toContainText("Planerad");
  await expect(facts).toContainText("Åtgärd pågår");
  await expectAccessible(page);

  // Somebody else changes the measure while it is being edited: nothing is saved, the typed text stays.
  await measures.getByRole("button", { name: `Ändra ${MEASURE}` }).click();
  const editForm = page.getByRole("form", { name: `Ändra åtgärden ”${MEASURE}”` });
  await editForm.getByLabel("Ansvarig").fill("Områdeschef Luleå");
  const fresh = await apiCall<{ measures: { id: string; version: number }[] }>(
    reviewer,
    "GET",
    `/differences/${differenceId}`,
  );
  const [stored] = fresh.measures;
  await apiCall(reviewer, "PATCH", `/differences/${differenceId}/measures/${stored?.id}`, {
    status: "in_progress",
    version: stored?.version,
  });
  await editForm.getByRole("button", { name: "Spara ändringen" }).click();
  await expect(editForm.getByRole("alert")).toContainText("Någon annan ändrade åtgärden under tiden.");
  await expect(editForm.getByLabel("Ansvarig")).toHaveValue("Områdeschef Luleå");
  await expectAccessible(page);
  await editForm.getByRole("button", { name: "Läs in åtgärderna igen" }).click();
  await expect(editForm).toHaveCount(0);
  await expect(measureRow).toContainText("Pågår");
  await expect(measureRow).toContainText(OWNER);
  await screenshot(page, "04-difference");

  // The follow-up report shows it under its department with its status, and as files.
  await page.getByRole("link", { name: "Uppföljningsrapporten" }).last().click();
  await expect(pageHeading(page)).toHaveText("Uppföljning av skillnader");
  await page.getByLabel("Uppföljningsperiod").selectOption(PERIOD);
  await page.getByRole("button", { name: "Visa perioden" }).click();
  const department = page.getByRole("region", { name: DEPARTMENT, exact: true });
  const reported = department.getByRole("row").filter({ hasText: INDICATOR });
  await expect(reported).toContainText("Åtgärd pågår");
  await expectAccessible(page);
  await screenshot(page, "05-report");
  for (const [name, type] of [
    ["Ladda ner som Excel (XLSX)", "spreadsheetml"],
    ["Ladda ner som CSV", "text/csv"],
  ] as const) {
    const href = (await page.getByRole("link", { name }).getAttribute("href")) ?? "";
    const answer = await page.request.get(href);
    expect(answer.status(), name).toBe(200);
    expect(answer.headers()["content-type"]).toContain(type);
    if (type === "text/csv") expect(await answer.text()).toContain(INDICATOR);
  }

  // The measure is done: the difference's status follows, in the report too.
  await reported.getByRole("link", { name: INDICATOR }).click();
  await measures.getByRole("button", { name: `Markera som klar ${MEASURE}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "är markerad som klar" })).toBeVisible();
  await expect(measureRow).toContainText("Klar");
  await expect(facts).toContainText("Åtgärdad");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Uppföljningsrapporten" }).last().click();
  await page.getByLabel("Uppföljningsperiod").selectOption(PERIOD);
  await page.getByRole("button", { name: "Visa perioden" }).click();
  await expect(
    page.getByRole("region", { name: DEPARTMENT, exact: true }).getByRole("row").filter({ hasText: INDICATOR }),
  ).toContainText("Åtgärdad");
  await expectAccessible(page);
});

test("a case officer reads the demo's documented analysis but cannot change it, also on a narrow screen", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const orgId = await logIn(page, "handlaggare@norrbotten.demo");
  await page.goto(`/org/${orgId}/statistik/skillnader?period=2025`);
  await expect(pageHeading(page)).toHaveText("Skillnader mellan kvinnor och män");
  const row = page
    .getByRole("row")
    .filter({ hasText: "Andel patienter med återbesök inom 30 dagar efter hjärtinfarkt" })
    .filter({ hasText: "Norrbottens län" });
  await expect(row).toContainText("Åtgärd pågår");
  await expectAccessible(page);
  await screenshot(page, "06-list-375");
  await row.getByRole("link").click();
  await expect(page.locator(".difference-sentence")).toContainText(
    "Kvinnor 71 %, män 86 %: skillnad 15 procentenheter.",
  );
  await expect(page.getByText("Du kan läsa analysen men inte ändra den.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Spara analysen" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Ny åtgärd" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Analys", exact: true })).toContainText("Omotiverad skillnad");
  await expect(page.getByRole("region", { name: "Åtgärder", exact: true })).toContainText(
    "Verksamhetschef, hjärtkliniken",
  );
  await expectAccessible(page);
  await screenshot(page, "07-difference-375");
  await page.goto(`/org/${orgId}/statistik/uppfoljning?period=2025`);
  await expect(page.getByRole("region", { name: DEPARTMENT, exact: true })).toContainText("Åtgärd pågår");
  await expectAccessible(page);
  await screenshot(page, "08-report-375");

  // The same report in English.
  await page.getByRole("button", { name: "In English" }).click();
  await expect(pageHeading(page)).toHaveText("Follow-up of differences");
  await expect(page.getByRole("region", { name: DEPARTMENT, exact: true })).toContainText("Measure in progress");
  await expect(page.getByRole("link", { name: "Download as CSV" })).toHaveAttribute("href", /lang=en/);
  await expectAccessible(page);
  await page.getByRole("button", { name: "På svenska" }).click();
});
