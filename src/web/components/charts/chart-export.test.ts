import { describe, expect, it } from "vitest";
import { wrapTitle } from "./chart-export.js";

describe("wrapTitle", () => {
  it("keeps a short title on one line", () => {
    expect(wrapTitle("Kvinnor och män per område 2023", 640)).toEqual(["Kvinnor och män per område 2023"]);
  });

  it("breaks a long title between words so that every line fits the width", () => {
    const title = "Andel vaccinerade mot influensa bland personer 65 år och äldre, kvinnor och män per område 2023";
    const lines = wrapTitle(title, 400);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(title);
    for (const line of lines) expect(line.length * 9.6).toBeLessThanOrEqual(400 - 32);
  });

  it("gives a word longer than a line a line of its own", () => {
    expect(wrapTitle("Kort Donaudampfschiffahrtsgesellschaftskapitänsmössa slut", 200)).toEqual([
      "Kort",
      "Donaudampfschiffahrtsgesellschaftskapitänsmössa",
      "slut",
    ]);
  });
});
