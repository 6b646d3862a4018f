import { defineConfig } from "vitest/config";

/**
 * Two tiers: `unit` (pure, fast: the core and anything without a database) and
 * `integration` (`*.db.test.ts`: HTTP in-process against SQLite and, when
 * JAMT_TEST_DATABASE_URL is set, PostgreSQL). Browser tests run with Playwright.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "test/*.test.ts"],
          exclude: ["src/**/*.db.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "integration",
          include: ["src/**/*.db.test.ts"],
          environment: "node",
          globalSetup: ["test/support/announce-databases.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // One file at a time: each opens its own database, and the machine has two cores.
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
