import { describe, expect, it } from "vitest";
import { checkOccasionDate, compareOccasions, occasionKey, parseDay } from "./occasions.js";

describe("occasionKey", () => {
  it("makes names that differ only in case and spacing clash", () => {
    expect(occasionKey("  bm1 ")).toBe(occasionKey("BM1"));
    expect(occasionKey("Resultat  konferens")).toBe(occasionKey("resultat konferens"));
    expect(occasionKey("Uppstart")).not.toBe(occasionKey("BM1"));
  });

  it("folds Swedish letters in either normal form to the same key", () => {
    expect(occasionKey("Årsmöte Ö")).toBe(occasionKey("a\u030Arsmöte ö".normalize("NFD")));
  });
});

describe("checkOccasionDate", () => {
  it("accepts past dates and dates up to a year ahead", () => {
    expect(checkOccasionDate("2018-09-20", "2026-12-01")).toEqual({ kind: "ok" });
    expect(checkOccasionDate("2027-12-01", "2026-12-01")).toEqual({ kind: "ok" });
  });

  it("refuses a date more than a year ahead and says which is the latest allowed", () => {
    expect(checkOccasionDate("2028-01-15", "2026-12-01")).toEqual({ kind: "too_far_ahead", latest: "2027-12-01" });
    expect(checkOccasionDate("2027-12-02", "2026-12-01").kind).toBe("too_far_ahead");
    expect(checkOccasionDate("2029-03-01", "2028-02-29")).toEqual({ kind: "too_far_ahead", latest: "2029-02-28" });
  });

  it("refuses dates that do not exist", () => {
    expect(checkOccasionDate("2026-02-30", "2026-12-01")).toEqual({ kind: "invalid" });
    expect(checkOccasionDate("20.9.2018", "2026-12-01")).toEqual({ kind: "invalid" });
    expect(parseDay("2024-02-29")).toBeDefined();
  });
});

describe("compareOccasions", () => {
  it("orders by date, then Uppstart before BM1 on the same day, then by name", () => {
    const occasions = [
      { occasion: "BM3", date: "2019-06-11" },
      { occasion: "BM1", date: "2018-11-27" },
      { occasion: "Uppstart", date: "2018-11-27" },
      { occasion: "Extra", date: "2018-11-27" },
    ];
    expect([...occasions].sort(compareOccasions).map((o) => o.occasion)).toEqual(["Uppstart", "BM1", "Extra", "BM3"]);
  });
});
