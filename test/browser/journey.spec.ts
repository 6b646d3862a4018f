import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectAccessible, logIn, pageHeading, today } from "./helpers.js";

/**
 * The whole path of a gender-equal decision, through the pages alone: a case officer
 * writes a case and sees the advice change while typing, submits it, a reviewer returns
 * it, the officer fixes it, the reviewer approves, the secretary records the decision
 * with the body's position on the gender consequences, and the follow-up counts it.
 */

const BODY = "Patientnämnden";
const stamp = Date.now().toString(36);
const TITLE = `Tolk vid klagomålssamtal ${stamp}`;
const WEAK = "Beslutet berör alla patienter som lämnar klagomål.";
const BETTER = [
  "Förslaget är relevant för jämställdheten: kvinnor och män lämnar klagomål i olika utsträckning.",
  "Enligt patientnämndens årsrapport 2025 kom 64 procent av klagomålen från kvinnor och 36 procent från män.",
  "Kvinnor födda utomlands får med tolk bättre möjlighet att framföra klagomål, och män som i dag avstår får lättare att höras. Utan beslut fortsätter de att inte höras.",
  "Sammantaget bedöms förslaget ha en positiv påverkan på jämställdheten.",
].join(" ");
const MEASURES =
  " Som åtgärd informeras om tolk på fler språk, och andelen klagomål från kvinnor och män följs upp i årsrapporten 2027.";
const REVIEW_COMMENT = "Beskriv vilka åtgärder som minskar skillnaden, och hur den följs upp.";
const POSITION = `Nämnden har beaktat att tolk främst når kvinnor födda utomlands (${stamp}).`;

async function sessionAs(browser: Browser, baseURL: string | undefined, email: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL, locale: "sv-SE" })).newPage();
  await logIn(page, email);
  return page;
}

const verdict = (page: Page) =>
  page.getByRole("region", { name: "Jämts bedömning av analysen" }).locator(".analysis-verdict");
const genderField = (page: Page) =>
  page.getByRole("textbox", { name: /^Beslutsförslagets påverkan avseende jämställdhet/ });

test("a case goes from the officer's first words to the board's decision and into the follow-up", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);

  // The case officer registers the case and writes the gender impact section.
  const orgId = await logIn(page, "handlaggare@norrbotten.demo");
  await page.goto(`/org/${orgId}/arenden/nytt`);
  await page.getByLabel("Rubrik").fill(TITLE);
  await page.getByLabel("Nämnd").selectOption({ label: BODY });
  await page.getByRole("button", { name: "Registrera ärendet" }).click();
  const registered = page.getByRole("status").filter({ hasText: /diarienummer \d{4}-\d{4}/ });
  const diarienummer = /(\d{4}-\d{4})/.exec((await registered.textContent()) ?? "")?.[1] ?? "";
  expect(diarienummer).not.toBe("");
  const caseUrl = new URL(page.url()).pathname;

  await expect(verdict(page)).toContainText("Saknas");
  await genderField(page).pressSequentially(WEAK, { delay: 5 });
  await expect(verdict(page)).toContainText("Otillräcklig");
  await expect(page.locator("#gender-mirror mark", { hasText: "patienter" })).toBeVisible();
  await genderField(page).fill(BETTER);
  await expect(verdict(page)).toContainText(/Godtagbar|God/);
  await expect(page.locator(".autosave-state")).toContainText(/Sparat kl\./);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Skicka till granskning" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ärendet är skickat till granskning." })).toBeVisible();

  // The reviewer returns it with a comment on the gender section.
  const reviewer = await sessionAs(browser, baseURL, "granskare@norrbotten.demo");
  await reviewer.goto(caseUrl);
  const review = reviewer.getByRole("form", { name: "Granska ärendet" });
  await expect(review.locator("fieldset.case-yes-no")).toHaveCount(5);
  for (const group of await review.locator("fieldset.case-yes-no").all()) await group.getByLabel("Ja").check();
  await review.getByRole("group", { name: "Föreslås åtgärder för omotiverade skillnader?" }).getByLabel("Nej").check();
  await review.getByLabel("Beslutsförslagets påverkan avseende jämställdhet").fill(REVIEW_COMMENT);
  await expectAccessible(reviewer);
  await review.getByRole("button", { name: "Skicka tillbaka" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "skickat tillbaka till handläggaren" })).toBeVisible();

  // The officer reads the comment, adds measures and follow-up, and submits again.
  await page.reload();
  await expect(page.locator("#review-comment-genderImpact")).toContainText(REVIEW_COMMENT);
  await genderField(page).fill(BETTER + MEASURES);
  await expect(
    page
      .getByRole("region", { name: "Jämts bedömning av analysen" })
      .getByRole("listitem")
      .filter({ hasText: "Åtgärder" }),
  ).toContainText("Uppfyllt");
  await page.getByRole("button", { name: "Skicka till granskning" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ärendet är skickat till granskning." })).toBeVisible();

  await reviewer.goto(caseUrl);
  await expect(review.locator("fieldset.case-yes-no")).toHaveCount(5);
  for (const group of await review.locator("fieldset.case-yes-no").all()) await group.getByLabel("Ja").check();
  await review.getByRole("button", { name: "Godkänn" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "Ärendet är godkänt" })).toBeVisible();

  // The secretary holds the meeting and records the decision with the body's position.
  const secretary = await sessionAs(browser, baseURL, "sekreterare@norrbotten.demo");
  await secretary.goto(`/org/${orgId}/sammantraden`);
  const meetingForm = secretary.getByRole("form", { name: "Nytt sammanträde" });
  await meetingForm.getByLabel("Nämnd").selectOption({ label: BODY });
  await meetingForm.getByLabel("Datum").fill(today());
  await meetingForm.getByRole("button", { name: "Skapa sammanträde" }).click();
  await secretary.waitForURL(/\/sammantraden\/[^/]+$/);
  const add = secretary.getByRole("form", { name: "Lägg till ärende" });
  await add.getByLabel("Ärende").selectOption({ label: `${diarienummer} ${TITLE}` });
  await add.getByRole("button", { name: "Lägg till på föredragningslistan" }).click();
  const item = secretary.getByRole("article", { name: TITLE });
  await item.getByRole("button", { name: `Registrera beslut ${diarienummer}` }).click();
  const decision = secretary.getByRole("form", { name: `Registrera beslut i ${diarienummer}` });
  await decision.getByRole("radio", { name: "Bifall" }).check();
  const position = decision.getByRole("group", {
    name: "Nämndens ställningstagande till konsekvenserna för kvinnor och män",
  });
  await position
    .getByRole("group", { name: "Har nämnden beaktat jämställdhetsanalysen?" })
    .getByRole("radio", { name: "Ja" })
    .check();
  await position.getByLabel("Kommentar").fill(POSITION);
  await expectAccessible(secretary);
  await decision.getByRole("button", { name: "Registrera beslut" }).click();
  await expect(secretary.getByRole("status").filter({ hasText: /är registrerat som § \d+: Bifall/ })).toBeVisible();

  // The officer's case now shows the decision.
  await page.goto(caseUrl);
  await expect(page.locator(".case-facts")).toContainText("Beslutat");
  await expect(page.getByText(POSITION)).toBeVisible();

  // The follow-up counts it: the drill-down of this year lists the case, and the figures match the API.
  const analyst = await sessionAs(browser, baseURL, "analytiker@norrbotten.demo");
  await analyst.goto(`/org/${orgId}/uppfoljning`);
  await expect(pageHeading(analyst)).toHaveText("Uppföljning av jämställda beslut");
  const api = await (await analyst.request.get(`/api/v1/organisations/${orgId}/follow-up`)).json();
  const counted = api.cases.find((c: { diarienummer: string }) => c.diarienummer === diarienummer);
  expect(counted).toMatchObject({ decided: true, positionRecorded: true, genderSection: true });
  await expect(analyst.locator(".key-figures div", { hasText: "Antal ärenden" }).locator(".figure")).toHaveText(
    String(api.total.cases),
  );
  const year = today().slice(0, 4);
  await analyst
    .getByRole("table", { name: "Ärenden per period" })
    .getByRole("row", { name: new RegExp(`^${year}`) })
    .getByRole("button", { name: `Visa ärenden ${year}` })
    .click();
  await expect(analyst.getByRole("link", { name: diarienummer, exact: true })).toBeVisible();
  await expectAccessible(analyst);
});
