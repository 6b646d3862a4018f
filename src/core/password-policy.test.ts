import { describe, expect, it } from "vitest";
import { MIN_PASSWORD_LENGTH, passwordProblem } from "./password-policy.js";

describe("passwordProblem", () => {
  it("refuses passwords shorter than the minimum", () => {
    expect(passwordProblem("a".repeat(MIN_PASSWORD_LENGTH - 1))).toBe("errors.passwordTooShort");
  });

  it("accepts a long passphrase without composition rules", () => {
    expect(passwordProblem("sommar i norrbotten")).toBeNull();
  });

  it("counts characters, not bytes, so å, ä and ö count once", () => {
    expect(passwordProblem("åäöåäöåäöåäö")).toBeNull();
    expect(passwordProblem("åäöåäöåäöåä")).toBe("errors.passwordTooShort");
  });

  it("refuses absurdly long passwords", () => {
    expect(passwordProblem("x".repeat(257))).toBe("errors.passwordTooLong");
  });
});
