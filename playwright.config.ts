import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

/**
 * Browser tests of the built app (run `npm run build` first). The config starts the server on
 * a free port with a fresh, empty data directory, into which the server loads the demo data.
 * Port and directory are chosen once and handed to the worker processes through the
 * environment, because Playwright evaluates this file again in every worker.
 */

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

process.env.JAMT_BROWSER_TEST_PORT ??= String(await freePort());
process.env.JAMT_BROWSER_TEST_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), "jamt-browser-"));
const port = process.env.JAMT_BROWSER_TEST_PORT;
const dataDir = process.env.JAMT_BROWSER_TEST_DATA_DIR;
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "test/browser",
  outputDir: "test-results/browser",
  globalTeardown: "./test/browser/global-teardown.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]] : "list",
  use: {
    baseURL,
    locale: "sv-SE",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.JAMT_CHROMIUM ?? "/usr/bin/chromium",
          args: [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "node dist/cli/main.js serve",
    url: `${baseURL}/healthz`,
    env: { PORT: port, JAMT_DATA_DIR: dataDir, JAMT_LOG_LEVEL: "warn" },
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
