import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { expectAccessible, logIn, mainMenu, NORRBOTTEN, pageHeading } from "./helpers.js";

/*
 * The statistics pages: an analyst imports an indicator file (a bad row stops the import until
 * it is left out), reads the sentence of the main difference, the charts and their tables, sees
 * a withheld figure as "..", downloads the figures and a chart; uploads an individual-level file
 * with identity numbers and breaks it down by sex; an elected member reads all of it without
 * any way to change it.
 */

const STAMP = Date.now().toString(36);
const INDICATOR = `Andel vaccinerade mot influensa ${STAMP}`;
const DATASET = `Vårdkontakter ${STAMP}`;

/**
 * An indicator file as an analyst writes it in Excel (semicolons, Swedish headers). Kiruna's
 * women in 2023 are 3 people: withheld. Line 4 has a sex that is not K, M or T.
 */
function indicatorCsv(): string {
  const rows = [
    "Indikator;Indikatornamn;År;Kommunkod;Kommun;Kön;Värde;Antal",
    `VACC-${STAMP};${INDICATOR};2021;2580;Luleå;K;66;380`,
    `VACC-${STAMP};${INDICATOR};2021;2580;Luleå;M;80;371`,
    `VACC-${STAMP};${INDICATOR};2021;2580;Luleå;X;73;751`,
    `VACC-${STAMP};${INDICATOR};2022;2580;Luleå;K;69;401`,
    `VACC-${STAMP};${INDICATOR};2022;2580;Luleå;M;84;390`,
    `VACC-${STAMP};${INDICATOR};2023;2580;Luleå;K;71;412`,
    `VACC-${STAMP};${INDICATOR};2023;2580;Luleå;M;86;398`,
    `VACC-${STAMP};${INDICATOR};2023;2580;Luleå;T;78,4;810`,
    `VACC-${STAMP};${INDICATOR};2023;2581;Piteå;K;74;150`,
    `VACC-${STAMP};${INDICATOR};2023;2581;Piteå;M;79;146`,
    `VACC-${STAMP};${INDICATOR};2023;2584;Kiruna;K;67;3`,
    `VACC-${STAMP};${INDICATOR};2023;2584;Kiruna;M;81;57`,
    `VACC-${STAMP};${INDICATOR};2023;2584;Kiruna;T;80;60`,
  ];
  return `${rows.join("\n")}\n`;
}

/** Skatteverket's test identity numbers (../shared/data): 24 women, 24 men, born 2000–2009. */
const WOMEN =
  "200811152388 200605302389 200903112381 200011172384 200505312389 200807112388 200211272380 200005232384 200001018928 200108082389 200705292381 200607212388 200503312381 200806302386 200803202381 200402272389 200307232389 200808122386 200003232386 200301122388 200506162387 200812192383 200203112388 200802292383".split(
    " ",
  );
const MEN =
  "200910052398 200408142396 200601052392 200601092398 200708172390 200101162394 200202212395 200604182394 200603092396 200710292392 200901022392 200802262394 200212152391 200705312395 200812262392 200610262396 200709012397 200012222394 200906122395 200409272390 200309282390 200101122398 200401152392 200812142412".split(
    " ",
  );
/** A number with a wrong check digit, on line 12 of the file (the header is line 1). */
const INVALID = "200001019999";
const INVALID_LINE = 12;

/** Care contacts: identity number, municipality and cost; women's costs lower than men's. */
function individualCsv(): string {
  const lines = ["personnummer;kommun;kostnad"];
  const people = WOMEN.flatMap((woman, index) => [
    { pnr: woman, cost: 2000 + index * 25 },
    { pnr: MEN[index] ?? "", cost: 2600 + index * 30 },
  ]);
  people.forEach((person, index) => {
    if (lines.length === INVALID_LINE - 1) lines.push(`${INVALID};Luleå;1500`);
    // Every third couple lives in Kiruna, the others in Luleå.
    lines.push(`${person.pnr};${Math.floor(index / 2) % 3 === 0 ? "Kiruna" : "Luleå"};${person.cost}`);
  });
  return `${lines.join("\n")}\n`;
}

async function openStatistics(page: Page): Promise<void> {
  await mainMenu(page).getByRole("link", { name: "Statistik", exact: true }).click();
  await expect(pageHeading(page)).toHaveText("Statistik");
}

test.describe.configure({ mode: "serial" });

test("an analyst imports an indicator file: the bad row stops it until it is left out, then the sentence, charts, tables, '..' and downloads", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const orgId = await logIn(page, "analytiker@norrbotten.demo");
  await openStatistics(page);
  await expect(page).toHaveTitle(`Statistik – ${NORRBOTTEN} – Jämt`);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Importera indikatorer" }).click();
  await expect(pageHeading(page)).toHaveText("Importera indikatorer");
  await expectAccessible(page);
  await page.getByLabel("Mått", { exact: true }).selectOption({ label: "Andel (procent)" });
  await page.getByLabel("Fil", { exact: true }).setInputFiles({
    name: "vaccination.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(indicatorCsv(), "utf8"),
  });

  // The guessed mapping, one select per field, and the preview with the rejected row.
  await expect(page.getByRole("table", { name: "De första 13 raderna av 13" })).toBeVisible();
  await expect(page.getByLabel("Indikator (krävs)")).toHaveValue("Indikator");
  await expect(page.getByLabel("Period (krävs)")).toHaveValue("År");
  await expect(page.getByLabel("Område (krävs)")).toHaveValue("Kommunkod");
  await expect(page.getByLabel("Kön", { exact: true })).toHaveValue("Kön");
  await expect(page.getByLabel("Antal", { exact: true })).toHaveValue("Antal");
  const rejected = page.getByRole("region", { name: "Avvisade rader" });
  await expect(rejected).toContainText("1 rad kan inte läsas.");
  await expect(rejected.getByRole("listitem")).toHaveText(/^Rad 4: Könet ”X” känns inte igen/);
  await expectAccessible(page);

  // Importing with the rejected row stores nothing.
  await page.getByRole("button", { name: "Importera", exact: true }).click();
  const result = page.getByRole("region", { name: "Resultat av importen" });
  await expect(result.getByRole("status")).toContainText("Ingenting har importerats: 1 rad avvisades.");
  await expect(result.getByRole("listitem")).toHaveText(/^Rad 4: /);
  await expect(result.getByRole("heading")).toBeFocused();
  const before = await page.request.get(`/api/v1/organisations/${orgId}/indicators`);
  expect(((await before.json()) as { indicators: { name: string }[] }).indicators.map((i) => i.name)).not.toContain(
    INDICATOR,
  );
  await expectAccessible(page);

  // Leaving the rejected row out imports the other twelve, in one go.
  await page.getByLabel("Importera de godkända raderna och hoppa över de avvisade").check();
  await page.getByRole("button", { name: "Importera", exact: true }).click();
  await expect(result.getByRole("status")).toContainText("12 värden har importerats.");
  await expectAccessible(page);
  await result.getByRole("link", { name: INDICATOR }).click();

  // The indicator: the sentence first, for the latest period and the first area with both figures shown.
  await expect(pageHeading(page)).toHaveText(INDICATOR);
  const sentence = page.getByRole("region", { name: "Den viktigaste skillnaden" });
  await expect(sentence).toContainText(/Kvinnor 71\s%, män 86\s%: skillnad 15 procentenheter\./);
  await expect(sentence).toContainText("Skillnaden är statistiskt säker.");
  await expect(sentence).toContainText("2023, Luleå");
  await expect(page.getByLabel("Period", { exact: true })).toHaveValue("2023");

  // Lines over time and bars by area, each with a text alternative and its table.
  await expect(page.getByRole("img", { name: /^Linjediagram: .* i Luleå, en linje för kvinnor/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Liggande stapeldiagram: .* per område 2023/ })).toBeVisible();
  const overTime = page.getByRole("table", { name: /kvinnor och män över tid: värden$/ });
  await expect(overTime.getByRole("row", { name: /^2021/ }).getByRole("cell").first()).toHaveText(/^66\s%$/);
  const byArea = page.getByRole("table", { name: /per område 2023: värden$/ });
  await expect(byArea.getByRole("columnheader")).toHaveText(["Område", "Kvinnor", "Män", "Totalt"]);
  // Kiruna's women are 3 people: the figure is "..", explained, and never drawn as 0.
  const kiruna = byArea.getByRole("row", { name: /^Kiruna/ });
  await expect(kiruna.getByRole("cell").first()).toContainText("..");
  await expect(kiruna.getByRole("cell").first()).not.toContainText("67");
  await expect(
    page.getByText(/\.\. betyder att uppgiften inte visas, eftersom den bygger på färre än 5 personer/).first(),
  ).toBeVisible();
  await expectAccessible(page);

  // Another area: the sentence follows the picker; a withheld figure is never described.
  await page.getByLabel("Område", { exact: true }).selectOption("2584");
  await expect(sentence).toContainText("bygger på för få personer och visas inte (..)");
  await expect(sentence).not.toContainText("67");
  await page.getByLabel("Område", { exact: true }).selectOption("2580");
  await expect(sentence).toContainText(/Kvinnor 71\s%, män 86\s%/);
  await page.getByLabel("Period", { exact: true }).selectOption("2022");
  await expect(sentence).toContainText(/Kvinnor 69\s%, män 84\s%: skillnad 15 procentenheter\./);
  await expect(sentence).toContainText("2022, Luleå");
  await expectAccessible(page);

  // The figures as CSV: withheld cells written "..".
  const csvLink = page.getByRole("link", { name: "Ladda ner som CSV" });
  const csv = await page.request.get((await csvLink.getAttribute("href")) ?? "");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const csvText = await csv.text();
  expect(csvText).toContain("..");
  expect(csvText).not.toMatch(/Kiruna[^\n]*;67[;\n]/);
  const xlsx = await page.request.get(
    (await page.getByRole("link", { name: "Ladda ner som Excel (XLSX)" }).getAttribute("href")) ?? "",
  );
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");

  // A chart as PNG and as SVG, named in Swedish after its title.
  const bars = page.getByRole("region", { name: "Per område" });
  const [png] = await Promise.all([
    page.waitForEvent("download"),
    bars.getByRole("button", { name: /^Ladda ner diagrammet som PNG/ }).click(),
  ]);
  expect(png.suggestedFilename()).toMatch(/^andel-vaccinerade-mot-influensa-.*-per-omrade-2022\.png$/);
  const pngBytes = await readFile((await png.path()) ?? "");
  expect(pngBytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  const [svg] = await Promise.all([
    page.waitForEvent("download"),
    bars.getByRole("button", { name: /^Ladda ner diagrammet som SVG/ }).click(),
  ]);
  expect(svg.suggestedFilename()).toMatch(/\.svg$/);
  const svgText = await readFile((await svg.path()) ?? "", "utf8");
  expect(svgText).toContain("<svg");
  expect(svgText).toContain("Kvinnor");
  expect(svgText).toContain("Luleå");

  // The analyst links the indicator to a national sub-goal.
  const edit = page.getByRole("region", { name: "Ändra indikatorn" });
  await edit.getByLabel("5. Jämställd hälsa").check();
  await edit.getByRole("button", { name: "Spara ändringarna" }).click();
  await expect(edit.getByRole("status")).toHaveText("Ändringarna är sparade.");
  await expect(page.getByRole("region", { name: "Om indikatorn" })).toContainText("5. Jämställd hälsa");
  await expectAccessible(page);
});

test("an analyst previews a saved answer from SCB and imports it as population figures", async ({ page }) => {
  await logIn(page, "analytiker@norrbotten.demo");
  await openStatistics(page);
  await page.getByRole("link", { name: "Importera indikatorer" }).click();
  await page.getByRole("radio", { name: "Befolkning (nämnare för antal per 1 000 invånare)" }).check();
  // The measure and unit belong to indicators, not to population figures.
  await expect(page.getByLabel("Mått", { exact: true })).toHaveCount(0);
  await page.getByLabel("Fil", { exact: true }).setInputFiles({
    name: "scb-befolkning.json",
    mimeType: "application/json",
    buffer: await readFile("../shared/data/scb_pxweb_v2_TAB6471_population_region_age_sex_month.jsonstat2.json"),
  });
  await expect(page.getByText("Filen är ett svar från SCB.")).toBeVisible();
  // No columns to map: the figures as SCB gives them, divided by sex.
  await expect(page.getByRole("group", { name: "Kolumner" })).toHaveCount(0);
  const preview = page.getByRole("table", { name: /^De första \d+ uppgifterna av \d+$/ });
  await expect(preview.getByRole("columnheader")).toHaveText([
    "Indikator",
    "Period",
    "Område",
    "Kön",
    "Åldersgrupp",
    "Värde",
    "Antal",
  ]);
  await expect(preview.getByRole("cell", { name: "Kvinnor" }).first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Importera", exact: true }).click();
  const result = page.getByRole("region", { name: "Resultat av importen" });
  await expect(result.getByRole("status")).toContainText(/\d+ värden har importerats\./);
  await openStatistics(page);
  await expect(page.getByRole("table", { name: "Befolkningsuppgifter" })).toBeVisible();
  await expectAccessible(page);
});

test("an analyst uploads an individual-level file with identity numbers and breaks it down by sex, with a chart", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await logIn(page, "analytiker@norrbotten.demo");
  await openStatistics(page);
  await page.getByRole("link", { name: "Individdata" }).click();
  await expect(pageHeading(page)).toHaveText("Individdata");
  await expectAccessible(page);

  await page.getByLabel("Fil", { exact: true }).setInputFiles({
    name: "vardkontakter.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(individualCsv(), "utf8"),
  });
  // The columns are read from the file's header; the identity column is recognised.
  await expect(page.getByLabel("Kolumn med personnummer", { exact: true })).toHaveValue("personnummer");
  await page.getByLabel("Namn på underlaget").fill(DATASET);
  await page.getByLabel("Åldern räknas per").fill("2025-12-31");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Ladda upp och läs in" }).click();

  const done = page.getByRole("heading", { name: `Filen ”${DATASET}” är inläst: 48 rader.` });
  await expect(done).toBeVisible({ timeout: 30_000 });
  await expect(done).toBeFocused();
  await expect(page.getByText("1 personnummer är ogiltigt.")).toBeVisible();
  await expect(page.getByText(`Rader med ogiltiga personnummer: ${INVALID_LINE}.`)).toBeVisible();
  await expect(page.getByText(INVALID)).toHaveCount(0);
  await expect(page.getByRole("table", { name: "Uppladdade filer med individdata" })).toContainText(DATASET);
  await expectAccessible(page);

  await page.getByRole("link", { name: `Dela upp ”${DATASET}”` }).click();
  await expect(pageHeading(page)).toHaveText(DATASET);
  await page.getByRole("checkbox", { name: "kommun" }).check();
  await page.getByLabel("Medelvärde och median av (frivilligt)").selectOption("kostnad");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Visa uppdelningen" }).click();

  const table = page.getByRole("table", { name: "Uppdelning efter kön" });
  await expect(table).toBeVisible({ timeout: 30_000 });
  await expect(table.getByRole("columnheader", { name: "Skillnad i medelvärde statistiskt säker" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Kvot kvinnor/män, medelvärde" })).toBeVisible();
  // The ratio women/men with its interval on the rows that have the gap.
  await expect(table.locator("tbody tr.sex-T").first()).toContainText(/0,\d+.*till/);
  await expect(table.getByRole("rowheader", { name: "Kvinnor" })).toHaveCount(2);
  await expect(table.getByRole("rowheader", { name: "Totalt" })).toHaveCount(2);
  await expect(
    page.getByRole("img", { name: /^Liggande stapeldiagram: medelvärdet av kostnad per grupp/ }),
  ).toBeVisible();
  await expect(page.locator(".chart-drawing .recharts-bar-rectangle").first()).toBeVisible();
  const csvHref = await page.getByRole("link", { name: "Ladda ner som CSV" }).getAttribute("href");
  const csv = await page.request.get(csvHref ?? "");
  expect(csv.status()).toBe(200);
  expect(await csv.text()).not.toContain(WOMEN[0] ?? "");
  await expectAccessible(page);

  // By age bands alone: a population pyramid.
  await page.getByRole("checkbox", { name: "kommun" }).uncheck();
  await page.getByLabel("Dela upp i åldersgrupper").check();
  await page.getByRole("button", { name: "Visa uppdelningen" }).click();
  await expect(page.getByRole("img", { name: /^Befolkningspyramid: / })).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page);
});

test("an elected member reads the statistics without any way to change them", async ({ page }) => {
  await logIn(page, "fortroendevald@norrbotten.demo");
  await openStatistics(page);
  await expect(page.getByRole("link", { name: "Importera indikatorer" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Inställningar" })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole("link", { name: INDICATOR }).click();
  await expect(pageHeading(page)).toHaveText(INDICATOR);
  await expect(page.getByRole("region", { name: "Den viktigaste skillnaden" })).toContainText(
    /Kvinnor 71\s%, män 86\s%/,
  );
  await expect(page.getByRole("region", { name: "Om indikatorn" })).toContainText("5. Jämställd hälsa");
  await expect(page.getByRole("heading", { name: "Ändra indikatorn" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Ta bort indikatorn" })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Till statistiken" }).click();
  await expect(page.getByRole("link", { name: "Individdata" })).toHaveCount(0);

  // Typed addresses lead to read-only pages, never to a form; individual-level data not at all.
  const orgPath = new URL(page.url()).pathname.replace(/\/statistik$/, "");
  await page.goto(`${orgPath}/statistik/dataset`);
  await expect(page.getByText("Individdata når bara analytiker och administratörer")).toBeVisible();
  await expect(page.getByRole("table", { name: "Uppladdade filer med individdata" })).toHaveCount(0);
  await expect(page.getByText(DATASET)).toHaveCount(0);
  await expectAccessible(page);
  await page.goto(`${orgPath}/statistik/importera`);
  await expect(page.getByText("Din roll ger inte behörighet till den här delen av statistiken.")).toBeVisible();
  await expect(page.getByLabel("Fil", { exact: true })).toHaveCount(0);
  await expectAccessible(page);
  await page.goto(`${orgPath}/statistik/installningar`);
  await expect(page.getByText("Bara administratörer kan ändra röjandeskydd och gränser.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Spara inställningarna" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Lägg till målet" })).toHaveCount(0);
  await expectAccessible(page);
});
