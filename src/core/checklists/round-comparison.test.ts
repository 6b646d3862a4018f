import { describe, expect, it } from "vitest";
import { type MemberAssessments, memberComparison, roundMovement } from "./round-comparison.js";
import type { Sharing } from "./sharing.js";

const V1 = "version-1";
const V2 = "version-2";

function member(
  organisationId: string,
  groupId: string | null,
  sharing: Sharing,
  assessments: Array<{ occasion: string; date: string; scores: (number | null)[]; version?: string; comment?: string }>,
): MemberAssessments {
  return {
    organisationId,
    name: `Region ${organisationId}`,
    groupId,
    sharing,
    assessments: assessments.map((a) => ({
      occasion: a.occasion,
      date: a.date,
      checklistVersionId: a.version ?? V1,
      scores: a.scores,
      notes: a.comment ? [{ no: 1, comment: a.comment, evidenceText: `Underlag: ${a.comment}` }] : [],
    })),
  };
}

const NONE: Sharing = { level: "none", includeComments: false };
const GROUP: Sharing = { level: "group", includeComments: false };
const GROUP_WITH_COMMENTS: Sharing = { level: "group", includeComments: true };
const NETWORK: Sharing = { level: "network", includeComments: false };
const NETWORK_WITH_COMMENTS: Sharing = { level: "network", includeComments: true };

const compare = (viewerId: string, members: MemberAssessments[], occasion: string | null = null) =>
  memberComparison({ viewerId, members, occasion, latestVersion: { id: V1, itemCount: 3 } });

describe("memberComparison", () => {
  const round = [
    member("a", "g1", GROUP, [
      { occasion: "Uppstart", date: "2025-01-10", scores: [2, 2, 1] },
      { occasion: "BM1", date: "2025-06-10", scores: [2.5, 2, 1.5] },
    ]),
    member("b", "g1", NETWORK_WITH_COMMENTS, [
      { occasion: "uppstart", date: "2025-01-12", scores: [3, 1.5, null], comment: "b:s kommentar" },
    ]),
    member("c", "g1", NONE, [
      { occasion: "Uppstart", date: "2025-01-11", scores: [1, 1, 1], comment: "c:s hemlighet" },
    ]),
    member("d", "g2", GROUP_WITH_COMMENTS, [
      { occasion: "Uppstart", date: "2025-01-15", scores: [1, 1, 1], comment: "d:s kommentar" },
    ]),
    member("e", "g2", NETWORK, [{ occasion: "Uppstart", date: "2025-01-16", scores: [2, 3, 3] }]),
    member("f", null, NETWORK, [{ occasion: "Uppstart", date: "2025-01-17", scores: [1, 2, 2.5] }]),
  ];

  it("compares the latest own occasion when none is asked for, and lists the own occasions in order", () => {
    const result = compare("a", round);
    expect(result.occasion).toBe("BM1");
    expect(result.occasions).toEqual(["Uppstart", "BM1"]);
    expect(result.own?.sum).toEqual({ sum: 6, scoredItems: 3, itemCount: 3, complete: true });
  });

  it("averages the group over its consenting members only, unscored items counted out per item", () => {
    const result = compare("a", round, "UPPSTART");
    expect(result.occasion).toBe("Uppstart");
    // a (own) and b (network) count; c shares nothing.
    expect(result.group).toEqual({
      available: true,
      organisations: 2,
      averages: [
        { average: 2.5, organisations: 2 },
        { average: 1.75, organisations: 2 },
        { average: 1, organisations: 1 },
      ],
      // b's sum covers two items of three and is left out of the mean sum.
      averageSum: 5,
    });
  });

  it("gives a member that shares only with its group no network comparison (give to get)", () => {
    const result = compare("a", round, "Uppstart");
    expect(result.network).toEqual({ available: false, reason: "not_sharing" });
    expect(result.shared.map((s) => s.organisationId)).toEqual(["b"]);
  });

  it("shows a member that shares nothing no comparison and no one's figures", () => {
    const result = compare("c", round, "Uppstart");
    expect(result.group).toEqual({ available: false, reason: "not_sharing" });
    expect(result.network).toEqual({ available: false, reason: "not_sharing" });
    expect(result.shared).toEqual([]);
    expect(result.own?.scores).toEqual([1, 1, 1]);
  });

  it("averages the network over those who share with the whole network, leaving out group-level sharers", () => {
    const result = compare("b", round, "Uppstart");
    // b (own), e and f share with the network; a and d share with their groups only.
    expect(result.network).toMatchObject({ available: true, organisations: 3 });
    if (!result.network.available) throw new Error("expected a network comparison");
    expect(result.network.averages.map((a) => a.average)).toEqual([2, 2.166666667, 2.75]);
    expect(result.network.averageSum).toBe(6.75);
  });

  it("averages groups of different sizes each over their own members", () => {
    const e = compare("e", round, "Uppstart");
    expect(e.group).toMatchObject({ available: true, organisations: 2 });
    if (!e.group.available) throw new Error("expected a group comparison");
    expect(e.group.averages.map((a) => a.average)).toEqual([1.5, 2, 2]);
    const b = compare("b", round, "Uppstart");
    expect(b.group).toMatchObject({ available: true, organisations: 2 });
  });

  it("shows another organisation's comments only when it shares them with the viewer", () => {
    const e = compare("e", round, "Uppstart");
    const byId = Object.fromEntries(e.shared.map((s) => [s.organisationId, s]));
    expect(Object.keys(byId).sort()).toEqual(["b", "d", "f"]);
    expect(byId.d?.comments).toEqual([{ no: 1, comment: "d:s kommentar", evidenceText: "Underlag: d:s kommentar" }]);
    expect(byId.b?.comments?.[0]?.comment).toBe("b:s kommentar");
    expect(byId.f?.comments).toBeNull();
    expect(JSON.stringify(e)).not.toContain("hemlighet");
    // d shares its comments with its own group only.
    expect(JSON.stringify(compare("f", round, "Uppstart"))).not.toContain("d:s kommentar");
  });

  it("says there is no group for a member outside every group, and no data when no one else has the occasion", () => {
    expect(compare("f", round, "Uppstart").group).toEqual({ available: false, reason: "no_group" });
    const bm1 = compare("a", round, "BM1");
    expect(bm1.group).toEqual({ available: false, reason: "no_data" });
    expect(bm1.own?.occasion).toBe("BM1");
  });

  it("never compares an assessment scored on another edition of the checklist", () => {
    const mixed = [
      member("a", "g1", NETWORK, [{ occasion: "BM2", date: "2026-01-01", scores: [2, 2, 2] }]),
      member("b", "g1", NETWORK, [{ occasion: "BM2", date: "2026-01-02", scores: [3, 3, 3, 3], version: V2 }]),
    ];
    const result = compare("a", mixed, "BM2");
    expect(result.group).toEqual({ available: false, reason: "no_data" });
    expect(result.shared).toEqual([]);
  });

  it("answers a member without assessments with nothing to compare", () => {
    const result = compare("x", [member("x", "g1", GROUP, []), ...round]);
    expect(result).toMatchObject({ occasion: null, occasions: [], own: null, shared: [] });
    expect(result.group).toEqual({ available: false, reason: "no_data" });
  });
});

describe("roundMovement", () => {
  it("counts everyone who recorded an occasion but shows only the network sharers' sums and their mean", () => {
    const movement = roundMovement([
      member("a", "g1", GROUP, [{ occasion: "Uppstart", date: "2025-01-10", scores: [2, 2, 1] }]),
      member("b", "g1", NETWORK, [
        { occasion: "BM1", date: "2025-06-01", scores: [3, 3, 3] },
        { occasion: "Uppstart", date: "2025-01-11", scores: [2, 2, 2] },
      ]),
      member("c", null, NETWORK_WITH_COMMENTS, [{ occasion: "uppstart", date: "2025-01-09", scores: [1, 1, null] }]),
    ]);
    expect(movement.occasions.map((o) => o.occasion)).toEqual(["uppstart", "BM1"]);
    const [start, bm1] = movement.occasions;
    expect(start?.recorded).toBe(3);
    expect(start?.organisations.map((o) => [o.organisationId, o.sum, o.complete])).toEqual([
      ["b", 6, true],
      ["c", 2, false],
    ]);
    expect(start?.averageSum).toBe(6);
    expect(bm1).toMatchObject({ recorded: 1, averageSum: 9 });
  });
});
