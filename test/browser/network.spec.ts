import { expect, type Page, test } from "@playwright/test";
import {
  apiCall,
  apiSession,
  expectAccessible,
  logIn,
  mainMenu,
  NORRBOTTEN,
  organisationIdOf,
  pageHeading,
  VASTERBOTTEN,
} from "./helpers.js";

const SKR = "SKR (demo)";
const GAVLEBORG = "Region Gävleborg (demo)";
const DEMO_ROUND = "Modellregioner 2018–2020";
const MENTOR_ROUND = "Jämställd styrning 2026–2027";
const BM5_NORRBOTTEN = [3, 2.5, 1.5, 2, 2.5, 2, 3, 2, 2.5, 3];

/** A pattern matching the text as it is (organisation names hold parentheses). */
const literal = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));

const decimal = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 2 });
/** A score, average or sum as the page writes it: "2,5", or the dash with its hidden words. */
const figure = (value: number | null) => (value === null ? "–uppgift saknas" : decimal.format(value));

interface ScopeComparison {
  readonly available: boolean;
  readonly organisations?: number;
  readonly averages?: readonly { average: number | null }[];
  readonly averageSum?: number | null;
  readonly reason?: string;
}

interface Comparison {
  readonly occasion: string | null;
  readonly own: { scores: (number | null)[]; sum: { sum: number } } | null;
  readonly group: ScopeComparison;
  readonly network: ScopeComparison;
  readonly shared: readonly { name: string; scores: (number | null)[]; comments: unknown[] | null }[];
}

/** Opens the demo round from the network page of the organisation the user is in. */
async function openRound(page: Page, orgId: string, name: string): Promise<string> {
  await page.goto(`/org/${orgId}/natverk`);
  await expect(pageHeading(page)).toHaveText("Nätverk");
  await page.getByRole("link", { name, exact: true }).click();
  await expect(pageHeading(page)).toHaveText(name);
  return new URL(page.url()).pathname.split("/").at(-1) ?? "";
}

/** The comparison's answer as the page's organisation gets it from the API. */
async function comparisonOf(page: Page, orgId: string, roundId: string, occasion: string): Promise<Comparison> {
  const answer = await page.request.get(
    `/api/v1/organisations/${orgId}/network-rounds/${roundId}/comparison?${new URLSearchParams({ occasion })}`,
  );
  expect(answer.ok()).toBe(true);
  return (await answer.json()) as Comparison;
}

/**
 * The chart's legend is a list of the series' names, its shapes hidden from assistive
 * technology (recharts' own legend calls each shape "… legend icon", in English).
 */
async function expectLegend(page: Page, figureName: RegExp | string, names: readonly string[]): Promise<void> {
  const legend = page.getByRole("figure", { name: figureName }).locator(".chart-legend");
  await expect(legend.getByRole("listitem")).toHaveText([...names]);
  await expect(legend.locator("svg:not([aria-hidden='true'])")).toHaveCount(0);
  await expect(page.locator("[aria-label*='legend icon']")).toHaveCount(0);
}

async function chooseOccasion(page: Page, occasion: string): Promise<void> {
  await page.getByLabel("Tillfälle", { exact: true }).selectOption(occasion);
  await page.getByRole("button", { name: "Visa", exact: true }).click();
  await expect(page.getByRole("heading", { name: `Tillfälle: ${occasion}` })).toBeVisible();
}

test("the coordinator follows the demo round, then starts a round, groups its members and holds a learning meeting", async ({
  page,
  browser,
}) => {
  const stamp = Date.now().toString(36);
  const roundName = `Testomgång ${stamp}`;
  const groupName = `Grupp Test ${stamp}`;
  await logIn(page, "koordinator@norrbotten.demo");
  await page.getByLabel("Organisation", { exact: true }).selectOption({ label: SKR });
  await page.getByRole("button", { name: "Byt organisation" }).click();
  await expect(pageHeading(page)).toHaveText(SKR);
  const skrId = organisationIdOf(page);
  // A network organiser has no cases or checklist of its own: its menu leads to the networks.
  await expect(mainMenu(page).getByRole("link", { name: "Ärenden" })).toHaveCount(0);
  await expect(mainMenu(page).getByRole("link", { name: "Checklista" })).toHaveCount(0);

  await mainMenu(page).getByRole("link", { name: "Nätverk" }).click();
  await expect(pageHeading(page)).toHaveText("Nätverk");
  await expect(page).toHaveTitle(`Nätverk – ${SKR} – Jämt`);
  const demoRow = page.getByRole("row").filter({ has: page.getByRole("link", { name: DEMO_ROUND }) });
  await expect(demoRow).toContainText("1 september 2018");
  await expect(demoRow).toContainText("29 februari 2020");
  await expect(demoRow).toContainText("Koordinator");
  await expectAccessible(page);

  // The demo round: its group of three, its learning meetings and its movement.
  await demoRow.getByRole("link", { name: DEMO_ROUND }).click();
  await expect(pageHeading(page)).toHaveText(DEMO_ROUND);
  await expect(page).toHaveTitle(`${DEMO_ROUND} – ${SKR} – Jämt`);
  const demoRoundId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
  const north = page.getByRole("article", { name: "Grupp Nord" });
  await expect(north.getByRole("listitem")).toHaveText([GAVLEBORG, NORRBOTTEN, VASTERBOTTEN]);
  const meetings = page.getByRole("region", { name: "Lärandeträffar" });
  await expect(meetings.locator(".learning-meeting")).toHaveCount(5);
  await expect(meetings.getByRole("heading", { name: /System för styrning och ledning$/ })).toBeVisible();
  await expect(meetings.getByRole("heading", { name: /Kultur och hållbart förbättringsarbete$/ })).toBeVisible();

  const movement = (await (
    await page.request.get(`/api/v1/organisations/${skrId}/network-rounds/${demoRoundId}/movement`)
  ).json()) as {
    occasions: { occasion: string; recorded: number; averageSum: number | null; organisations: { name: string }[] }[];
  };
  // Only occasions dated within the round: Västerbotten's "Uppstart 2026" belongs to the later round.
  expect(movement.occasions.map((o) => o.occasion)).toEqual(["Uppstart", "BM1", "BM3", "BM5"]);
  // Only Gävleborg shares with the whole network: it alone has figures; everyone counts as recorded.
  expect(movement.occasions.every((o) => o.organisations.every((entry) => entry.name === GAVLEBORG))).toBe(true);
  await expect(page.getByRole("figure", { name: "Summa per tillfälle" })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Linjediagram/ })).toBeVisible();
  await expectLegend(page, "Summa per tillfälle", ["Medelsumma (delar med nätverket)", GAVLEBORG]);
  const movementTable = page.getByRole("table", { name: "Omgångens utveckling per tillfälle" });
  await expect(movementTable.locator("thead th")).toHaveText([
    "Tillfälle",
    "Antal som har skattat",
    "Medelsumma (delar med nätverket)",
    `Summa för ${GAVLEBORG}`,
  ]);
  const rows = movementTable.locator("tbody tr");
  await expect(rows).toHaveCount(movement.occasions.length);
  for (const [index, occasion] of movement.occasions.entries()) {
    const cells = rows.nth(index).locator("th, td");
    await expect(cells.nth(0)).toHaveText(occasion.occasion);
    await expect(cells.nth(1)).toHaveText(figure(occasion.recorded));
    await expect(cells.nth(2)).toHaveText(figure(occasion.averageSum));
  }
  await expectAccessible(page);

  // A new round: nothing is sent until the form is filled in, and the end follows the start.
  await page.getByRole("link", { name: "Alla nätverksomgångar" }).click();
  await expect(pageHeading(page)).toHaveText("Nätverk");
  const newRound = page.getByRole("form", { name: "Ny nätverksomgång" });
  await newRound.getByRole("button", { name: "Skapa omgång" }).click();
  await expect(newRound.getByRole("alert")).toContainText("Skriv ett namn på omgången.");
  await expect(newRound.getByRole("alert")).toContainText("Fyll i omgångens startdatum.");
  await expect(newRound.getByLabel("Namn på omgången")).toBeFocused();
  await expectAccessible(page);
  await newRound.getByLabel("Namn på omgången").fill(roundName);
  // It overlaps the demo round, so no demo region has finished a round before it starts.
  await newRound.getByLabel("Startdatum").fill("2020-01-01");
  await expect(newRound.getByLabel("Slutdatum")).toHaveValue("2021-06-30");
  await expect(newRound.getByLabel("Checklista")).not.toHaveValue("");
  await newRound.getByRole("button", { name: "Skapa omgång" }).click();
  await expect(pageHeading(page)).toHaveText(roundName);
  await expect(pageHeading(page)).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "är skapad" })).toHaveText(
    `Omgången ”${roundName}” är skapad. Bjud in organisationer och dela in dem i grupper.`,
  );
  await expect(page.getByText("Omgången har inga grupper än.")).toBeVisible();
  await expectAccessible(page);

  // A group, one member invited straight into it and one placed afterwards.
  await page.getByLabel("Gruppens namn").fill(groupName);
  await page.getByRole("button", { name: "Skapa grupp" }).click();
  await expect(page.getByText(`Gruppen ”${groupName}” är skapad.`)).toBeVisible();
  // A second group of the same name is refused; the error goes when the name is edited…
  const newGroup = page.getByRole("form", { name: "Ny grupp" });
  const duplicate = `Det finns redan en grupp som heter ”${groupName}” i omgången.`;
  await newGroup.getByLabel("Gruppens namn").fill(groupName);
  await newGroup.getByRole("button", { name: "Skapa grupp" }).click();
  await expect(newGroup.getByRole("alert")).toHaveText(duplicate);
  await expect(newGroup.getByLabel("Gruppens namn")).toBeFocused();
  await expect(newGroup.getByLabel("Gruppens namn")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  await newGroup.getByLabel("Gruppens namn").press("End");
  await newGroup.getByLabel("Gruppens namn").pressSequentially(" B");
  await expect(newGroup.getByRole("alert")).toHaveCount(0);
  await expect(newGroup.getByLabel("Gruppens namn")).not.toHaveAttribute("aria-invalid");
  // … and when something else on the page succeeds, not when something else fails.
  await newGroup.getByLabel("Gruppens namn").fill(groupName);
  await newGroup.getByRole("button", { name: "Skapa grupp" }).click();
  await expect(newGroup.getByRole("alert")).toHaveText(duplicate);
  const invite = page.getByRole("form", { name: "Bjud in organisation" });
  await invite.getByRole("button", { name: "Bjud in" }).click();
  await expect(invite.getByRole("alert")).toContainText("Välj vilken organisation du bjuder in.");
  await expect(invite.getByLabel("Organisation")).toBeFocused();
  await expect(newGroup.getByRole("alert")).toHaveText(duplicate);
  await expectAccessible(page);
  await invite.getByLabel("Organisation").selectOption({ label: VASTERBOTTEN });
  await expect(invite.getByRole("alert")).toHaveCount(0);
  await invite.getByLabel("Grupp").selectOption({ label: `${groupName} (0 organisationer)` });
  await invite.getByRole("button", { name: "Bjud in" }).click();
  await expect(page.getByText(`${VASTERBOTTEN} deltar nu i omgången, i ${groupName}.`)).toBeVisible();
  await expect(newGroup.getByRole("alert")).toHaveCount(0);
  await expect(newGroup.getByLabel("Gruppens namn")).not.toHaveAttribute("aria-invalid");
  await expect(page.getByRole("alert")).toHaveCount(0);
  await invite.getByLabel("Organisation").selectOption({ label: GAVLEBORG });
  await invite.getByLabel("Grupp").selectOption({ label: "Ingen grupp" });
  await invite.getByRole("button", { name: "Bjud in" }).click();
  await expect(page.getByText(`${GAVLEBORG} deltar nu i omgången.`)).toBeVisible();
  await expect(page.getByText(`1 organisation är inte placerad i någon grupp: ${GAVLEBORG}.`)).toBeVisible();
  const place = page.getByRole("form", { name: "Placera i grupp" });
  await place.getByLabel("Organisation").selectOption({ label: GAVLEBORG });
  await place.getByLabel("Grupp").selectOption({ label: `${groupName} (1 organisation)` });
  await place.getByRole("button", { name: "Placera" }).click();
  await expect(page.getByText(`${GAVLEBORG} är nu med i ${groupName}.`)).toBeVisible();
  await expect(page.getByRole("article", { name: groupName }).getByRole("listitem")).toHaveText([
    GAVLEBORG,
    VASTERBOTTEN,
  ]);
  const members = page.getByRole("table", { name: "Deltagande organisationer" });
  await expect(members.getByRole("row", { name: literal(VASTERBOTTEN) })).toContainText(groupName);
  await expect(members.getByRole("row", { name: literal(VASTERBOTTEN) })).toContainText("Ingen");
  await expectAccessible(page);

  // A learning meeting: a date outside the round is refused with the API's message, on the field.
  const meetingForm = page.getByRole("form", { name: "Ny lärandeträff" });
  await meetingForm.getByLabel("Datum").fill("2030-01-15");
  await meetingForm.getByRole("radio", { name: "Kommunikation" }).check();
  await meetingForm.getByRole("button", { name: "Lägg in lärandeträff" }).click();
  await expect(meetingForm.getByRole("alert")).toContainText("Lärandeträffen måste ligga inom omgången");
  await expect(meetingForm.getByLabel("Datum")).toBeFocused();
  await expectAccessible(page);
  await meetingForm.getByLabel("Datum").fill("2020-05-12");
  await expect(meetingForm.getByRole("alert")).toHaveCount(0);
  await meetingForm.getByRole("checkbox", { name: VASTERBOTTEN }).check();
  await meetingForm.getByLabel(`Roller från ${VASTERBOTTEN}`).fill("jämställdhetsstrateg, kommunikatör");
  await meetingForm.getByLabel("Anteckningar").fill(`Hur berättar vi om resultaten? ${stamp}`);
  await meetingForm.getByRole("button", { name: "Lägg in lärandeträff" }).click();
  await expect(page.getByText("Lärandeträffen den 12 maj 2020 om Kommunikation är inlagd.")).toBeVisible();
  const meeting = page.getByRole("article", { name: "12 maj 2020: Kommunikation" });
  await expect(meeting).toContainText(`${VASTERBOTTEN}: jämställdhetsstrateg, kommunikatör`);
  await expect(meeting).toContainText(`Hur berättar vi om resultaten? ${stamp}`);
  await expect(meetingForm.getByLabel("Datum")).toHaveValue("");
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expectAccessible(page);

  // The coordinator adds to the notes afterwards; the form opens with what was recorded.
  await meeting.getByRole("button", { name: "Ändra lärandeträffen 12 maj 2020: Kommunikation" }).click();
  const editForm = meeting.getByRole("form", { name: "Ändra lärandeträffen" });
  await expect(editForm.getByRole("radio", { name: "Kommunikation" })).toBeChecked();
  await expect(editForm.getByLabel(`Roller från ${VASTERBOTTEN}`)).toHaveValue("jämställdhetsstrateg, kommunikatör");
  await expectAccessible(page);
  await editForm.getByLabel("Anteckningar").fill(`Hur berättar vi om resultaten? ${stamp} Nästa gång: Gävleborg.`);
  await editForm.getByRole("button", { name: "Spara ändringarna" }).click();
  await expect(page.getByText("Lärandeträffen den 12 maj 2020 om Kommunikation är ändrad.")).toBeVisible();
  await expect(meeting).toContainText("Nästa gång: Gävleborg.");
  await expect(meeting.getByRole("button", { name: /^Ändra lärandeträffen/ })).toBeFocused();

  // A mentor must have finished an earlier round before this one starts: the API says why not.
  const mentorForm = page.getByRole("form", { name: "Lägg till mentor" });
  await mentorForm.getByLabel("Organisation").selectOption({ label: NORRBOTTEN });
  await mentorForm.getByRole("checkbox", { name: "Kommunikation", exact: true }).check();
  await mentorForm.getByRole("button", { name: "Lägg till mentor" }).click();
  await expect(mentorForm.getByRole("alert")).toContainText(`${NORRBOTTEN} kan inte bli mentor`);
  await expect(mentorForm.getByLabel("Organisation")).toBeFocused();
  await expect(page.getByText("Omgången har inga mentorer.")).toBeVisible();
  await expectAccessible(page);

  // The later demo round shows its mentor with the theme it supports.
  const mentorRoundId = await openRound(page, skrId, MENTOR_ROUND);
  const mentors = page.getByRole("table", { name: "Mentorer" });
  await expect(mentors.getByRole("row", { name: literal(NORRBOTTEN) })).toContainText(
    "System för styrning och ledning",
  );
  // Its members have assessed its start but share with no one: counts, and no empty chart.
  const laterMovement = (await (
    await page.request.get(`/api/v1/organisations/${skrId}/network-rounds/${mentorRoundId}/movement`)
  ).json()) as { occasions: { occasion: string; recorded: number; averageSum: number | null }[] };
  expect(laterMovement.occasions).toEqual([
    { occasion: "Uppstart 2026", recorded: 2, averageSum: null, organisations: [] },
  ]);
  const laterSection = page.getByRole("region", { name: "Omgångens utveckling" });
  await expect(laterSection).toContainText(
    "Inga skattningar att visa ännu: ingen av deltagarna som har skattat sig delar sina skattningar med hela nätverket.",
  );
  await expect(laterSection.getByRole("listitem")).toHaveText(["Uppstart 2026: 2 deltagare har skattat sig."]);
  await expect(laterSection.getByRole("figure")).toHaveCount(0);
  await expect(laterSection.getByRole("table")).toHaveCount(0);
  await expectAccessible(page);

  // The invited member finds the round, its group, and writes its lesson from the meeting.
  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  const vasterbottenId = await logIn(member, "admin@vasterbotten.demo");
  await member.goto(`/org/${vasterbottenId}/natverk`);
  const ownRow = member.getByRole("row").filter({ has: member.getByRole("link", { name: roundName }) });
  await expect(ownRow).toContainText("Deltagare");
  await expect(ownRow).toContainText(groupName);
  await ownRow.getByRole("link", { name: roundName }).click();
  await expect(pageHeading(member)).toHaveText(roundName);
  await expect(member.getByText(`Er organisation är med i ${groupName}.`)).toBeVisible();
  await expect(member.getByRole("region", { name: "Er grupp" }).getByRole("listitem")).toHaveText([GAVLEBORG]);
  const memberMeeting = member.getByRole("article", { name: "12 maj 2020: Kommunikation" });
  await memberMeeting.getByRole("button", { name: /^Spara lärdom/ }).click();
  await expect(memberMeeting.getByRole("alert")).toContainText("Skriv er lärdom.");
  await expect(memberMeeting.getByLabel("Er lärdom")).toBeFocused();
  await expectAccessible(member);
  await memberMeeting.getByLabel("Er lärdom").fill(`Resultaten ska ut till verksamheterna ${stamp}.`);
  await memberMeeting.getByRole("button", { name: /^Spara lärdom/ }).click();
  await expect(member.getByText("Er lärdom från 12 maj 2020: Kommunikation är sparad.")).toBeVisible();
  await expect(memberMeeting.locator(".lessons")).toContainText(
    `${VASTERBOTTEN}: Resultaten ska ut till verksamheterna ${stamp}.`,
  );
  await expectAccessible(member);
  await memberContext.close();
});

test("a member of the same group sees Norrbotten's figures in the group comparison but never its comments", async ({
  page,
  playwright,
  baseURL,
}) => {
  const secret = `Intern anteckning från Norrbotten ${Date.now().toString(36)}`;
  // Norrbotten's strategist writes a comment on item 3 of its BM5 assessment.
  const reviewer = await apiSession(playwright, baseURL, "granskare@norrbotten.demo", NORRBOTTEN);
  const { table } = await apiCall<{ table: { columns: { id: string; occasion: string }[] } }>(
    reviewer,
    "GET",
    "/assessments",
  );
  const bm5 = table.columns.find((column) => column.occasion === "BM5");
  expect(bm5, "Norrbotten has a BM5 assessment").toBeDefined();
  type Item = { no: number; score: number | null; comment: string; evidence: unknown; revision: number };
  const assessment = await apiCall<{ items: Item[] }>(reviewer, "GET", `/assessments/${bm5?.id}`);
  const before = assessment.items.find((item) => item.no === 3);
  if (!before) throw new Error("BM5 has no item 3");
  const written = await apiCall<Item>(reviewer, "PUT", `/assessments/${bm5?.id}/items/3`, {
    score: before.score,
    comment: secret,
    evidence: before.evidence,
    revision: before.revision,
  });

  try {
    const orgId = await logIn(page, "admin@vasterbotten.demo");
    const roundId = await openRound(page, orgId, DEMO_ROUND);
    await expect(page.getByRole("region", { name: "Er grupp" }).getByRole("listitem")).toHaveText([
      GAVLEBORG,
      NORRBOTTEN,
    ]);
    await chooseOccasion(page, "BM5");
    await expect(page).toHaveURL(/tillfalle=BM5/);
    const expected = await comparisonOf(page, orgId, roundId, "BM5");
    expect(JSON.stringify(expected)).not.toContain(secret);
    expect(expected.group.available).toBe(true);
    expect(expected.group.organisations).toBe(3);

    const comparison = page.getByRole("region", { name: "Jämförelse" });
    await expect(comparison).toContainText("Gruppens medelvärde bygger på 3 organisationer som delar.");
    await expect(comparison).toContainText("Ingen jämförelse: er organisation delar inte med hela nätverket.");
    await expect(page.getByRole("img", { name: /^Stapeldiagram.*Poängskalan går från 1 till 3\.$/ })).toBeVisible();
    // The bars stand on 0, the axis names the scale and only its points.
    const chart = page.getByRole("figure", { name: "Era poäng och medelvärdena per punkt, BM5" });
    await expect(chart.locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value")).toHaveText([
      "1",
      "2",
      "3",
    ]);
    await expect(chart.locator("text.recharts-label")).toHaveText(["Punkt", "Poäng (skala 1–3)"]);
    await expectLegend(page, "Era poäng och medelvärdena per punkt, BM5", ["Era poäng", "Gruppens medelvärde"]);
    const table = comparison.getByRole("table", { name: "Jämförelse per punkt, BM5" });
    await expect(table.locator("thead th")).toHaveText(["Punkt", "Era poäng", "Gruppens medelvärde"]);
    const rows = table.locator("tbody tr");
    await expect(rows).toHaveCount(10);
    for (const [index, entry] of (expected.group.averages ?? []).entries()) {
      await expect(rows.nth(index).locator("td").nth(0)).toHaveText(figure(expected.own?.scores[index] ?? null));
      await expect(rows.nth(index).locator("td").nth(1)).toHaveText(figure(entry.average));
    }
    await expect(table.locator("tfoot td").nth(1)).toHaveText(figure(expected.group.averageSum ?? null));

    // Norrbotten shares its scores with the group, without comments: its figures, not its words.
    const norrbotten = comparison.getByRole("article", { name: NORRBOTTEN });
    await expect(norrbotten).toContainText("Delar poängen, inte kommentarer och underlag.");
    await expect(norrbotten.locator("thead th")).toHaveText(["Punkt", "Poäng"]);
    await expect(norrbotten.locator("tbody td")).toHaveText(BM5_NORRBOTTEN.map(figure));
    await expect(norrbotten.locator("tfoot td")).toHaveText("24");
    // Gävleborg shares with comments, so its columns are there.
    const gavleborg = comparison.getByRole("article", { name: GAVLEBORG });
    await expect(gavleborg.locator("thead th")).toHaveText(["Punkt", "Poäng", "Kommentar", "Underlag"]);
    const consented = expected.shared.find((entry) => entry.name === GAVLEBORG)?.comments?.[0] as
      | { comment: string }
      | undefined;
    expect(consented?.comment, "Gävleborg's demo BM5 has a comment").toBeTruthy();
    await expect(gavleborg).toContainText(consented?.comment ?? "");
    await expect(page.getByText(secret)).toHaveCount(0);
    expect(await page.content()).not.toContain(secret);
    await expectAccessible(page);
  } finally {
    await apiCall(reviewer, "PUT", `/assessments/${bm5?.id}/items/3`, {
      score: before.score,
      comment: before.comment,
      evidence: before.evidence,
      revision: written.revision,
    });
    await reviewer.request.dispose();
  }
});

test("a member that stops sharing loses the comparison (give to get) and gets it back when it shares again", async ({
  page,
}) => {
  const orgId = await logIn(page, "admin@vasterbotten.demo");
  const roundId = await openRound(page, orgId, DEMO_ROUND);
  const sharing = page.getByRole("region", { name: "Delning av era skattningar" });
  const comparison = page.getByRole("region", { name: "Jämförelse" });
  await expect(sharing.getByRole("radio", { name: "Er grupp" })).toBeChecked();
  await expect(sharing.getByRole("checkbox", { name: "Dela även kommentarer och underlag" })).not.toBeChecked();
  await expect(sharing.getByRole("radio", { name: "Ingen" })).toHaveAccessibleDescription(
    /Bara er egen organisation ser era skattningar/,
  );
  await chooseOccasion(page, "BM5");
  await expect(comparison.getByRole("article", { name: NORRBOTTEN })).toBeVisible();
  await expectAccessible(page);

  try {
    await sharing.getByRole("radio", { name: "Ingen" }).check();
    await expect(sharing.getByRole("checkbox", { name: "Dela även kommentarer och underlag" })).toBeDisabled();
    await sharing.getByRole("button", { name: "Spara delning" }).click();
    await expect(page.getByText("Delningen är sparad: ni delar inte era skattningar med någon.")).toBeVisible();
    await expect(sharing).toContainText("Ni delar nu med: Ingen");
    await expect(comparison).toContainText("Ingen jämförelse: er organisation delar inte med gruppen.");
    await expect(comparison.getByRole("article", { name: NORRBOTTEN })).toHaveCount(0);
    await expect(comparison.getByText("Ingen annan organisation delar en skattning för BM5 med er.")).toBeVisible();
    await expect(comparison.getByRole("table", { name: "Jämförelse per punkt, BM5" }).locator("thead th")).toHaveText([
      "Punkt",
      "Era poäng",
    ]);
    const answer = await comparisonOf(page, orgId, roundId, "BM5");
    expect(answer.group).toEqual({ available: false, reason: "not_sharing" });
    expect(answer.shared).toEqual([]);
    await expectAccessible(page);
  } finally {
    // Restore the demo's consent: the group, without comments.
    await sharing.getByRole("radio", { name: "Er grupp" }).check();
    await sharing.getByRole("checkbox", { name: "Dela även kommentarer och underlag" }).uncheck();
    await sharing.getByRole("button", { name: "Spara delning" }).click();
    await expect(
      page.getByText("Delningen är sparad: ni delar med gruppen, utan kommentarer och underlag."),
    ).toBeVisible();
  }
  await expect(comparison).toContainText("Gruppens medelvärde bygger på 3 organisationer som delar.");
  await expect(comparison.getByRole("article", { name: NORRBOTTEN })).toBeVisible();
  await expectAccessible(page);
});

test("a member that shares but is alone with its figures is told that no other organisation has any yet", async ({
  page,
}) => {
  // In the later round Västerbotten and Gävleborg have assessed "Uppstart 2026" and share with no one.
  const orgId = await logIn(page, "admin@vasterbotten.demo");
  const roundId = await openRound(page, orgId, MENTOR_ROUND);
  const sharing = page.getByRole("region", { name: "Delning av era skattningar" });
  const comparison = page.getByRole("region", { name: "Jämförelse" });
  await expect(sharing.getByRole("radio", { name: "Ingen" })).toBeChecked();
  await expect(comparison.getByRole("heading", { name: "Tillfälle: Uppstart 2026" })).toBeVisible();
  // Only the own scores: the chart says so rather than promising averages.
  await expect(comparison.getByRole("figure", { name: "Era poäng per punkt, Uppstart 2026" })).toBeVisible();
  await expect(comparison.getByRole("img", { name: /^Stapeldiagram med era poäng för varje punkt/ })).toBeVisible();
  await expectAccessible(page);

  try {
    await sharing.getByRole("radio", { name: "Hela nätverket" }).check();
    await sharing.getByRole("button", { name: "Spara delning" }).click();
    await expect(page.getByText("Delningen är sparad: ni delar med hela nätverket")).toBeVisible();
    const answer = await comparisonOf(page, orgId, roundId, "Uppstart 2026");
    expect(answer.group).toEqual({ available: false, reason: "no_data" });
    expect(answer.network).toEqual({ available: false, reason: "no_data" });
    await expect(comparison.locator(".comparison-notes > li")).toHaveText([
      "Ingen jämförelse med gruppen: ingen annan organisation i gruppen som delar med er har en skattning för Uppstart 2026 ännu.",
      "Ingen jämförelse med nätverket: ingen annan organisation som delar med hela nätverket har en skattning för Uppstart 2026 ännu.",
    ]);
    await expect(
      comparison.getByText("Ingen annan organisation delar en skattning för Uppstart 2026 med er."),
    ).toBeVisible();
    await expectAccessible(page);
  } finally {
    await sharing.getByRole("radio", { name: "Ingen" }).check();
    await sharing.getByRole("button", { name: "Spara delning" }).click();
    await expect(page.getByText("Delningen är sparad: ni delar inte era skattningar med någon.")).toBeVisible();
  }
  await expect(comparison).toContainText("Ingen jämförelse: er organisation delar inte med gruppen.");
});

test("a case officer reads the organisation's sharing but cannot change it", async ({ page }) => {
  const orgId = await logIn(page, "handlaggare@vasterbotten.demo");
  await openRound(page, orgId, DEMO_ROUND);
  const sharing = page.getByRole("region", { name: "Delning av era skattningar" });
  await expect(sharing).toContainText("Ni delar nu med: Gruppen, utan kommentarer och underlag");
  await expect(sharing).toContainText("Det är organisationens chef eller administratör som bestämmer");
  await expect(sharing.getByRole("radio")).toHaveCount(0);
  await expect(sharing.getByRole("checkbox")).toHaveCount(0);
  await expect(sharing.getByRole("button")).toHaveCount(0);
  // Who sees what is explained all the same.
  await expect(sharing.getByText("De andra organisationerna i er grupp ser era poäng")).toBeVisible();
  // Reading the comparison needs no more than membership; writing lessons needs the checklist role.
  await expect(page.getByRole("region", { name: "Jämförelse" })).toContainText("Gruppens medelvärde bygger på");
  await expect(page.getByRole("button", { name: /^Spara lärdom/ })).toHaveCount(0);
  await expectAccessible(page);
});
