import { describe, expect, it } from "vitest";
import { mayCompareAt, type SharingLevel, type Viewer, visibilityFor } from "./sharing.js";

const VIEWERS: readonly Viewer[] = ["same_group", "other_group", "coordinator"];

describe("visibilityFor", () => {
  it("shows nothing to anyone when the organisation shares with no one", () => {
    for (const viewer of VIEWERS)
      expect(visibilityFor({ level: "none", includeComments: true }, viewer)).toBe("nothing");
  });

  it("shows scores at group level only to the same group", () => {
    const sharing = { level: "group" as const, includeComments: false };
    expect(visibilityFor(sharing, "same_group")).toBe("scores");
    expect(visibilityFor(sharing, "other_group")).toBe("nothing");
    expect(visibilityFor(sharing, "coordinator")).toBe("nothing");
  });

  it("shows scores at network level to everyone in the round, comments only with their own consent", () => {
    for (const viewer of VIEWERS) {
      expect(visibilityFor({ level: "network", includeComments: false }, viewer)).toBe("scores");
      expect(visibilityFor({ level: "network", includeComments: true }, viewer)).toBe("scores_and_comments");
    }
  });
});

describe("mayCompareAt", () => {
  it("gives the comparisons only to those who give at that level (give to get)", () => {
    const table = (["none", "group", "network"] as SharingLevel[]).map((level) => [
      mayCompareAt(level, "group"),
      mayCompareAt(level, "network"),
    ]);
    expect(table).toEqual([
      [false, false],
      [true, false],
      [true, true],
    ]);
  });
});
