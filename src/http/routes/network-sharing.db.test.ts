import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addOrganisation,
  expectStatus,
  recordAssessment,
  type TestOrganisation,
} from "../../../test/support/network-fixtures.js";
import { startTestApp, type TestApp, type TestClient } from "../../../test/support/test-app.js";
import { testDatabases } from "../../../test/support/test-database.js";

type Level = "none" | "group" | "network";

/**
 * A round of seven regions: Grupp A of four, Grupp B of two, and one outside any group,
 * each with its own consent. Every region writes a comment of its own on every item, so
 * that a leak of any of them shows in the raw answers.
 */
const REGIONS: ReadonlyArray<{
  key: string;
  group: "A" | "B" | null;
  level: Level;
  includeComments: boolean;
  uppstart: (number | null)[];
}> = [
  { key: "A1", group: "A", level: "group", includeComments: false, uppstart: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2] },
  { key: "A2", group: "A", level: "network", includeComments: true, uppstart: [3, 3, 3, 3, 3, 3, 3, 3, 3, null] },
  { key: "A3", group: "A", level: "none", includeComments: false, uppstart: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1] },
  { key: "A4", group: "A", level: "group", includeComments: true, uppstart: [2.5, 2, 2, 2, 2, 2, 2, 2, 2, 1] },
  { key: "B1", group: "B", level: "network", includeComments: false, uppstart: [2.5, 2.5, 2, 2, 2, 2, 2, 2, 2, 2] },
  { key: "B2", group: "B", level: "group", includeComments: true, uppstart: Array(10).fill(1.5) },
  { key: "C", group: null, level: "network", includeComments: true, uppstart: Array(10).fill(3) },
];

const commentOf = (key: string) => `Intern anteckning från region ${key}`;
const ALL_KEYS = REGIONS.map((r) => r.key);

describe.each(testDatabases())("sharing and comparisons in a network round on $name", (database) => {
  let t: TestApp;
  let coordinator: TestOrganisation;
  let roundId: string;
  const regions = new Map<string, TestOrganisation>();
  const idOf = (key: string) => regions.get(key)?.id as string;
  const roundUrl = (key: string) => `/api/v1/organisations/${idOf(key)}/network-rounds/${roundId}`;
  const as = (key: string, role: "manager" | "case_officer" = "case_officer") =>
    regions.get(key)?.as[role] as TestClient;
  const comparisonOf = async (key: string, occasion?: string) => {
    const query = occasion === undefined ? "" : `?${new URLSearchParams({ occasion })}`;
    const response = await as(key).get(`${roundUrl(key)}/comparison${query}`);
    expectStatus(response, 200);
    return response;
  };
  /** The raw answer must carry none of the comments (nor their evidence) of the regions named. */
  const expectNoCommentsOf = (raw: string, keys: readonly string[]) => {
    for (const key of keys) expect(raw, `comment of ${key}`).not.toContain(`region ${key}`);
  };
  const sharedIds = (answer: { shared: { organisationId: string }[] }) =>
    answer.shared.map((s) => s.organisationId).sort();

  beforeAll(async () => {
    t = await startTestApp(database.create());
    coordinator = await addOrganisation(t, "Testnätverket", ["network_coordinator"], "network_organiser");
    const manage = coordinator.as.network_coordinator as TestClient;
    const base = `/api/v1/organisations/${coordinator.id}/network-rounds`;
    const round = await manage.post(base, { name: "Jämförelser 2026", startsOn: "2026-01-01" });
    expectStatus(round, 201);
    roundId = round.json().id;
    const groups = {
      A: (await manage.post(`${base}/${roundId}/groups`, { name: "Grupp A" })).json().id as string,
      B: (await manage.post(`${base}/${roundId}/groups`, { name: "Grupp B" })).json().id as string,
    };
    for (const region of REGIONS) {
      const organisation = await addOrganisation(t, `Region ${region.key} (test)`, ["manager", "case_officer"]);
      regions.set(region.key, organisation);
      expectStatus(await manage.post(`${base}/${roundId}/members`, { organisationId: organisation.id }), 201);
      if (region.group) {
        const placed = await manage.put(`${base}/${roundId}/members/${organisation.id}/group`, {
          groupId: groups[region.group],
        });
        expectStatus(placed, 200);
      }
      const manager = organisation.as.manager as TestClient;
      await recordAssessment(manager, organisation.id, {
        occasion: "Uppstart",
        date: "2026-01-20",
        scores: region.uppstart,
        comment: commentOf(region.key),
      });
      const sharing = await manager.put(`${roundUrl(region.key)}/sharing`, {
        level: region.level,
        includeComments: region.includeComments,
      });
      expectStatus(sharing, 200);
    }
    for (const key of ["A1", "A2"]) {
      await recordAssessment(as(key, "manager"), idOf(key), {
        occasion: "BM1",
        date: "2026-05-12",
        scores: key === "A1" ? [3, 3, 3, 3, 3, 3, 3, 3, 3, 3] : [2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
        comment: commentOf(key),
      });
    }
  });
  afterAll(() => t.close());

  it("shows a member that shares nothing no comparison at all, only its own figures (give to get)", async () => {
    const response = await comparisonOf("A3", "Uppstart");
    expect(response.json()).toMatchObject({
      occasion: "Uppstart",
      occasions: ["Uppstart"],
      own: { scores: REGIONS[2]?.uppstart, sum: { sum: 10, complete: true } },
      group: { available: false, reason: "not_sharing" },
      network: { available: false, reason: "not_sharing" },
      shared: [],
    });
    expectNoCommentsOf(response.body, ALL_KEYS);
  });

  it("keeps a member that shares nothing out of every average others see", async () => {
    const a1 = (await comparisonOf("A1", "Uppstart")).json();
    // Grupp A has four members; A3 shares nothing, so the group average is over A1, A2 and A4.
    expect(a1.group.organisations).toBe(3);
    expect(a1.group.averages[0]).toEqual({ average: 2.5, organisations: 3 });
    expect(sharedIds(a1)).not.toContain(idOf("A3"));
    const movement = (
      await (coordinator.as.network_coordinator as TestClient).get(
        `/api/v1/organisations/${coordinator.id}/network-rounds/${roundId}/movement`,
      )
    ).json();
    const names = movement.occasions[0].organisations.map((o: { name: string }) => o.name);
    expect(names).not.toContain("Region A3 (test)");
  });

  it("lets a group-level sharer see its group's average over members of different consent and unscored items", async () => {
    const response = await comparisonOf("A1", "Uppstart");
    const answer = response.json();
    expect(answer.group).toEqual({
      available: true,
      organisations: 3,
      averages: [
        { average: 2.5, organisations: 3 },
        ...Array(8).fill({ average: 2.333333333, organisations: 3 }),
        // A2 left item 10 unscored: the mean is over A1 and A4 only.
        { average: 1.5, organisations: 2 },
      ],
      // A2's sum covers nine items and is left out: (20 + 19.5) / 2.
      averageSum: 19.75,
    });
    expect(answer.network).toEqual({ available: false, reason: "not_sharing" });
  });

  it("shows a group member's comments only where that member shares them, and no other group's figures", async () => {
    const response = await comparisonOf("A1", "Uppstart");
    const answer = response.json();
    expect(sharedIds(answer)).toEqual([idOf("A2"), idOf("A4")].sort());
    const a4 = answer.shared.find((s: { organisationId: string }) => s.organisationId === idOf("A4"));
    expect(a4.sum).toEqual({ sum: 19.5, scoredItems: 10, itemCount: 10, complete: true });
    expect(a4.comments[0]).toEqual({
      no: 1,
      comment: `${commentOf("A4")} (punkt 1)`,
      evidenceText: `Underlag: ${commentOf("A4")}`,
    });
    // B1 and C share with the whole network, but A1 shares only with its group.
    expectNoCommentsOf(response.body, ["A3", "B1", "B2", "C"]);
    expect(response.body).not.toContain("Region B1 (test)");
  });

  it("averages the network over those who share with the whole network only, the same for every viewer", async () => {
    const a2 = (await comparisonOf("A2", "Uppstart")).json();
    expect(a2.network).toEqual({
      available: true,
      organisations: 3,
      averages: [
        { average: 2.833333333, organisations: 3 },
        { average: 2.833333333, organisations: 3 },
        ...Array(7).fill({ average: 2.666666667, organisations: 3 }),
        { average: 2.5, organisations: 2 },
      ],
      // B1 21 and C 30; A2's partial sum is left out.
      averageSum: 25.5,
    });
    const b1 = (await comparisonOf("B1", "Uppstart")).json();
    const c = (await comparisonOf("C", "Uppstart")).json();
    expect(b1.network).toEqual(a2.network);
    expect(c.network).toEqual(a2.network);
    expect(c.group).toEqual({ available: false, reason: "no_group" });
    // A group's average is the same for each of its consenting members.
    expect(a2.group).toEqual((await comparisonOf("A4", "Uppstart")).json().group);
  });

  it("averages a group of two over its own members, independently of the larger group", async () => {
    const b2 = (await comparisonOf("B2", "Uppstart")).json();
    expect(b2.group).toMatchObject({ available: true, organisations: 2, averageSum: 18 });
    expect(b2.group.averages.slice(0, 3).map((a: { average: number }) => a.average)).toEqual([2, 2, 1.75]);
    expect(b2.network).toEqual({ available: false, reason: "not_sharing" });
  });

  it("shows a network sharer the figures of everyone who shares with it, comments only where consented", async () => {
    const response = await comparisonOf("B1", "Uppstart");
    const answer = response.json();
    expect(sharedIds(answer)).toEqual([idOf("A2"), idOf("B2"), idOf("C")].sort());
    const byId = new Map(answer.shared.map((s: { organisationId: string }) => [s.organisationId, s]));
    expect((byId.get(idOf("B2")) as { comments: unknown[] }).comments).toHaveLength(10);
    expect((byId.get(idOf("A2")) as { comments: unknown[] }).comments).toHaveLength(10);
    // A1 and A4 share only with Grupp A; A3 not at all.
    expectNoCommentsOf(response.body, ["A1", "A3", "A4"]);

    const a2 = await comparisonOf("A2", "Uppstart");
    expect(sharedIds(a2.json())).toEqual([idOf("A1"), idOf("A4"), idOf("B1"), idOf("C")].sort());
    const a1 = a2.json().shared.find((s: { organisationId: string }) => s.organisationId === idOf("A1"));
    expect(a1.comments).toBeNull();
    expectNoCommentsOf(a2.body, ["A1", "A3", "B1", "B2"]);
  });

  it("compares by occasion name whatever its case, and the latest own occasion when none is asked for", async () => {
    const latest = (await comparisonOf("A1")).json();
    expect(latest.occasion).toBe("BM1");
    expect(latest.occasions).toEqual(["Uppstart", "BM1"]);
    const asked = (await comparisonOf("A1", " bm1 ")).json();
    expect(asked.occasion).toBe("BM1");
    expect(asked.group).toMatchObject({ available: true, organisations: 2, averageSum: 25 });
    expect(asked.group.averages[0]).toEqual({ average: 2.5, organisations: 2 });
    // B1 has no BM1 of its own: its group has none either, but A2 shares its BM1 with the network.
    const without = (await comparisonOf("B1", "BM1")).json();
    expect(without).toMatchObject({ occasion: "BM1", own: null, group: { available: false, reason: "no_data" } });
    expect(without.network).toMatchObject({ available: true, organisations: 1, averageSum: 20 });
    expect(sharedIds(without)).toEqual([idOf("A2")]);
  });

  it("shows the coordinator the round's movement from network sharers only, and no comments anywhere", async () => {
    const client = coordinator.as.network_coordinator as TestClient;
    const base = `/api/v1/organisations/${coordinator.id}/network-rounds/${roundId}`;
    const movement = await client.get(`${base}/movement`);
    expect(movement.statusCode).toBe(200);
    const [uppstart, bm1] = movement.json().occasions;
    expect(uppstart).toMatchObject({ occasion: "Uppstart", recorded: 7, averageSum: 25.5 });
    expect(
      uppstart.organisations.map((o: { name: string; sum: number; complete: boolean }) => [o.name, o.sum, o.complete]),
    ).toEqual([
      ["Region A2 (test)", 27, false],
      ["Region B1 (test)", 21, true],
      ["Region C (test)", 30, true],
    ]);
    // A1 (group) and A2 (network) recorded BM1; only A2's figures reach the coordinator.
    expect(bm1).toMatchObject({ occasion: "BM1", recorded: 2, averageSum: 20 });
    expect(bm1.organisations.map((o: { name: string }) => o.name)).toEqual(["Region A2 (test)"]);
    const round = await client.get(base);
    for (const raw of [movement.body, round.body]) expectNoCommentsOf(raw, ALL_KEYS);
  });

  it("never lets a comment out in any round or comparison answer of a member that did not consent to it", async () => {
    // Who may read whose comments: same group with comments, or the network with comments.
    const mayRead: Record<string, string[]> = {
      A1: ["A2", "A4"],
      A2: ["A4", "C"],
      A3: [],
      A4: ["A2"],
      B1: ["A2", "B2", "C"],
      B2: [],
      C: ["A2"],
    };
    for (const viewer of ALL_KEYS) {
      const answers = [
        (await as(viewer).get(roundUrl(viewer))).body,
        (await as(viewer).get(`/api/v1/organisations/${idOf(viewer)}/network-rounds`)).body,
        (await comparisonOf(viewer)).body,
        (await comparisonOf(viewer, "Uppstart")).body,
        (await comparisonOf(viewer, "BM1")).body,
      ];
      const forbidden = ALL_KEYS.filter((key) => key !== viewer && !(mayRead[viewer] ?? []).includes(key));
      for (const raw of answers) {
        for (const key of forbidden) expect(raw, `${viewer} reads ${key}`).not.toContain(commentOf(key));
        expect(raw).not.toContain(commentOf(viewer)); // not even its own: the comparison is figures
      }
    }
  });

  it("applies a change of consent at once, and only the member itself can make it", async () => {
    const before = (await comparisonOf("A1", "Uppstart")).json();
    expect(before.group.organisations).toBe(3);
    const managerOfA1 = as("A1", "manager");
    expect(
      (await managerOfA1.put(`${roundUrl("A3")}/sharing`, { level: "network", includeComments: true })).statusCode,
    ).toBe(404);
    expectStatus(
      await as("A3", "manager").put(`${roundUrl("A3")}/sharing`, { level: "group", includeComments: false }),
      200,
    );
    const after = (await comparisonOf("A1", "Uppstart")).json();
    expect(after.group.organisations).toBe(4);
    expect(sharedIds(after)).toContain(idOf("A3"));
    const a3 = after.shared.find((s: { organisationId: string }) => s.organisationId === idOf("A3"));
    expect(a3.comments).toBeNull();
    expect((await comparisonOf("A3", "Uppstart")).json().group).toMatchObject({ available: true, organisations: 4 });
    const round = (await as("A3").get(roundUrl("A3"))).json();
    const a3Member = round.members.find((m: { organisationId: string }) => m.organisationId === idOf("A3"));
    expect(a3Member.sharing).toEqual({ level: "group", includeComments: false });
  });
});
