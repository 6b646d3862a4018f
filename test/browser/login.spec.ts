import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, expectAccessible, logIn, mainMenu, NORRBOTTEN, pageHeading } from "./helpers.js";

test("a visitor who is not logged in is sent to the login page, in Swedish", async ({ page }) => {
  await page.goto("/konto");
  await expect(page).toHaveURL(/\/logga-in$/);
  await expect(pageHeading(page)).toHaveText("Logga in");
  await expect(page).toHaveTitle("Logga in – Jämt");
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(page.getByRole("main")).toBeVisible();
  await expect(page.getByRole("contentinfo")).toBeVisible();
  await expectAccessible(page);
});

test("the skip link is the first thing the keyboard reaches and leads to the main content", async ({ page }) => {
  await page.goto("/logga-in");
  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Hoppa till huvudinnehållet" });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});

test("the login form says what is missing and what the API refused", async ({ page }) => {
  await page.goto("/logga-in");
  await page.getByRole("button", { name: "Logga in" }).click();
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Rätta följande");
  await expect(page.getByLabel("E-postadress")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("E-postadress")).toHaveAccessibleDescription(/Fyll i e-postadress/);
  await expectAccessible(page);

  await page.getByLabel("E-postadress").fill("handlaggare.norrbotten.demo");
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(alert).toContainText("namn@exempel.se");
  await expect(page.getByLabel("Lösenord")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  await page.getByLabel("E-postadress").fill("handlaggare@norrbotten.demo");
  await page.getByLabel("Lösenord").fill("fel-losenord-helt-enkelt");
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(alert).toContainText("Fel e-postadress eller lösenord");
  await expect(page).toHaveURL(/\/logga-in$/);
  await expectAccessible(page);
});

test("a case officer sees their role and no administration", async ({ page }) => {
  const orgId = await logIn(page, "handlaggare@norrbotten.demo");
  await expect(pageHeading(page)).toHaveText(NORRBOTTEN);
  await expect(pageHeading(page)).toBeFocused();
  await expect(page).toHaveTitle(`${NORRBOTTEN} – Jämt`);
  const card = page.getByRole("region", { name: "Handläggare" });
  await expect(card).toContainText("Skriver ärenden");
  await expect(card.getByRole("link", { name: "Skriv ett nytt ärende" })).toBeVisible();
  await expect(card.getByRole("link", { name: /Mitt konto/ })).toBeVisible();
  await expect(mainMenu(page).getByRole("link")).toHaveText([
    "Startsida",
    "Ärenden",
    "Sammanträden",
    "Uppdrag",
    "Uppföljning",
    "Checklista",
    "Statistik",
    "Skillnader",
    "Nätverk",
    "Analysregler",
    "Mitt konto",
  ]);
  await expect(page.getByRole("link", { name: /Användare|Logg|Nämnder|Avdelningar/ })).toHaveCount(0);
  await expectAccessible(page);

  // Typing an administration address: the API refuses and the page says so.
  await page.goto(`/org/${orgId}/admin/logg`);
  await expect(pageHeading(page)).toHaveText("Logg");
  await expect(page.getByRole("alert")).toContainText("Du har inte behörighet");
  await expect(page.getByRole("table")).toHaveCount(0);
  await expectAccessible(page);

  // Bodies may be read by every member, but not changed.
  await page.goto(`/org/${orgId}/admin/namnder`);
  await expect(pageHeading(page)).toHaveText("Nämnder");
  await expect(page.getByRole("button", { name: /Skapa nämnd|Ändra|Arkivera/ })).toHaveCount(0);
  await expectAccessible(page);
});

test("an administrator sees the administration on the start page and in the menu", async ({ page }) => {
  await logIn(page, "admin@norrbotten.demo");
  const card = page.getByRole("region", { name: "Administratör" });
  for (const link of ["Användare och roller", "Nämnder", "Avdelningar", "Logg över händelser"]) {
    await expect(card.getByRole("link", { name: link })).toBeVisible();
  }
  await expect(mainMenu(page).getByRole("link")).toHaveText([
    "Startsida",
    "Ärenden",
    "Sammanträden",
    "Uppdrag",
    "Uppföljning",
    "Checklista",
    "Statistik",
    "Skillnader",
    "Nätverk",
    "Analysregler",
    "Användare",
    "Nämnder",
    "Avdelningar",
    "Checklistor",
    "Logg",
    "Mitt konto",
  ]);
  await expect(mainMenu(page).getByRole("link", { name: "Startsida" })).toHaveAttribute("aria-current", "page");
  await expectAccessible(page);

  await card.getByRole("link", { name: "Avdelningar" }).click();
  await expect(pageHeading(page)).toHaveText("Avdelningar");
  await expect(pageHeading(page)).toBeFocused();
  await expect(page).toHaveTitle(`Avdelningar – ${NORRBOTTEN} – Jämt`);
});

test("an unknown page and an unknown organisation are explained", async ({ page }) => {
  await logIn(page, "granskare@norrbotten.demo");
  await page.goto("/det-har-finns-inte");
  await expect(pageHeading(page)).toHaveText("Sidan finns inte");
  await expectAccessible(page);

  await page.goto("/org/finns-inte");
  await expect(pageHeading(page)).toHaveText("Organisationen finns inte");
  await expect(page.getByRole("alert")).toBeVisible();
  await expect(page.getByRole("link", { name: NORRBOTTEN })).toBeVisible();
  await expectAccessible(page);
});

test("when the session ends, the next action leads to the login page and back", async ({ page, context }) => {
  const orgId = await logIn(page, "admin@norrbotten.demo");
  await context.clearCookies();
  await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Nämnder" }).click();
  await expect(page).toHaveURL(/\/logga-in$/);
  await expect(page.getByRole("status")).toContainText("Du är inte inloggad längre");
  await expectAccessible(page);

  await page.getByLabel("E-postadress").fill("admin@norrbotten.demo");
  await page.getByLabel("Lösenord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page).toHaveURL(new RegExp(`/org/${orgId}/admin/namnder$`));
  await expect(pageHeading(page)).toHaveText("Nämnder");
});
