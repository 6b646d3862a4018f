import { describe, expect, it } from "vitest";
import { countByStatus, differenceStatus } from "./difference-status.js";

const today = "2027-03-15";

describe("differenceStatus", () => {
  it("is to be analysed until judged, whatever measures exist", () => {
    expect(differenceStatus(null, [], today)).toBe("to_analyse");
    expect(differenceStatus(null, [{ status: "done", dueDate: "2027-01-01" }], today)).toBe("to_analyse");
  });

  it("is justified when judged so", () => {
    expect(differenceStatus("justified", [], today)).toBe("justified");
  });

  it("needs a measure when judged unjustified without one", () => {
    expect(differenceStatus("unjustified", [], today)).toBe("measure_needed");
  });

  it("has an open measure until every measure is done, and is overdue from the day after a due date", () => {
    expect(differenceStatus("unjustified", [{ status: "planned", dueDate: today }], today)).toBe("measure_open");
    expect(differenceStatus("unjustified", [{ status: "in_progress", dueDate: "2027-03-14" }], today)).toBe("overdue");
    expect(
      differenceStatus(
        "unjustified",
        [
          { status: "done", dueDate: "2026-01-01" },
          { status: "planned", dueDate: "2027-12-31" },
        ],
        today,
      ),
    ).toBe("measure_open");
  });

  it("is done when every measure is done, late or not", () => {
    const measures = [
      { status: "done", dueDate: "2026-01-01" },
      { status: "done", dueDate: "2027-12-31" },
    ] as const;
    expect(differenceStatus("unjustified", measures, today)).toBe("done");
  });
});

describe("countByStatus", () => {
  it("counts each status and gives 0 for those that do not occur", () => {
    expect(countByStatus(["to_analyse", "overdue", "to_analyse"])).toEqual({
      to_analyse: 2,
      justified: 0,
      measure_needed: 0,
      measure_open: 0,
      overdue: 1,
      done: 0,
    });
  });
});
