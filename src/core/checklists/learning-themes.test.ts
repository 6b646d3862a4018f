import { describe, expect, it } from "vitest";
import { canonicalTheme, LEARNING_MEETING_THEMES, usualTheme } from "./learning-themes.js";

describe("learning meeting themes", () => {
  it("offers the five usual themes in Swedish and English", () => {
    expect(LEARNING_MEETING_THEMES.map((theme) => theme.sv)).toEqual([
      "System för styrning och ledning",
      "Systematiskt förbättringsarbete",
      "Analys och uppföljning",
      "Kommunikation",
      "Kultur och hållbart förbättringsarbete",
    ]);
    expect(LEARNING_MEETING_THEMES.every((theme) => theme.en.length > 0)).toBe(true);
  });

  it("recognises a usual theme written in either language, whatever the case and spacing", () => {
    expect(usualTheme("  analys  och UPPFÖLJNING")?.key).toBe("analysis");
    expect(usualTheme("Communication")?.key).toBe("communication");
    expect(usualTheme("Barnrättsperspektivet")).toBeUndefined();
  });

  it("stores a usual theme by its Swedish name and any other theme as written, tidied", () => {
    expect(canonicalTheme("systematic improvement")).toBe("Systematiskt förbättringsarbete");
    expect(canonicalTheme("  Jämställd   budgetering ")).toBe("Jämställd budgetering");
  });
});
