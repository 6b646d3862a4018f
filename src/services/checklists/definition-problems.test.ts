import { describe, expect, it } from "vitest";
import { InvalidInputError, SKR_CHECKLIST } from "../../core/index.js";
import { assertValidDefinition, tidyDefinition } from "./definition-problems.js";

describe("checking a checklist before it is saved", () => {
  it("accepts the SKR checklist", () => {
    expect(() => assertValidDefinition(SKR_CHECKLIST)).not.toThrow();
  });

  it("names every problem with where it lies", () => {
    const broken = {
      ...SKR_CHECKLIST,
      scale: { min: 1, max: 4, step: 1 },
      anchors: [
        { value: 5, text: { sv: "Utanför", en: "" } },
        { value: 2, text: { sv: "Två", en: "" } },
        { value: 2, text: { sv: "Två igen", en: "" } },
      ],
      items: [
        { no: 1, text: { sv: "Första", en: "" } },
        { no: 3, text: { sv: "  ", en: "" } },
      ],
    };
    let error: unknown;
    try {
      assertValidDefinition(tidyDefinition(broken));
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    const { messageKey, details } = error as InvalidInputError;
    expect(messageKey).toBe("checklists.errors.invalidChecklist");
    expect(details).toEqual([
      { path: "definition.anchors", messageKey: "checklists.problems.anchorOffScale", params: { value: 5 } },
      { path: "definition.anchors", messageKey: "checklists.problems.anchorDuplicate", params: { value: 2 } },
      { path: "definition.items", messageKey: "checklists.problems.itemNumbers" },
      { path: "definition.items.2.text.sv", messageKey: "checklists.problems.itemText", params: { no: 3 } },
    ]);
  });

  it("trims every text", () => {
    const tidy = tidyDefinition({ ...SKR_CHECKLIST, name: { sv: "  Barnrätt ", en: " Child rights  " } });
    expect(tidy.name).toEqual({ sv: "Barnrätt", en: "Child rights" });
  });
});
