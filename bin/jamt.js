#!/usr/bin/env node
// Entry point of the `jamt` command: runs the compiled CLI (built by `npm run build`).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const main = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));
if (!existsSync(main)) {
  console.error("Jämt är inte byggt ännu. Kör först: npm run build\n(Jämt is not built yet. Run: npm run build)");
  process.exit(2);
}
await import(main);
