import { describe, expect, it } from "vitest";
import { checkRoundDates, defaultRoundEnd, isWithinRound, mayMentor } from "./network-round.js";

describe("defaultRoundEnd", () => {
  it("ends a round 18 months after its start, on the day before", () => {
    expect(defaultRoundEnd("2018-09-01")).toBe("2020-02-29");
    expect(defaultRoundEnd("2026-01-15")).toBe("2027-07-14");
  });
});

describe("checkRoundDates", () => {
  it("accepts an end after the start and refuses one on or before it", () => {
    expect(checkRoundDates("2026-09-01", "2028-02-29")).toEqual({ kind: "ok" });
    expect(checkRoundDates("2026-09-01", "2026-09-01")).toEqual({ kind: "end_before_start" });
    expect(checkRoundDates("2026-09-01", "2026-13-01")).toEqual({ kind: "invalid" });
  });
});

describe("mayMentor", () => {
  it("lets an organisation mentor only after a round it took part in has ended", () => {
    expect(mayMentor([{ endsOn: "2020-02-29" }], "2026-09-01")).toBe(true);
    expect(mayMentor([{ endsOn: "2027-02-28" }], "2026-09-01")).toBe(false);
    expect(mayMentor([], "2026-09-01")).toBe(false);
  });
});

describe("isWithinRound", () => {
  const round = { startsOn: "2018-09-01", endsOn: "2020-02-29" };

  it("takes occasions from the first to the last day of the round", () => {
    expect(isWithinRound("2018-09-01", round)).toBe(true);
    expect(isWithinRound("2020-02-29", round)).toBe(true);
    expect(isWithinRound("2019-06-11", round)).toBe(true);
  });

  it("leaves out occasions of earlier and later rounds", () => {
    expect(isWithinRound("2018-08-31", round)).toBe(false);
    expect(isWithinRound("2026-09-15", round)).toBe(false);
  });
});
