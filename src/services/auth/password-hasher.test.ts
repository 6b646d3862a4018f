import { describe, expect, it } from "vitest";
import { hashPassword, UNUSABLE_HASH, verifyPassword } from "./password-hasher.js";

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("lång lösenfras för test");
    expect(await verifyPassword("lång lösenfras för test", hash)).toBe(true);
    expect(await verifyPassword("lång lösenfras för Test", hash)).toBe(false);
  });

  it("stores scrypt in PHC form with a fresh salt each time, never the password", async () => {
    const [a, b] = await Promise.all([hashPassword("samma lösenord"), hashPassword("samma lösenord")]);
    expect(a).toMatch(/^\$scrypt\$ln=15,r=8,p=3\$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain("samma");
  });

  it("treats precomposed and decomposed å as the same password", async () => {
    const hash = await hashPassword("blåbärssylt i skåp");
    expect(await verifyPassword("bla\u030Abärssylt i ska\u030Ap", hash)).toBe(true);
  });

  it("refuses malformed hashes and the unusable placeholder", async () => {
    expect(await verifyPassword("x", "not-a-hash")).toBe(false);
    expect(await verifyPassword("", UNUSABLE_HASH)).toBe(false);
  });
});
