import { describe, expect, it } from "vitest";
import { PERMISSIONS, permissionsOf, rolesGrant } from "./permissions.js";
import { ROLES } from "./roles.js";

describe("permissions", () => {
  it("gives every role at least the right to see its organisation", () => {
    for (const role of ROLES) expect(rolesGrant([role], "organisation.read")).toBe(true);
  });

  it("keeps user, structure and audit administration to administrators", () => {
    for (const role of ROLES.filter((r) => r !== "administrator")) {
      expect(rolesGrant([role], "users.manage")).toBe(false);
      expect(rolesGrant([role], "structure.manage")).toBe(false);
      expect(rolesGrant([role], "audit.read")).toBe(false);
    }
    expect(permissionsOf(["administrator"])).toEqual([...PERMISSIONS]);
  });

  it("grants nothing to a user without roles", () => {
    expect(permissionsOf([])).toEqual([]);
    expect(rolesGrant([], "organisation.read")).toBe(false);
  });

  it("unites the permissions of several roles without duplicates", () => {
    expect(permissionsOf(["case_officer", "administrator", "case_officer"])).toEqual([...PERMISSIONS]);
  });
});
