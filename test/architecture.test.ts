import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Dependencies point inward: web → core; cli → http → services → data → core. The core
 * imports nothing but itself: no Node, no database, no framework, so it runs in the browser.
 */
const LAYERS: Record<string, { mayImport: string[]; packages: "none" | "any" }> = {
  core: { mayImport: ["core"], packages: "none" },
  config: { mayImport: ["config", "core"], packages: "any" },
  data: { mayImport: ["data", "core", "config"], packages: "any" },
  services: { mayImport: ["services", "data", "core", "config"], packages: "any" },
  http: { mayImport: ["http", "services", "data", "core", "config"], packages: "any" },
  cli: { mayImport: ["cli", "http", "services", "data", "core", "config"], packages: "any" },
  web: { mayImport: ["web", "core"], packages: "any" },
};

const SRC = path.resolve("src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+["']([^"']+)["']/g)].map((m) => m[1] as string);
}

describe("architecture", () => {
  for (const [layer, rule] of Object.entries(LAYERS)) {
    it(`lets ${layer} import only ${rule.mayImport.join(", ")}${rule.packages === "none" ? " and no packages" : ""}`, () => {
      const violations: string[] = [];
      for (const file of sourceFiles(path.join(SRC, layer))) {
        for (const specifier of importsOf(file)) {
          if (specifier.startsWith(".")) {
            const target = path.relative(SRC, path.resolve(path.dirname(file), specifier)).split(path.sep)[0] ?? "";
            if (!rule.mayImport.includes(target)) violations.push(`${path.relative(SRC, file)} → ${specifier}`);
          } else if (rule.packages === "none") {
            violations.push(`${path.relative(SRC, file)} → ${specifier}`);
          }
        }
      }
      expect(violations).toEqual([]);
    });
  }
});
