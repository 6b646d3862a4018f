#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first failure. A part that cannot run
// on this machine (PostgreSQL not configured, no Chromium) is announced loudly, never skipped silently.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env.JAMT_CHROMIUM ?? "/usr/bin/chromium";
const banner = (text) => console.log(`\n${"=".repeat(78)}\n${text}\n${"=".repeat(78)}`);
const loud = (lines) =>
  console.warn(`\n${"!".repeat(78)}\n${lines.map((l) => `!! ${l}`).join("\n")}\n${"!".repeat(78)}\n`);

const steps = [
  ["Format och lint (Biome)", "npx", ["biome", "check", "."]],
  ["Typkontroll (TypeScript strict)", "npx", ["tsc", "-p", "tsconfig.json", "--noEmit"]],
  ["Bygge (server och webb)", "npm", ["run", "build"]],
  ["Enhetstester (unit)", "npx", ["vitest", "run", "--project", "unit"]],
  ["Integrationstester (SQLite och PostgreSQL)", "npx", ["vitest", "run", "--project", "integration"]],
];

if (!process.env.JAMT_TEST_DATABASE_URL) {
  loud([
    "PostgreSQL HOPPAS ÖVER: JAMT_TEST_DATABASE_URL är inte satt; integrationstesterna körs bara på SQLite.",
    "PostgreSQL SKIPPED: set JAMT_TEST_DATABASE_URL=postgres://user@host:5432/db to run them on PostgreSQL too.",
  ]);
}
if (existsSync(chromium)) {
  steps.push(["Webbläsartester (Playwright + axe-core, Chromium)", "npx", ["playwright", "test"]]);
} else {
  loud([
    `WEBBLÄSARTESTERNA HOPPAS ÖVER: ingen Chromium på ${chromium}.`,
    "BROWSER TESTS SKIPPED: install Debian's chromium (apt-get install chromium) or set JAMT_CHROMIUM.",
  ]);
}

const passed = [];
for (const [title, command, args] of steps) {
  banner(title);
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`\nMISSLYCKADES / FAILED: ${title}`);
    console.log(`\n${passed.length} passed, 1 failed`);
    process.exit(result.status ?? 1);
  }
  passed.push(title);
}
console.log(`\nAlla steg gick igenom / all steps passed:\n${passed.map((p) => `  ✓ ${p}`).join("\n")}`);
