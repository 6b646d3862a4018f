import { expect, type Locator, type Page, test } from "@playwright/test";
import { SKR_CHECKLIST } from "../../src/core/index.js";
import { apiCall, apiSession, expectAccessible, logIn, mainMenu, NORRBOTTEN, pageHeading, today } from "./helpers.js";

const TABLE = "Bedömningar per punkt och tillfälle";
/** The h1 of the overview, the same words as the menu's "Checklista". */
const OVERVIEW = "Checklista och självskattning";

/** A score as the pages write it in Swedish: 2,5. */
const sv = (score: number) => String(score).replace(".", ",");

/** The radios of an item's score (the item also has radios for the kind of link to add). */
function scoreGroup(item: Locator): Locator {
  return item.getByRole("group", { name: /^Bedömning av punkt \d+$/ });
}

/** The radio of a score: "2 Behöver utvecklas" and "2,5" are different choices. */
function scoreRadio(item: Locator, score: number | null): Locator {
  const group = scoreGroup(item);
  if (score === null) return group.getByRole("radio", { name: "Ej bedömd" });
  return group.getByRole("radio", { name: new RegExp(`^${sv(score)}(\\s|$)`) });
}

/** An item's section on the assessment or agenda page, found by its number. */
function itemRegion(page: Page, no: number): Locator {
  return page.getByRole("region", { name: new RegExp(`^${no}\\. `) });
}

/** The foot-row sums of the table, by occasion, read from the page. */
async function sumsByOccasion(page: Page): Promise<Map<string, string>> {
  const table = page.getByRole("table", { name: TABLE });
  await expect(table.locator("tfoot td").first()).toBeVisible();
  const occasions = await table.locator("thead th.occasion-column a").allTextContents();
  const sums = await table.locator("tfoot td").allTextContents();
  return new Map(occasions.map((occasion, index) => [occasion, sums[index] ?? ""]));
}

test("the demo organisation's table shows the sums 18, 18, 20 and 24, with the chart and downloads beside it", async ({
  page,
}) => {
  const orgId = await logIn(page, "granskare@norrbotten.demo");
  await mainMenu(page).getByRole("link", { name: "Checklista" }).click();
  await expect(pageHeading(page)).toHaveText(OVERVIEW);
  await expect(page).toHaveTitle(`${OVERVIEW} – ${NORRBOTTEN} – Jämt`);
  await expect(
    page.getByText("självskattningar med checklistan ”Checklista för jämställdhetsintegrering”"),
  ).toBeVisible();
  const table = page.getByRole("table", { name: TABLE });
  await expect(table.locator("tbody tr")).toHaveCount(10);

  const sums = await sumsByOccasion(page);
  expect([sums.get("Uppstart"), sums.get("BM1"), sums.get("BM3"), sums.get("BM5")]).toEqual(["18", "18", "20", "24"]);

  // The rows are the ten items, number and text; half steps are written with a decimal comma.
  const second = table.getByRole("row", { name: new RegExp(`^2\\. ${SKR_CHECKLIST.items[1]?.text.sv}`) });
  const occasions = await table.locator("thead th.occasion-column a").allTextContents();
  await expect(second.getByRole("cell").nth(occasions.indexOf("BM5"))).toHaveText("2,5");
  await expect(table.locator("thead th").filter({ hasText: "BM5" })).toContainText("2020-02-11");

  // The scale's anchor texts are explained.
  const scale = page.getByRole("region", { name: "Skalan" });
  await expect(scale).toContainText("från 1 till 3 i steg om 0,5");
  await expect(scale).toContainText("Ej påbörjat / finns inte");
  await expect(scale).toContainText("Genomfört, det finns / vi gör");

  // The chart has a text alternative that names the table, and items can be hidden to keep it readable.
  const chart = page.getByRole("img", { name: new RegExp(`Alla värden finns i tabellen ${TABLE}`) });
  await expect(chart).toBeVisible();
  await expect(page.locator(".chart-drawing .recharts-line")).toHaveCount(10);
  // With every item hidden there are no empty axes, only a sentence that says why.
  await page.getByRole("button", { name: "Dölj alla punkter" }).click();
  await expect(page.locator(".chart-drawing")).toHaveCount(0);
  await expect(page.getByText("Inga punkter är valda, så det finns inget diagram att visa.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("checkbox", { name: /^Punkt 3/ }).check();
  await expect(page.locator(".chart-drawing .recharts-line")).toHaveCount(1);
  await expect(page.getByRole("img", { name: /hur punkt 3 har bedömts/ })).toBeVisible();
  await expectAccessible(page);

  // The same table as files.
  for (const [name, type] of [
    ["Ladda ner som Excel (XLSX)", "spreadsheetml"],
    ["Ladda ner som Word (.docx)", "wordprocessingml"],
    ["Ladda ner som PDF", "application/pdf"],
  ] as const) {
    const link = page.getByRole("link", { name });
    await expect(link).toHaveAttribute("href", new RegExp(`^/api/v1/organisations/${orgId}/assessments/export\\.`));
    const answer = await page.request.get((await link.getAttribute("href")) ?? "");
    expect(answer.status(), name).toBe(200);
    expect(answer.headers()["content-type"]).toContain(type);
  }
});

test("a strategist records an assessment item by item, sees the table and chart move, and puts a measure for the weakest item on the agenda", async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const occasion = `Uppföljning 2026 ${stamp}`;
  await logIn(page, "granskare@norrbotten.demo");
  await mainMenu(page).getByRole("link", { name: "Checklista" }).click();
  const before = await sumsByOccasion(page);

  await page.getByRole("link", { name: "Ny bedömning" }).click();
  await expect(pageHeading(page)).toHaveText("Ny bedömning");
  await expect(page.getByLabel("Datum")).toHaveValue(today());
  // The demo's latest typical occasion is BM5: the next one is suggested, not the missing BM2.
  await expect(page.getByLabel("Tillfälle")).toHaveValue("Resultatkonferens");
  await page.getByLabel("Tillfälle").fill(occasion);
  await page.getByRole("checkbox", { name: "Strateger" }).check();
  await page.getByRole("checkbox", { name: "Politiker" }).check();
  await page.getByLabel("Andra deltagare (frivilligt)").fill("HR, verksamhetsutvecklare");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Skapa bedömningen" }).click();

  await expect(pageHeading(page)).toHaveText(`Bedömning: ${occasion}`);
  await expect(pageHeading(page)).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: `Bedömningen ${occasion} är skapad` })).toBeVisible();
  await expect(page.locator(".assessment-facts")).toContainText("Politiker, Strateger, HR, verksamhetsutvecklare");
  const assessmentUrl = page.url();
  const assessmentId = assessmentUrl.split("/").pop() ?? "";
  // The previous occasion's score stands beside each item (BM5, unless an earlier run added one).
  const previous = [...before.keys()].pop() ?? "";
  await expect(itemRegion(page, 3)).toContainText(
    new RegExp(`Förra tillfället \\(${previous}, \\d{4}-\\d{2}-\\d{2}\\): 1,5\\.`),
  );
  // Nobody has saved an item yet: none claims to be.
  await expect(itemRegion(page, 1)).toContainText("Inte bedömd ännu");
  await expect(page.getByText(/Senast sparad/)).toHaveCount(0);
  await expectAccessible(page);

  // Nine items scored: the sum says it covers nine of ten; the tenth completes it.
  const scores = [3, 2.5, 1.5, 2, 2.5, 2, 3, 2.5, 2.5, 3];
  for (const [index, score] of scores.slice(0, 9).entries()) {
    await scoreRadio(itemRegion(page, index + 1), score).check();
  }
  await expect(page.locator("#live-sum")).toHaveText("21,5 (9 av 10 punkter)");
  await expect(page.getByText("Osparade ändringar i punkterna 1, 2, 3, 4, 5, 6, 7, 8, 9.")).toBeVisible();
  // The keyboard is enough: arrow keys move through the scale.
  await scoreRadio(itemRegion(page, 10), 2.5).focus();
  await page.keyboard.press("ArrowRight");
  await expect(scoreRadio(itemRegion(page, 10), 3)).toBeChecked();
  await expect(page.locator("#live-sum")).toHaveText("24,5");

  // The weakest item gets a comment, evidence with a link, and is saved by itself.
  const weakest = itemRegion(page, 3);
  await expect(weakest).toContainText("Ditt val är oförändrat.");
  await weakest.getByLabel("Kommentar").fill("Ansvaret för genomförandet är fortfarande otydligt.");
  await weakest.getByLabel("Belägg", { exact: true }).fill("Ledningsgruppens protokoll våren 2026.");
  await weakest.getByText("Lägg till en länk", { exact: true }).click();
  await weakest.getByRole("radio", { name: "En webbadress" }).check();
  await weakest.getByRole("textbox", { name: "Webbadress" }).fill("inte en adress");
  await weakest.getByRole("button", { name: "Lägg till länken" }).click();
  await expect(weakest.getByText("Skriv en hel webbadress")).toBeVisible();
  await expect(weakest.getByRole("textbox", { name: "Webbadress" })).toBeFocused();
  await weakest.getByRole("textbox", { name: "Webbadress" }).fill("https://www.norrbotten.se/styrning");
  await weakest.getByLabel("Länktext (frivilligt)").fill("Regionens styrmodell");
  await weakest.getByRole("button", { name: "Lägg till länken" }).click();
  await expect(weakest.locator(".evidence-links")).toContainText("Regionens styrmodell");
  await weakest.getByRole("button", { name: "Spara punkt 3" }).click();
  await expect(weakest.getByRole("status").filter({ hasText: /^Punkt 3 sparad kl\. \d\d:\d\d\.$/ })).toHaveCount(1);
  await expect(weakest).toContainText("Senast sparad av Greta Nilsson");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Spara alla ändrade punkter" }).click();
  await expect(page.getByText("Alla punkter är sparade.")).toBeFocused();

  // Somebody else saves item 4 meanwhile: saving it here shows their value and overwrites nothing.
  const analyst = await apiSession(playwright, baseURL, "analytiker@norrbotten.demo");
  const fresh = await apiCall<{ items: { no: number; revision: number }[] }>(
    analyst,
    "GET",
    `/assessments/${assessmentId}`,
  );
  const revision = fresh.items.find((item) => item.no === 4)?.revision ?? 0;
  await apiCall(analyst, "PUT", `/assessments/${assessmentId}/items/4`, {
    score: 3,
    comment: "Kompetensplanen är beslutad.",
    evidence: { text: "", links: [] },
    revision,
  });
  const fourth = itemRegion(page, 4);
  await scoreRadio(fourth, 2.5).check();
  await fourth.getByRole("button", { name: "Spara punkt 4" }).click();
  const conflict = fourth.getByRole("region", { name: "Någon annan har sparat punkt 4" });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole("heading")).toBeFocused();
  await expect(conflict.getByRole("alert")).toContainText("Någon annan har sparat punkt 4 under tiden");
  await expect(conflict).toContainText("Sparad av Amina Johansson");
  await expect(conflict).toContainText("Kompetensplanen är beslutad.");
  await expectAccessible(page);
  await conflict.getByRole("button", { name: "Använd den sparade versionen" }).click();
  await expect(conflict).toHaveCount(0);
  await expect(scoreRadio(fourth, 3)).toBeChecked();
  await expect(fourth.getByLabel("Kommentar")).toHaveValue("Kompetensplanen är beslutad.");
  await expect(page.locator("#live-sum")).toHaveText("25,5");
  await analyst.request.dispose();

  // The table has a new column with the new sum, and the chart reaches the new occasion.
  await page.getByRole("link", { name: "Till checklistan och självskattningen" }).click();
  await expect(pageHeading(page)).toHaveText(OVERVIEW);
  const after = await sumsByOccasion(page);
  expect(after.size).toBe(before.size + 1);
  expect(after.get(occasion)).toBe("25,5");
  await expect(page.getByRole("img", { name: new RegExp(`från Uppstart till ${occasion}`) })).toBeVisible();
  await expect(page.getByText(`Svagast vid ${occasion} var punkt 3.`)).toBeVisible();
  await expectAccessible(page);

  // From the weakest item, a measure for the improvement agenda.
  await page.getByRole("link", { name: occasion }).click();
  await expect(pageHeading(page)).toHaveText(`Bedömning: ${occasion}`);
  await itemRegion(page, 3).getByRole("link", { name: "Skapa åtgärd för punkt 3" }).click();
  await expect(pageHeading(page)).toHaveText("Förbättringsagenda");
  const agendaItem = itemRegion(page, 3);
  await expect(agendaItem).toContainText("Svagast");
  await expect(page.getByRole("region", { name: "Svagast vid senaste bedömningen" })).toContainText("Punkt 3 (1,5)");
  const title = `Tydliggör ansvaret för genomförandet ${stamp}`;
  await expect(agendaItem.getByLabel("Åtgärd", { exact: true })).toBeFocused();
  await agendaItem.getByRole("button", { name: "Lägg till åtgärden" }).click();
  await expect(agendaItem.getByRole("alert")).toContainText("Fyll i vad som ska göras.");
  await expect(agendaItem.getByLabel("Åtgärd", { exact: true })).toBeFocused();
  await expectAccessible(page);
  await agendaItem.getByLabel("Åtgärd", { exact: true }).fill(title);
  await agendaItem.getByLabel("Ansvarig").fill("Regiondirektören");
  // Due dates may lie years ahead, and the hint says so (unlike an occasion's date).
  await expect(agendaItem.getByLabel("Klart senast (frivilligt)")).toHaveAccessibleDescription(
    "Till exempel 2027-06-30. Datumet får ligga flera år fram i tiden.",
  );
  await agendaItem.getByLabel("Klart senast (frivilligt)").fill("2030-12-31");
  await agendaItem.getByLabel("Status").selectOption({ label: "Pågår" });
  await agendaItem.getByRole("button", { name: "Lägg till åtgärden" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `Åtgärden ”${title}” är tillagd för punkt 3.` }),
  ).toBeVisible();
  const measures = agendaItem.getByRole("table", { name: "Åtgärder för punkt 3" });
  const row = measures.getByRole("row", { name: new RegExp(title) });
  await expect(row).toContainText("Regiondirektören");
  await expect(row).toContainText("2030-12-31");
  await expect(row).toContainText("Pågår");
  await expect(agendaItem.getByRole("button", { name: "Ny åtgärd för punkt 3" })).toBeFocused();
  await expectAccessible(page);

  // Somebody else changes the measure while it is open here: the change is refused, and the agenda is read again.
  await row.getByRole("button", { name: `Ändra ${title}` }).click();
  const manager = await apiSession(playwright, baseURL, "chef@norrbotten.demo");
  const { measures: listed } = await apiCall<{ measures: { id: string; title: string; version: number }[] }>(
    manager,
    "GET",
    "/measures",
  );
  const measure = listed.find((m) => m.title === title);
  await apiCall(manager, "PATCH", `/measures/${measure?.id}`, { version: measure?.version, owner: "Regionstyrelsen" });
  await manager.request.dispose();
  await agendaItem.getByLabel("Status").selectOption({ label: "Genomförd" });
  await agendaItem.getByRole("button", { name: "Spara ändringen" }).click();
  await expect(agendaItem.getByRole("alert")).toContainText("Någon annan har ändrat åtgärden under tiden");
  await expectAccessible(page);
  await agendaItem.getByRole("button", { name: "Läs in agendan på nytt" }).click();
  const reread = itemRegion(page, 3).getByRole("row", { name: new RegExp(title) });
  await expect(reread).toContainText("Regionstyrelsen");

  // The measure is taken off the agenda again, after a question.
  await reread.getByRole("button", { name: `Ta bort ${title}` }).click();
  const question = itemRegion(page, 3).getByRole("region", { name: `Ta bort åtgärden ”${title}”?` });
  await expect(question.getByRole("heading")).toBeFocused();
  await expectAccessible(page);
  await question.getByRole("button", { name: "Avbryt" }).click();
  await expect(question).toHaveCount(0);
  await expect(reread.getByRole("button", { name: `Ta bort ${title}` })).toBeFocused();
  await reread.getByRole("button", { name: `Ta bort ${title}` }).click();
  await question.getByRole("button", { name: "Ja, ta bort åtgärden" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `Åtgärden ”${title}” är borttagen från punkt 3.` }),
  ).toBeVisible();
  await expect(itemRegion(page, 3).getByRole("row", { name: new RegExp(title) })).toHaveCount(0);
  await expect(itemRegion(page, 3).getByRole("button", { name: "Ny åtgärd för punkt 3" })).toBeFocused();
  await expectAccessible(page);
  const reader = await apiSession(playwright, baseURL, "chef@norrbotten.demo");
  const { measures: left } = await apiCall<{ measures: { title: string }[] }>(reader, "GET", "/measures");
  expect(left.map((m) => m.title)).not.toContain(title);
  await reader.request.dispose();
});

test("an elected member reads the table, the assessments and the agenda but has nothing to change", async ({
  page,
  playwright,
  baseURL,
}) => {
  // Other tests may have given the demo's elected member more roles: back to the demo's one role.
  const admin = await apiSession(playwright, baseURL, "admin@norrbotten.demo");
  const { members } = await apiCall<{ members: { userId: string; email: string }[] }>(admin, "GET", "/members");
  const elected = members.find((m) => m.email === "fortroendevald@norrbotten.demo");
  await apiCall(admin, "PUT", `/members/${elected?.userId}/roles`, { roles: ["elected_member"] });
  await admin.request.dispose();

  await logIn(page, "fortroendevald@norrbotten.demo");
  // The start page's card lists the checklist and the networks among what exists.
  const card = page.getByRole("region", { name: "Förtroendevald" });
  await expect(card.getByRole("link", { name: "Checklista – självskattning och förbättringsagenda" })).toBeVisible();
  await expect(card.getByRole("link", { name: /^Nätverk/ })).toBeVisible();
  await expect(card).not.toContainText("senare version");
  await mainMenu(page).getByRole("link", { name: "Checklista" }).click();
  await expect(pageHeading(page)).toHaveText(OVERVIEW);
  const sums = await sumsByOccasion(page);
  expect([sums.get("Uppstart"), sums.get("BM1"), sums.get("BM3"), sums.get("BM5")]).toEqual(["18", "18", "20", "24"]);
  await expect(page.getByRole("link", { name: "Ny bedömning" })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole("table", { name: TABLE }).getByRole("link", { name: "BM5" }).click();
  await expect(pageHeading(page)).toHaveText("Bedömning: BM5");
  await expect(page.getByRole("radio")).toHaveCount(0);
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Spara|Ta bort|Ändra/ })).toHaveCount(0);
  const third = itemRegion(page, 3);
  await expect(third).toContainText("1,5");
  await expect(third).toContainText("Ansvaret för att besluten genomförs blev otydligt efter omorganisationen.");
  await expect(third).toContainText("Förra tillfället");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Förbättringsagenda" }).click();
  await expect(pageHeading(page)).toHaveText("Förbättringsagenda");
  await expect(page.getByRole("button", { name: /Ny åtgärd|Ändra|Ta bort/ })).toHaveCount(0);
  await expectAccessible(page);

  // A new assessment is refused in words that name the roles there are.
  await page.goto(`/org/${new URL(page.url()).pathname.split("/")[2]}/checklista/ny`);
  await expect(pageHeading(page)).toHaveText("Ny bedömning");
  await expect(
    page.getByText(
      "Bara granskare (sakkunniga i jämställdhet), analytiker, chefer och administratörer kan registrera bedömningar.",
    ),
  ).toBeVisible();
  await expectAccessible(page);

  // The API agrees: reading is allowed, recording is not.
  const orgId = new URL(page.url()).pathname.split("/")[2] ?? "";
  expect((await page.request.get(`/api/v1/organisations/${orgId}/measures`)).status()).toBe(200);
  const { csrfToken } = (await (await page.request.get("/api/v1/auth/csrf")).json()) as { csrfToken: string };
  const refused = await page.request.post(`/api/v1/organisations/${orgId}/assessments`, {
    headers: { "x-csrf-token": csrfToken },
    data: { occasion: "Inte tillåtet", date: today(), participants: [] },
  });
  expect(refused.status()).toBe(403);
});

test("a duplicate occasion, a date too far ahead and an empty name are refused with Swedish messages", async ({
  page,
}) => {
  const orgId = await logIn(page, "granskare@norrbotten.demo");
  await page.goto(`/org/${orgId}/checklista/ny`);
  await expect(pageHeading(page)).toHaveText("Ny bedömning");
  const occasion = page.getByLabel("Tillfälle");
  const create = page.getByRole("button", { name: "Skapa bedömningen" });

  await occasion.fill("");
  await create.click();
  await expect(page.getByRole("alert")).toContainText("Fyll i tillfälle.");
  await expect(occasion).toBeFocused();
  await expectAccessible(page);

  // Occasion names are unique in the organisation whatever their case.
  await occasion.fill("bm1");
  await create.click();
  await expect(page.getByRole("alert")).toContainText(
    "Organisationen har redan en bedömning för tillfället ”BM1” med den här checklistan.",
  );
  await expect(occasion).toBeFocused();
  await expect(occasion).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  await occasion.fill(`Långt fram ${Date.now().toString(36)}`);
  await page.getByLabel("Datum").fill("2099-01-01");
  await create.click();
  await expect(page.getByRole("alert")).toContainText("Tillfället kan inte dateras mer än ett år framåt.");
  await expect(page.getByLabel("Datum")).toBeFocused();
  await expect(page).toHaveURL(/\/checklista\/ny$/);
  await expectAccessible(page);
});

test("an administrator adds a checklist of their own with a four-step scale, and makes a new version once it is in use", async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const name = `Barnrättschecklista ${stamp}`;
  await logIn(page, "admin@norrbotten.demo");
  await mainMenu(page).getByRole("link", { name: "Checklistor" }).click();
  await expect(pageHeading(page)).toHaveText("Checklistor");
  const builtIn = page.getByRole("row", { name: /Checklista för jämställdhetsintegrering/ });
  await expect(builtIn).toContainText("Inbyggd");
  await expect(builtIn.getByRole("button", { name: /Ändra|Skapa ny version/ })).toHaveCount(0);
  await builtIn.getByRole("button", { name: /^Visa/ }).click();
  await expect(page.getByRole("heading", { name: /Checklista för jämställdhetsintegrering, version 1/ })).toBeFocused();
  await expect(page.getByText("Den inbyggda checklistan kan inte ändras.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Stäng" }).click();

  await page.getByRole("button", { name: "Lägg till checklista" }).click();
  const form = page.getByRole("form", { name: "Lägg till checklista" });
  await expect(form.getByRole("heading", { name: "Lägg till checklista" })).toBeFocused();
  await form.getByLabel("Namn på svenska").fill(name);
  await form.getByLabel("Namn på engelska (frivilligt)").fill(`Children's rights checklist ${stamp}`);
  await form.getByLabel("Lägsta värde").fill("1");
  await form.getByLabel("Högsta värde").fill("4");
  await form.getByLabel("Steg", { exact: true }).fill("0,7");
  await form.getByLabel("Värde 1").fill("1");
  await form.getByLabel("Text 1 på svenska").fill("Ej påbörjat");
  await form.getByRole("button", { name: "Lägg till en text" }).click();
  await expect(form.getByLabel("Värde 2")).toBeFocused();
  await form.getByLabel("Värde 2").fill("4");
  await form.getByLabel("Text 2 på svenska").fill("Genomfört");
  await form.getByLabel("Punkt 1 på svenska").fill("Barnets bästa bedöms i beslut som rör barn.");
  await form.getByRole("button", { name: "Lägg till en punkt" }).click();
  await expect(form.getByLabel("Punkt 2 på svenska")).toBeFocused();
  await form.getByLabel("Punkt 2 på svenska").fill("Barn och unga får komma till tals i frågor som rör dem.");
  await form.getByRole("button", { name: "Lägg till en punkt" }).click();
  await expect(form.getByLabel("Punkt 3 på svenska")).toBeFocused();
  // The three inputs of the scale stand in line, whatever hint the step has.
  const tops = await Promise.all(
    [form.getByLabel("Lägsta värde"), form.getByLabel("Högsta värde"), form.getByLabel("Steg", { exact: true })].map(
      async (input) => Math.round((await input.boundingBox())?.y ?? -1),
    ),
  );
  expect(new Set(tops).size, `tops ${tops.join(", ")}`).toBe(1);
  // The preview says what is wrong with a scale typed in full.
  await expect(form.getByText("Steget 0,7 delar inte skalan från 1 till 4 jämnt.")).toBeVisible();

  // Every problem is named at once, before anything is sent; the empty third item row stays.
  await form.getByLabel("Namn på svenska").fill("");
  await form.getByLabel("Text 2 på svenska").fill("");
  await form.getByRole("button", { name: "Lägg till checklistan" }).click();
  const summary = form.getByRole("alert");
  await expect(summary).toContainText("Fyll i namnet på svenska.");
  await expect(summary).toContainText("Steget måste vara större än noll, dela skalan jämnt");
  await expect(summary).toContainText("Skriv texten på svenska.");
  await expect(form.getByLabel("Namn på svenska")).toBeFocused();
  await expect(form.getByLabel("Punkt 3 på svenska")).toHaveValue("");
  await expectAccessible(page);

  // Leaving with the form half written asks first; staying keeps everything.
  await mainMenu(page).getByRole("link", { name: "Checklista" }).click();
  const leave = page.getByRole("dialog", { name: "Lämna sidan utan att spara?" });
  await expect(leave).toContainText("Checklistan du har börjat skriva är inte sparad.");
  await expect(leave.getByRole("button", { name: "Stanna kvar" })).toBeFocused();
  await expectAccessible(page);
  await leave.getByRole("button", { name: "Stanna kvar" }).click();
  await expect(leave).toHaveCount(0);
  await expect(pageHeading(page)).toHaveText("Checklistor");
  await expect(form.getByLabel("Punkt 2 på svenska")).toHaveValue(
    "Barn och unga får komma till tals i frågor som rör dem.",
  );

  await form.getByLabel("Namn på svenska").fill(name);
  await form.getByLabel("Text 2 på svenska").fill("Genomfört");
  await form.getByLabel("Steg", { exact: true }).fill("1");
  await expect(form.getByText("Skalan har 4 värden: 1, 2, 3, 4.")).toBeVisible();
  await form.getByRole("button", { name: "Lägg till checklistan" }).click();

  await expect(page.getByRole("status").filter({ hasText: `Checklistan ”${name}” är tillagd.` })).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText("Egen");
  await expect(row).toContainText("1–4, steg 1");
  await expect(row.locator("td.numeric")).toHaveText("2");
  await expect(row).toContainText("Version 1 (används inte ännu)");
  await expect(page.getByRole("table", { name: "Organisationens checklistor" })).toBeVisible();
  await expect(page.getByText("Organisationens checklistor")).toHaveCount(1);
  await expectAccessible(page);

  // Someone assesses with it; the page has not noticed yet, so the API refuses the change and offers a new version.
  const admin = await apiSession(playwright, baseURL, "admin@norrbotten.demo");
  const { checklists } = (await (await admin.request.get("/api/v1/checklists")).json()) as {
    checklists: { id: string; latest: { definition: { name: { sv: string } } } }[];
  };
  const checklistId = checklists.find((c) => c.latest.definition.name.sv === name)?.id ?? "";
  await apiCall(admin, "POST", "/assessments", {
    checklistId,
    occasion: "Uppstart",
    date: today(),
    participants: ["strateger"],
  });
  await admin.request.dispose();
  await row.getByRole("button", { name: `Ändra version 1 ${name}` }).click();
  const edit = page.getByRole("form", { name: `Ändra ${name}, version 1` });
  await edit.getByLabel("Punkt 2 på svenska").fill("Barn och unga får komma till tals.");
  await edit.getByRole("button", { name: "Spara ändringarna" }).click();
  await expect(edit.getByRole("alert")).toContainText("används redan i bedömningar och kan inte ändras");
  await expectAccessible(page);
  await edit.getByRole("button", { name: "Skapa ny version" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Version 2 av ”${name}” är skapad.` })).toBeVisible();
  await expect(row).toContainText("Version 1 (används)");
  await expect(row).toContainText("Version 2 (används inte ännu)");

  // The new checklist is scored on its own four-step scale.
  await page.goto(`/org/${admin.orgId}/checklista?checklista=${checklistId}`);
  await expect(page.getByRole("region", { name: "Skalan" })).toContainText("från 1 till 4 i steg om 1");
  await page.getByRole("table", { name: TABLE }).getByRole("link", { name: "Uppstart" }).click();
  await expect(pageHeading(page)).toHaveText("Bedömning: Uppstart");
  await expect(scoreGroup(itemRegion(page, 1)).getByRole("radio")).toHaveCount(5);
  await expect(scoreRadio(itemRegion(page, 1), 4)).toHaveAccessibleName("4 Genomfört");
  await expectAccessible(page);
});

test("asks before unsaved scores or a measure are left behind, and leaves when told to", async ({ page }) => {
  const orgId = await logIn(page, "granskare@norrbotten.demo");
  await page.goto(`/org/${orgId}/checklista`);
  await page.getByRole("table", { name: TABLE }).getByRole("link", { name: "BM5" }).click();
  await expect(pageHeading(page)).toHaveText("Bedömning: BM5");
  const third = itemRegion(page, 3);
  await scoreRadio(third, 2).check();
  await third.getByLabel("Kommentar").fill("Ett utkast som inte är sparat.");

  // A menu link: the dialog asks, and staying keeps the score, the comment and the place.
  const cases = mainMenu(page).getByRole("link", { name: "Ärenden" });
  await cases.click();
  const leave = page.getByRole("dialog", { name: "Lämna sidan utan att spara?" });
  await expect(leave).toBeVisible();
  await expect(leave).toContainText("Osparad ändring i punkt 3. Om du lämnar sidan försvinner ändringarna.");
  await expect(leave.getByRole("button", { name: "Stanna kvar" })).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(leave).toHaveCount(0);
  await expect(cases).toBeFocused();
  await expect(pageHeading(page)).toHaveText("Bedömning: BM5");
  await expect(scoreRadio(third, 2)).toBeChecked();
  await expect(third.getByLabel("Kommentar")).toHaveValue("Ett utkast som inte är sparat.");

  // Asked again and told to leave: the page changes and nothing was saved.
  await cases.click();
  await leave.getByRole("button", { name: "Lämna sidan" }).click();
  await expect(pageHeading(page)).toHaveText("Ärenden");
  await page.goBack();
  await expect(pageHeading(page)).toHaveText("Bedömning: BM5");
  await expect(scoreRadio(itemRegion(page, 3), 1.5)).toBeChecked();
  await expect(itemRegion(page, 3).getByLabel("Kommentar")).not.toHaveValue("Ett utkast som inte är sparat.");

  // Nothing changed: nothing to ask.
  await page.getByRole("link", { name: "Förbättringsagenda" }).click();
  await expect(pageHeading(page)).toHaveText("Förbättringsagenda");

  // An open measure form that has been written in asks too; one left as opened does not.
  const first = itemRegion(page, 1);
  await first.getByRole("button", { name: "Ny åtgärd för punkt 1" }).click();
  await first.getByLabel("Åtgärd", { exact: true }).fill("Ett utkast till åtgärd");
  await mainMenu(page).getByRole("link", { name: "Checklista" }).click();
  await expect(leave).toContainText("Åtgärden du har börjat skriva är inte sparad.");
  await expectAccessible(page);
  await leave.getByRole("button", { name: "Stanna kvar" }).click();
  await expect(first.getByLabel("Åtgärd", { exact: true })).toHaveValue("Ett utkast till åtgärd");
  await first.getByLabel("Åtgärd", { exact: true }).fill("");
  await mainMenu(page).getByRole("link", { name: "Checklista" }).click();
  await expect(pageHeading(page)).toHaveText(OVERVIEW);
  await expect(leave).toHaveCount(0);
});

test("a new assessment suggests the typical occasion after the latest one, and none after Resultatkonferens", async ({
  page,
  playwright,
  baseURL,
}) => {
  const orgId = await logIn(page, "admin@norrbotten.demo");
  await page.goto(`/org/${orgId}/checklista/ny`);
  await expect(pageHeading(page)).toHaveText("Ny bedömning");
  // SKR's checklist in the demo ends at BM5 (BM2 and BM4 were never held): Resultatkonferens comes next.
  await expect(page.getByLabel("Tillfälle")).toHaveValue("Resultatkonferens");
  await expectAccessible(page);

  const admin = await apiSession(playwright, baseURL, "admin@norrbotten.demo");
  const stamp = Date.now().toString(36);
  const { id: checklistId } = await apiCall<{ id: string }>(admin, "POST", "/checklists", {
    definition: {
      name: { sv: `Tillfällenas checklista ${stamp}`, en: "" },
      scale: { min: 1, max: 3, step: 1 },
      anchors: [],
      items: [{ no: 1, text: { sv: "En punkt.", en: "" } }],
    },
  });
  const suggested = async () => {
    await page.goto(`/org/${orgId}/checklista/ny?checklista=${checklistId}`);
    await expect(pageHeading(page)).toHaveText("Ny bedömning");
    return page.getByLabel("Tillfälle");
  };
  await expect(await suggested()).toHaveValue("Uppstart");
  for (const occasion of ["Uppstart", "BM1", "BM3"]) {
    await apiCall(admin, "POST", "/assessments", { checklistId, occasion, date: "2021-03-01", participants: [] });
  }
  await expect(await suggested()).toHaveValue("BM4");
  await apiCall(admin, "POST", "/assessments", {
    checklistId,
    occasion: "Resultatkonferens",
    date: "2021-06-01",
    participants: [],
  });
  const field = await suggested();
  await expect(field).toHaveValue("");
  await expect(field).toHaveAccessibleDescription(/Redan bedömda: .*Resultatkonferens/);
  await expectAccessible(page);
  await admin.request.dispose();
});

test("on a narrow screen the table says it scrolls sideways and the assessment page does not", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const orgId = await logIn(page, "granskare@norrbotten.demo");
  await page.goto(`/org/${orgId}/checklista`);
  const region = page.getByRole("region", { name: TABLE });
  await expect(
    page.getByText("Tabellen är bredare än skärmen. Rulla i sidled för att se alla tillfällen."),
  ).toBeVisible();
  await expect(region).toHaveAttribute("tabindex", "0");
  await expect(region).toHaveAccessibleDescription(/Rulla i sidled/);
  await region.focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  await expectAccessible(page);

  await page.getByRole("table", { name: TABLE }).getByRole("link", { name: "BM5" }).click();
  await expect(pageHeading(page)).toHaveText("Bedömning: BM5");
  await expect(itemRegion(page, 10)).toBeVisible();
  const widths = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(widths[0], `page ${widths[0]} px wide in a ${widths[1]} px window`).toBeLessThanOrEqual(widths[1] ?? 0);
  await expectAccessible(page);
});
