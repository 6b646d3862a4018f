import { describe, expect, it } from "vitest";
import { type ChecklistDefinition, definitionProblems, isOnScale, scalePoints } from "./checklist-definition.js";
import { checkScore } from "./score-check.js";
import { SKR_CHECKLIST } from "./skr-checklist.js";

const fourStep: ChecklistDefinition = {
  name: { sv: "Barnrättsperspektivet", en: "" },
  scale: { min: 1, max: 4, step: 1 },
  anchors: [
    { value: 1, text: { sv: "Inte alls", en: "" } },
    { value: 4, text: { sv: "Helt och hållet", en: "" } },
  ],
  items: [
    { no: 1, text: { sv: "Barn har fått komma till tals.", en: "" } },
    { no: 2, text: { sv: "Beslutet prövas mot barnets bästa.", en: "" } },
  ],
};

describe("the built-in SKR checklist", () => {
  it("has ten items scored 1–3 in half steps with three anchors, and no problems", () => {
    expect(SKR_CHECKLIST.items.map((item) => item.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(scalePoints(SKR_CHECKLIST.scale)).toEqual([1, 1.5, 2, 2.5, 3]);
    expect(SKR_CHECKLIST.anchors.map((anchor) => anchor.value)).toEqual([1, 2, 3]);
    expect(definitionProblems(SKR_CHECKLIST)).toEqual([]);
  });
});

describe("definitionProblems", () => {
  it("accepts a four-step scale with other items", () => {
    expect(definitionProblems(fourStep)).toEqual([]);
    expect(scalePoints(fourStep.scale)).toEqual([1, 2, 3, 4]);
  });

  it("refuses a scale whose minimum is not below its maximum", () => {
    expect(definitionProblems({ ...fourStep, scale: { min: 3, max: 3, step: 1 } })).toContainEqual({
      kind: "scale_range",
    });
  });

  it("refuses a step that does not divide the range, or makes too many points", () => {
    expect(definitionProblems({ ...fourStep, scale: { min: 1, max: 4, step: 2 } })).toContainEqual({
      kind: "scale_step",
    });
    expect(definitionProblems({ ...fourStep, scale: { min: 0, max: 100, step: 1 } })).toContainEqual({
      kind: "scale_step",
    });
    expect(definitionProblems({ ...fourStep, scale: { min: 1, max: 4, step: 0 } })).toContainEqual({
      kind: "scale_step",
    });
  });

  it("refuses anchors off the scale or given twice", () => {
    const anchors = [
      { value: 2.5, text: { sv: "Halvvägs", en: "" } },
      { value: 1, text: { sv: "Inte alls", en: "" } },
      { value: 1, text: { sv: "Igen", en: "" } },
    ];
    expect(definitionProblems({ ...fourStep, anchors })).toEqual([
      { kind: "anchor_off_scale", value: 2.5 },
      { kind: "anchor_duplicate", value: 1 },
    ]);
  });

  it("refuses no items, gaps in the numbering and items without Swedish text", () => {
    expect(definitionProblems({ ...fourStep, items: [] })).toContainEqual({ kind: "no_items" });
    const gap = [fourStep.items[0], { no: 3, text: { sv: "Tre", en: "" } }] as ChecklistDefinition["items"];
    expect(definitionProblems({ ...fourStep, items: gap })).toContainEqual({ kind: "item_numbers" });
    const blank = [{ no: 1, text: { sv: "  ", en: "Child" } }];
    expect(definitionProblems({ ...fourStep, items: blank })).toContainEqual({ kind: "item_text", no: 1 });
  });
});

describe("checkScore", () => {
  const scale = SKR_CHECKLIST.scale;

  it("allows every half step from 1 to 3, and no score at all", () => {
    for (const score of [1, 1.5, 2, 2.5, 3, null]) expect(checkScore(scale, score)).toEqual({ kind: "ok" });
  });

  it("tells a score outside the scale from one between its steps", () => {
    expect(checkScore(scale, 0)).toEqual({ kind: "off_scale" });
    expect(checkScore(scale, 3.5)).toEqual({ kind: "off_scale" });
    expect(checkScore(scale, Number.NaN)).toEqual({ kind: "off_scale" });
    expect(checkScore(scale, 2.25)).toEqual({ kind: "off_step" });
    expect(isOnScale(scale, 2.25)).toBe(false);
  });
});
