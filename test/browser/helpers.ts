import { AxeBuilder } from "@axe-core/playwright";
import { type APIRequestContext, expect, type Page } from "@playwright/test";

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

/** A session of the API alone (its own cookies), logged in as a demo account in one organisation. */
export interface ApiSession {
  readonly request: APIRequestContext;
  readonly orgId: string;
  readonly csrf: string;
}

/** The part of a test's `playwright` fixture that makes API contexts. */
export interface RequestMaker {
  readonly request: { newContext: (options: object) => Promise<APIRequestContext> };
}

/**
 * Logs a demo account in through the API, in a context of its own, and picks its membership of
 * the organisation (Norrbotten unless told); fails if the account does not work there.
 */
export async function apiSession(
  playwright: RequestMaker,
  baseURL: string | undefined,
  email: string,
  organisation = NORRBOTTEN,
): Promise<ApiSession> {
  const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "Accept-Language": "sv" } });
  const token = async () =>
    ((await (await request.get("/api/v1/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
  const login = await request.post("/api/v1/auth/login", {
    headers: { "x-csrf-token": await token() },
    data: { email, password: DEMO_PASSWORD },
  });
  expect(login.ok(), await login.text()).toBe(true);
  const me = (await (await request.get("/api/v1/me")).json()) as {
    memberships: { organisation: { id: string; name: string } }[];
  };
  const orgId = me.memberships.find((m) => m.organisation.name === organisation)?.organisation.id ?? "";
  expect(orgId, `${email} works in ${organisation}`).not.toBe("");
  return { request, orgId, csrf: await token() };
}

/**
 * Calls the API of the session's organisation (`path` below /api/v1/organisations/:orgId) and
 * fails unless it answers 2xx; returns the JSON body, or undefined for 204.
 */
export async function apiCall<T>(
  session: ApiSession,
  method: "GET" | "POST" | "PUT" | "PATCH",
  path: string,
  data?: unknown,
): Promise<T> {
  const url = `/api/v1/organisations/${session.orgId}${path}`;
  const answer =
    method === "GET"
      ? await session.request.get(url)
      : await session.request.fetch(url, { method, headers: { "x-csrf-token": session.csrf }, data });
  expect(answer.ok(), `${method} ${path}: ${await answer.text()}`).toBe(true);
  return (answer.status() === 204 ? undefined : await answer.json()) as T;
}

/** Today's date in the machine's time zone, as YYYY-MM-DD. */
export function today(): string {
  const date = new Date();
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
}
