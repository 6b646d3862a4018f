import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, expectAccessible, logIn, pageHeading } from "./helpers.js";

const NEW_PASSWORD = "ett-nytt-och-langt-losenord";

test("a user changes their password and logs in with the new one", async ({ page }) => {
  await logIn(page, "sekreterare@norrbotten.demo");
  await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Mitt konto" }).click();
  await expect(pageHeading(page)).toHaveText("Mitt konto");
  await expect(page).toHaveTitle("Mitt konto – Jämt");
  await expect(page.getByText("sekreterare@norrbotten.demo")).toBeVisible();
  await expectAccessible(page);

  const current = page.getByLabel("Nuvarande lösenord");
  const next = page.getByLabel("Nytt lösenord");
  const repeat = page.getByLabel("Upprepa det nya lösenordet");
  const submit = page.getByRole("button", { name: "Byt lösenord" });

  await current.fill(DEMO_PASSWORD);
  await next.fill("kort");
  await repeat.fill("annat");
  await submit.click();
  await expect(page.getByRole("alert")).toContainText("minst 12 tecken");
  await expect(page.getByRole("alert")).toContainText("Lösenorden stämmer inte överens");
  await expect(repeat).toHaveAttribute("aria-invalid", "true");
  await expect(repeat).toHaveAccessibleDescription(/Lösenorden stämmer inte överens/);
  await expectAccessible(page);

  await current.fill("inte-det-nuvarande-losenordet");
  await next.fill(NEW_PASSWORD);
  await repeat.fill(NEW_PASSWORD);
  await submit.click();
  await expect(page.getByRole("alert")).toContainText("Det nuvarande lösenordet stämmer inte");
  await expect(current).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  await current.fill(DEMO_PASSWORD);
  await next.fill(NEW_PASSWORD);
  await repeat.fill(NEW_PASSWORD);
  await submit.click();
  await expect(page.getByRole("status").filter({ hasText: "Ditt lösenord är bytt" })).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Logga ut" }).click();
  await expect(page).toHaveURL(/\/logga-in$/);
  await logIn(page, "sekreterare@norrbotten.demo", NEW_PASSWORD);

  // The demo password back, since the other browser tests log in as the secretary too.
  await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Mitt konto" }).click();
  await page.getByLabel("Nuvarande lösenord").fill(NEW_PASSWORD);
  await page.getByLabel("Nytt lösenord").fill(DEMO_PASSWORD);
  await page.getByLabel("Upprepa det nya lösenordet").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Byt lösenord" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ditt lösenord är bytt" })).toBeVisible();
});
