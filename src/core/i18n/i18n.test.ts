import { describe, expect, it } from "vitest";
import { catalogues, negotiateLocale } from "./index.js";

function leafPaths(value: unknown, prefix = ""): string[] {
  if (typeof value === "string") return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    leafPaths(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe("negotiateLocale", () => {
  it("chooses Swedish when nothing is asked for", () => {
    expect(negotiateLocale(undefined)).toBe("sv");
    expect(negotiateLocale("")).toBe("sv");
  });

  it("honours the preferred language and its quality values", () => {
    expect(negotiateLocale("en-GB,en;q=0.9")).toBe("en");
    expect(negotiateLocale("sv-SE,sv;q=0.9,en;q=0.8")).toBe("sv");
    expect(negotiateLocale("de;q=1,en;q=0.5,sv;q=0.7")).toBe("sv");
  });

  it("falls back to Swedish for languages Jämt does not speak", () => {
    expect(negotiateLocale("fi,de")).toBe("sv");
    expect(negotiateLocale("*")).toBe("sv");
  });
});

describe("catalogues", () => {
  it("have the same texts in Swedish and English", () => {
    expect(leafPaths(catalogues.en).sort()).toEqual(leafPaths(catalogues.sv).sort());
  });

  it("have no empty texts", () => {
    for (const locale of ["sv", "en"] as const) {
      for (const path of leafPaths(catalogues[locale])) {
        const text = path
          .split(".")
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], catalogues[locale]);
        expect(text, `${locale}:${path}`).not.toBe("");
      }
    }
  });

  it("use the same placeholders in both languages", () => {
    for (const path of leafPaths(catalogues.sv)) {
      const pick = (root: unknown) =>
        String(path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root));
      const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(placeholders(pick(catalogues.en)), path).toEqual(placeholders(pick(catalogues.sv)));
    }
  });
});
