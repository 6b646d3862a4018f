import { describe, expect, it } from "vitest";
import { safeDuckDbDetail } from "./duckdb-error.js";

describe("safeDuckDbDetail", () => {
  it("drops the quoted line and every long run of digits from a DuckDB CSV error", () => {
    const message = [
      'Conversion Error: CSV Error on Line: 12\nOriginal Line: 20000101-2385,2580,"Andning",999',
      'Error when converting column "kostnad". Could not convert string "20000101-2385" to \'DOUBLE\'',
    ].join("\n");
    const detail = safeDuckDbDetail(new Error(message));
    expect(detail).toBe("Conversion Error: CSV Error on Line: 12");
    expect(safeDuckDbDetail(new Error("Could not convert string '200001012385' to INT64"))).toBe(
      "Could not convert string … to INT64",
    );
    expect(safeDuckDbDetail("value 000101-2384 is bad")).toBe("value … is bad");
  });
});
