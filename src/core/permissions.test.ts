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
    expect(permissionsOf(["administrator"])).toEqual(
      expect.arrayContaining(["users.manage", "structure.manage", "audit.read"]),
    );
  });

  it("lets only case officers write, only reviewers review and only secretaries decide", () => {
    const holders = (permission: (typeof PERMISSIONS)[number]) =>
      ROLES.filter((role) => rolesGrant([role], permission));
    expect(holders("cases.write")).toEqual(["case_officer"]);
    expect(holders("cases.review")).toEqual(["reviewer"]);
    expect(holders("cases.decide")).toEqual(["secretary"]);
  });

  it("lets every member read cases and their follow-up", () => {
    for (const role of ROLES) {
      expect(rolesGrant([role], "cases.read")).toBe(true);
      expect(rolesGrant([role], "followup.read")).toBe(true);
    }
  });

  it("lets every member read statistics, analysts and administrators import, and only administrators set thresholds", () => {
    const holders = (permission: (typeof PERMISSIONS)[number]) =>
      ROLES.filter((role) => rolesGrant([role], permission));
    for (const role of ROLES) expect(rolesGrant([role], "statistics.read")).toBe(true);
    expect(holders("statistics.manage")).toEqual(["analyst", "administrator"]);
    expect(holders("statistics.settings")).toEqual(["administrator"]);
    expect(holders("differences.analyse")).toEqual(["reviewer", "analyst", "manager", "administrator"]);
  });

  it("grants nothing to a user without roles", () => {
    expect(permissionsOf([])).toEqual([]);
    expect(rolesGrant([], "organisation.read")).toBe(false);
  });

  it("unites the permissions of several roles without duplicates", () => {
    const united = permissionsOf(["case_officer", "administrator", "case_officer"]);
    expect(united).toEqual([...new Set(united)]);
    expect(united).toEqual(expect.arrayContaining([...permissionsOf(["administrator"]), "cases.write"]));
  });
});
