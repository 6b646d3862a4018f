import { describe, expect, it } from "vitest";
import { SKR_CHECKLIST } from "../../core/index.js";
import { formatScore, formatSum, localised, scaleText } from "./checklist-table-text.js";

describe("the words and figures of the table", () => {
  it("writes half steps with a decimal comma in Swedish and a point in English, and a dash when unscored", () => {
    expect([formatScore(2.5, "sv"), formatScore(2.5, "en"), formatScore(3, "sv"), formatScore(null, "sv")]).toEqual([
      "2,5",
      "2.5",
      "3",
      "–",
    ]);
  });

  it("says how many items a partial sum covers, and only then", () => {
    const full = { sum: 24, scoredItems: 10, itemCount: 10, complete: true };
    const partial = { sum: 17.5, scoredItems: 8, itemCount: 10, complete: false };
    expect(formatSum(full, "sv")).toBe("24");
    expect(formatSum(partial, "sv")).toBe("17,5 (8 av 10 punkter)");
    expect(formatSum(partial, "en")).toBe("17.5 (8 of 10 items)");
  });

  it("falls back to the Swedish text where no English one was written", () => {
    expect(localised({ sv: "Punkt", en: "" }, "en")).toBe("Punkt");
    expect(localised({ sv: "Punkt", en: "Item" }, "en")).toBe("Item");
  });

  it("explains the scale with its anchors", () => {
    expect(scaleText(SKR_CHECKLIST, "en")).toBe(
      "Scale 1–3 in steps of 0.5: 1 Not started / does not exist; 2 Needs development; 3 Done / exists.",
    );
  });
});
