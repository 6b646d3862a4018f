import { describe, expect, it } from "vitest";
import { padEnd, padStart, width } from "./terminal-text.js";

describe("width", () => {
  it("counts a letter written with a combining mark as one character", () => {
    expect(width("Gävleborg")).toBe(9);
    expect(width("Ga\u0308vleborg")).toBe(9);
  });
});

describe("padEnd and padStart", () => {
  it("pad to the width as shown, on the right and on the left", () => {
    expect(padEnd("Ga\u0308", 4)).toBe("Ga\u0308  ");
    expect(padStart("24", 4)).toBe("  24");
  });

  it("leave a text longer than the width whole", () => {
    expect(padEnd("Västerbotten", 3)).toBe("Västerbotten");
    expect(padStart("Västerbotten", 3)).toBe("Västerbotten");
  });
});
