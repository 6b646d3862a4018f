import { AxeBuilder } from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** The password of every demo account. */
export const DEMO_PASSWORD = "jamt-demo-2026";

export const NORRBOTTEN = "Region Norrbotten (demo)";
export const VASTERBOTTEN = "Region Västerbotten (demo)";

/**
 * Fails on any WCAG 2.1 A/AA violation axe-core finds in the page as it is now. Call it in
 * every state a test reaches (after errors appear too), not only after loading.
 */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const found = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(" ")}: ${n.failureSummary}`).join("\n")}`,
  );
  expect(found, `axe-core found accessibility violations on ${page.url()}`).toEqual([]);
}

/** Logs in through the login page and waits for the organisation's start page; returns its id. */
export async function logIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<string> {
  await page.goto("/logga-in");
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(password);
  await page.getByRole("button", { name: "Logga in" }).click();
  await page.waitForURL(/\/org\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  return organisationIdOf(page);
}

/** The organisation id in the current URL (/org/:orgId/…). */
export function organisationIdOf(page: Page): string {
  const match = /\/org\/([^/?#]+)/.exec(new URL(page.url()).pathname);
  if (!match?.[1]) throw new Error(`No organisation in ${page.url()}`);
  return decodeURIComponent(match[1]);
}

/** The page's one h1. */
export function pageHeading(page: Page) {
  return page.getByRole("heading", { level: 1 });
}

/** The main menu. */
export function mainMenu(page: Page) {
  return page.getByRole("navigation", { name: "Huvudmeny" });
}
