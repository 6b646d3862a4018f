import { describe, expect, it } from "vitest";
import { LoginThrottle } from "./login-throttle.js";

function throttleAt(start: number) {
  let now = start;
  const throttle = new LoginThrottle(3, 60_000, () => now);
  return { throttle, advance: (ms: number) => (now += ms) };
}

describe("LoginThrottle", () => {
  it("refuses after the maximum number of failures until the window has passed", () => {
    const { throttle, advance } = throttleAt(1_000);
    for (let i = 0; i < 3; i++) throttle.recordFailure("a");
    expect(throttle.waitFor("a")).toBe(60_000);
    advance(59_000);
    expect(throttle.waitFor("a")).toBe(1_000);
    advance(1_000);
    expect(throttle.waitFor("a")).toBe(0);
  });

  it("does not count successful log-ins, and a success clears earlier failures", () => {
    const { throttle } = throttleAt(0);
    throttle.recordFailure("a");
    throttle.recordFailure("a");
    throttle.recordSuccess("a");
    throttle.recordFailure("a");
    throttle.recordFailure("a");
    expect(throttle.waitFor("a")).toBe(0);
  });

  it("keeps keys apart", () => {
    const { throttle } = throttleAt(0);
    for (let i = 0; i < 3; i++) throttle.recordFailure("a");
    expect(throttle.waitFor("b")).toBe(0);
  });
});
