import { expect, test } from "@playwright/test";
import { expectAccessible, logIn, NORRBOTTEN, pageHeading, VASTERBOTTEN } from "./helpers.js";

test("an analyst switches between their two organisations", async ({ page }) => {
  await logIn(page, "analytiker@norrbotten.demo");
  const switcher = page.getByLabel("Organisation", { exact: true });
  await expect(switcher.locator("option")).toHaveText([NORRBOTTEN, VASTERBOTTEN]);
  const first = (await pageHeading(page).textContent()) ?? "";
  const other = first === NORRBOTTEN ? VASTERBOTTEN : NORRBOTTEN;
  await expectAccessible(page);

  await switcher.selectOption({ label: other });
  await page.getByRole("button", { name: "Byt organisation" }).click();
  await expect(pageHeading(page)).toHaveText(other);
  await expect(pageHeading(page)).toBeFocused();
  await expect(page).toHaveTitle(`${other} – Jämt`);
  await expect(switcher).toHaveValue(new URL(page.url()).pathname.split("/")[2] ?? "");
  await expect(page.getByRole("region", { name: "Analytiker" })).toBeVisible();
  await expectAccessible(page);

  // The choice is remembered: the next login starts in the organisation chosen last.
  await page.getByRole("button", { name: "Logga ut" }).click();
  await expect(page.getByRole("status")).toContainText("Du är utloggad");
  await logIn(page, "analytiker@norrbotten.demo");
  await expect(pageHeading(page)).toHaveText(other);
});

test("the interface switches to English and back, and remembers the choice", async ({ page }) => {
  await logIn(page, "chef@norrbotten.demo");
  await page.getByRole("button", { name: "In English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("navigation", { name: "Main menu" }).getByRole("link")).toHaveText([
    "Start page",
    "Cases",
    "Meetings",
    "Assignments",
    "Follow-up",
    "Checklist",
    "Statistics",
    "Differences",
    "Networks",
    "Analysis rules",
    "My account",
  ]);
  await expect(
    page.getByRole("region", { name: "Manager" }).getByRole("link", { name: "Assignments and report-back" }),
  ).toBeVisible();
  await expect(page).toHaveTitle(`${NORRBOTTEN} – Jämt`);
  await expectAccessible(page);

  // Errors come from the API in the chosen language.
  await page.getByRole("link", { name: "My account" }).first().click();
  await expect(pageHeading(page)).toHaveText("My account");
  await page.getByLabel("Current password").fill("not-the-current-password");
  await page.getByLabel("New password", { exact: true }).fill("a-long-enough-new-password");
  await page.getByLabel("Repeat the new password").fill("a-long-enough-new-password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("alert")).toContainText("The current password is wrong");
  await expectAccessible(page);

  await page.reload();
  await expect(pageHeading(page)).toHaveText("My account");
  await page.getByRole("button", { name: "På svenska" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expect(pageHeading(page)).toHaveText("Mitt konto");
  await expectAccessible(page);
});

test("logging out ends the session", async ({ page }) => {
  const orgId = await logIn(page, "koordinator@norrbotten.demo");
  await page.getByRole("button", { name: "Logga ut" }).click();
  await expect(page).toHaveURL(/\/logga-in$/);
  await expect(page.getByRole("status")).toContainText("Du är utloggad");
  await expectAccessible(page);
  await page.goto(`/org/${orgId}`);
  await expect(page).toHaveURL(/\/logga-in$/);
  const me = await page.request.get("/api/v1/me");
  expect(me.status()).toBe(401);
});
