import { describe, expect, it } from "vitest";
import { type FollowUpRecord, periodOf, summariseFollowUp } from "./follow-up.js";

function record(overrides: Partial<FollowUpRecord>): FollowUpRecord {
  return {
    caseId: "c",
    diarienummer: null,
    title: "Ärende",
    bodyId: "b",
    departmentId: null,
    date: "2026-03-15",
    genderSection: true,
    verdict: "adequate",
    decided: true,
    positionRecorded: true,
    archived: false,
    ...overrides,
  };
}

describe("the follow-up of gender-equal decisions", () => {
  it("names periods by year, half-year and quarter", () => {
    expect(periodOf("2026-03-31", "year")).toBe("2026");
    expect(periodOf("2026-07-01", "half")).toBe("2026-H2");
    expect(periodOf("2026-06-30", "half")).toBe("2026-H1");
    expect(periodOf("2026-10-01", "quarter")).toBe("2026-Q4");
  });

  it("counts cases, gender impact sections and verdicts per period in time order", () => {
    const { periods } = summariseFollowUp(
      [
        record({
          date: "2025-05-01",
          genderSection: false,
          verdict: "missing",
          archived: true,
          positionRecorded: false,
        }),
        record({ date: "2026-02-01", verdict: "good" }),
        record({ date: "2026-09-01", verdict: "insufficient", positionRecorded: false }),
        record({
          date: "2025-11-01",
          genderSection: false,
          verdict: "missing",
          archived: true,
          positionRecorded: false,
        }),
      ],
      "year",
    );
    expect(periods.map((p) => p.period)).toEqual(["2025", "2026"]);
    expect(periods[0]).toMatchObject({ cases: 2, withGenderSection: 0, genderSectionShare: 0, positionShare: 0 });
    expect(periods[1]).toMatchObject({ cases: 2, withGenderSection: 2, genderSectionShare: 1, positionShare: 0.5 });
    expect(periods[1]?.verdicts).toEqual({ missing: 0, insufficient: 1, adequate: 0, good: 1 });
  });

  it("measures the share of positions against decided cases only, and says when there is none", () => {
    const { total } = summariseFollowUp(
      [record({ decided: false, positionRecorded: false }), record({ decided: true, positionRecorded: true })],
      "quarter",
    );
    expect(total).toMatchObject({ cases: 2, decided: 1, withPosition: 1, positionShare: 1 });
    const undecided = summariseFollowUp([record({ decided: false, positionRecorded: false })], "year").total;
    expect(undecided.positionShare).toBeNull();
    expect(summariseFollowUp([], "year").total.genderSectionShare).toBeNull();
  });
});
