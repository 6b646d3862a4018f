import { describe, expect, it } from "vitest";
import { asCount } from "./quantities.js";
import { deriveMeasure, shown, suppressed } from "./reported.js";

describe("deriveMeasure", () => {
  it("shows a measure when every count it rests on is shown", () => {
    const women = shown(asCount(30));
    const total = shown(asCount(40));
    expect(deriveMeasure([women, total], () => 30 / 40)).toEqual({ kind: "shown", value: 0.75 });
  });

  it("withholds a share of a withheld count, which would give the count back, without computing it", () => {
    let computed = false;
    const share = deriveMeasure([suppressed("secondary"), shown(asCount(40))], () => {
      computed = true;
      return 0;
    });
    expect(share).toEqual({ kind: "suppressed", reason: "derived" });
    expect(computed).toBe(false);
  });

  it("withholds a measure derived from another withheld measure", () => {
    const mean = deriveMeasure([suppressed("small")], () => 1200);
    expect(deriveMeasure([mean], () => 1)).toEqual({ kind: "suppressed", reason: "derived" });
  });
});
