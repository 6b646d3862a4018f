import { expect, test } from "@playwright/test";
import { expectAccessible, logIn, pageHeading } from "./helpers.js";

test("an administrator creates, renames and archives a body", async ({ page }) => {
  const orgId = await logIn(page, "admin@norrbotten.demo");
  await page.goto(`/org/${orgId}/admin/namnder`);
  await expect(pageHeading(page)).toHaveText("Nämnder");
  await expect(page.getByRole("table", { name: "Nämnder" })).toBeVisible();
  await expectAccessible(page);

  const form = page.getByRole("form", { name: "Ny nämnd" });
  await form.getByRole("button", { name: "Skapa nämnd" }).click();
  await expect(page.getByRole("alert")).toContainText("Fyll i namn");
  await expect(form.getByLabel("Namn")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  await form.getByLabel("Namn").fill("Jämställdhetsberedningen");
  await form.getByLabel("Typ").selectOption({ label: "Annat organ" });
  await form.getByRole("button", { name: "Skapa nämnd" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Nämnden Jämställdhetsberedningen är skapad" }),
  ).toBeVisible();
  const row = page.getByRole("row", { name: /Jämställdhetsberedningen/ });
  await expect(row).toContainText("Annat organ");
  await expect(row).toContainText("Aktiv");
  await expectAccessible(page);

  // The same name again: the API's conflict is shown at the field.
  await form.getByLabel("Namn").fill("Jämställdhetsberedningen");
  await form.getByRole("button", { name: "Skapa nämnd" }).click();
  await expect(page.getByRole("alert")).toContainText("Jämställdhetsberedningen");
  await expect(form.getByLabel("Namn")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  await row.getByRole("button", { name: "Ändra Jämställdhetsberedningen" }).click();
  const edit = page.getByRole("group", { name: "Ändra Jämställdhetsberedningen" });
  await expect(edit.getByLabel("Namn")).toBeFocused();
  await expectAccessible(page);
  await edit.getByLabel("Namn").fill("Beredningen för jämställdhet");
  await edit.getByLabel("Typ").selectOption({ label: "Nämnd" });
  await edit.getByRole("button", { name: "Spara" }).click();
  const renamed = page.getByRole("row", { name: /Beredningen för jämställdhet/ });
  await expect(renamed).toContainText("Nämnd");
  await expect(renamed.getByRole("button", { name: "Ändra Beredningen för jämställdhet" })).toBeFocused();

  await renamed.getByRole("button", { name: "Arkivera Beredningen för jämställdhet" }).click();
  await expect(renamed).toContainText("Arkiverad");
  await expect(page.getByRole("status").filter({ hasText: "är arkiverad" })).toBeVisible();
  await expectAccessible(page);
  await renamed.getByRole("button", { name: "Återställ Beredningen för jämställdhet" }).click();
  await expect(renamed).toContainText("Aktiv");
});

test("an administrator creates, renames and archives a department", async ({ page }) => {
  const orgId = await logIn(page, "admin@norrbotten.demo");
  await page.goto(`/org/${orgId}/admin/avdelningar`);
  await expect(pageHeading(page)).toHaveText("Avdelningar");
  await expectAccessible(page);

  const form = page.getByRole("form", { name: "Ny avdelning" });
  await form.getByLabel("Namn").fill("Avdelningen för folkhälsa");
  await form.getByRole("button", { name: "Skapa avdelning" }).click();
  const row = page.getByRole("row", { name: /Avdelningen för folkhälsa/ });
  await expect(row).toContainText("Aktiv");
  await expectAccessible(page);

  await row.getByRole("button", { name: "Ändra Avdelningen för folkhälsa" }).click();
  const edit = page.getByRole("group", { name: "Ändra Avdelningen för folkhälsa" });
  await edit.getByLabel("Namn").fill("Folkhälsoavdelningen");
  await edit.getByRole("button", { name: "Spara" }).click();
  const renamed = page.getByRole("row", { name: /Folkhälsoavdelningen/ });
  await renamed.getByRole("button", { name: "Arkivera Folkhälsoavdelningen" }).click();
  await expect(renamed).toContainText("Arkiverad");
  await expectAccessible(page);
});

test("an administrator changes a member's roles and adds a user", async ({ page }) => {
  const orgId = await logIn(page, "admin@norrbotten.demo");
  await page.goto(`/org/${orgId}/admin/anvandare`);
  await expect(pageHeading(page)).toHaveText("Användare");
  const member = page.getByRole("row", { name: /fortroendevald@norrbotten\.demo/ });
  await expect(member).toContainText("Förtroendevald");
  await expectAccessible(page);

  const name = (await member.getByRole("rowheader").textContent()) ?? "";
  await member.getByRole("button", { name: /Ändra roller/ }).click();
  const roles = page.getByRole("group", { name: `Roller för ${name}` });
  await expect(roles.getByRole("checkbox", { name: "Förtroendevald" })).toBeChecked();
  await expectAccessible(page);
  await roles.getByRole("checkbox", { name: "Analytiker" }).check();
  await page.getByRole("button", { name: "Spara roller" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Rollerna för ${name} är sparade` })).toBeVisible();
  await expect(member).toContainText("Förtroendevald, Analytiker");
  await expect(member.getByRole("button", { name: /Ändra roller/ })).toBeFocused();
  await expectAccessible(page);

  const form = page.getByRole("region", { name: "Lägg till användare" });
  await form.getByRole("button", { name: "Lägg till användare" }).click();
  await expect(page.getByRole("alert")).toContainText("Välj minst en roll");
  await expect(form.getByLabel("Namn")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  await form.getByLabel("E-postadress").fill("ny.handlaggare@norrbotten.demo");
  await form.getByLabel("Namn").fill("Nora Nyström");
  await form.getByLabel("Första lösenord").fill("ett-langt-forsta-losenord");
  await form.getByRole("checkbox", { name: "Handläggare" }).check();
  await form.getByRole("button", { name: "Lägg till användare" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Nora Nyström är tillagd" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Nora Nyström/ })).toContainText("Handläggare");
  await expectAccessible(page);

  // Adding the same person again is refused, and the reason is shown at the e-mail field.
  await form.getByLabel("E-postadress").fill("ny.handlaggare@norrbotten.demo");
  await form.getByLabel("Namn").fill("Nora Nyström");
  await form.getByRole("checkbox", { name: "Handläggare" }).check();
  await form.getByRole("button", { name: "Lägg till användare" }).click();
  await expect(page.getByRole("alert")).toContainText("redan medlem");
  await expect(form.getByLabel("E-postadress")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  // Taking away every role removes the person from the organisation.
  const added = page.getByRole("row", { name: /Nora Nyström/ });
  await added.getByRole("button", { name: /Ändra roller/ }).click();
  await page
    .getByRole("group", { name: "Roller för Nora Nyström" })
    .getByRole("checkbox", { name: "Handläggare" })
    .uncheck();
  // Removal is confirmed first: declining keeps the person, accepting removes them.
  page.once("dialog", (dialog) => dialog.dismiss());
  await page.getByRole("button", { name: "Spara roller" }).click();
  await expect(page.getByRole("group", { name: "Roller för Nora Nyström" })).toBeVisible();
  page.once("dialog", (dialog) => {
    expect(dialog.message()).toContain("Vill du ta bort Nora Nyström ur organisationen?");
    void dialog.accept();
  });
  await page.getByRole("button", { name: "Spara roller" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Nora Nyström är borttagen ur organisationen" }),
  ).toBeVisible();
  await expect(added).toHaveCount(0);
  await expect(pageHeading(page)).toBeFocused();
  await expectAccessible(page);
});

test("the organisation's last administrator cannot lose the role", async ({ page }) => {
  const orgId = await logIn(page, "admin@vasterbotten.demo");
  await page.goto(`/org/${orgId}/admin/anvandare`);
  const me = page.getByRole("row", { name: /admin@vasterbotten\.demo/ });
  await me.getByRole("button", { name: /Ändra roller/ }).click();
  await page.getByRole("checkbox", { name: "Administratör" }).first().uncheck();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Spara roller" }).click();
  await expect(page.getByRole("alert")).toContainText("minst en administratör");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Avbryt" }).click();
  await expect(me).toContainText("Administratör");
});

test("the audit log shows what happened, can be filtered and shows more on request", async ({ page }) => {
  const orgId = await logIn(page, "admin@vasterbotten.demo");
  // More than one page (50) of events, made through the API with the browser's session.
  const { csrfToken } = (await (await page.request.get("/api/v1/auth/csrf")).json()) as { csrfToken: string };
  const headers = { "x-csrf-token": csrfToken };
  for (let i = 1; i <= 52; i++) {
    const name = `Loggtestavdelning ${String(i).padStart(2, "0")}`;
    const answer = await page.request.post(`/api/v1/organisations/${orgId}/departments`, { headers, data: { name } });
    expect(answer.status()).toBe(201);
  }
  const body = await page.request.post(`/api/v1/organisations/${orgId}/bodies`, {
    headers,
    data: { name: "Loggtestnämnden", kind: "committee" },
  });
  expect(body.status()).toBe(201);

  await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Logg" }).click();
  await expect(pageHeading(page)).toHaveText("Logg");
  const table = page.getByRole("table", { name: "Händelser" });
  const rows = table.locator("tbody tr");
  await expect(page.getByText(/^Visar 50 av \d+ händelser\.$/)).toBeVisible();
  await expect(rows).toHaveCount(50);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Visa fler" }).click();
  await expect.poll(() => rows.count()).toBeGreaterThan(50);
  const shown = await rows.count();
  await expect(page.getByText(`Visar ${shown} av ${shown} händelser.`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Visa fler" })).toHaveCount(0);

  await page.getByLabel("Typ av objekt").selectOption({ label: "Nämnd" });
  await page.getByLabel("Händelse").selectOption({ label: "Skapad" });
  await page.getByRole("button", { name: "Filtrera", exact: true }).click();
  await expect(page.getByText("Visar 1 av 1 händelser.")).toBeVisible();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Vera Holm");
  await expect(rows.first().locator("td").nth(2)).toHaveText("Nämnd");
  await expect(rows.first().locator("td").nth(3)).toHaveText("Skapad");
  await expectAccessible(page);

  await page.getByLabel("Från och med datum").fill("2030-01-02");
  await page.getByLabel("Till och med datum").fill("2030-01-01");
  await page.getByRole("button", { name: "Filtrera", exact: true }).click();
  await expect(page.getByRole("alert")).toContainText("Från-datumet måste vara");
  await expect(page.getByLabel("Till och med datum")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  await page.getByLabel("Från och med datum").fill("2030-01-01");
  await page.getByRole("button", { name: "Filtrera", exact: true }).click();
  await expect(page.getByText("Inga händelser stämmer med filtret.")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Rensa filter" }).click();
  await expect(page.getByText(/^Visar 50 av \d+ händelser\.$/)).toBeVisible();
});
