import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/support/test-app.js";
import { testDatabases } from "../../../test/support/test-database.js";
import { findOrganisationByName } from "../../data/index.js";
import { DifferenceService, type DifferenceSummary } from "../statistics/difference.service.js";
import { NORRBOTTEN } from "./demo-data.js";
import { DEMO_ANALYSIS, DEMO_DEPARTMENT } from "./demo-statistics.js";

describe.each(testDatabases())("the demo statistics on $name", (database) => {
  let t: TestApp;
  let orgId: string;
  let differences: DifferenceService;
  let all: DifferenceSummary[];

  beforeAll(async () => {
    t = await startTestApp(database.create());
    const db = t.application.database.db;
    orgId = (await findOrganisationByName(db, NORRBOTTEN))?.id ?? "";
    differences = new DifferenceService(db);
    all = (await differences.list(orgId)).differences;
  });
  afterAll(() => t.close());

  const find = (indicator: string, area: string, period: string) =>
    all.find((d) => d.indicatorName.startsWith(indicator) && d.groupLabel.area === area && d.period === period);

  it("flags the county's and Luleå's clear gap in follow-up visits, and not Piteå's small or Kiruna's unclear one", () => {
    const county = find("Andel patienter med återbesök", "Norrbottens län", "2025");
    expect(county).toMatchObject({ flagged: true, clear: true, womenValue: 71, menValue: 86, measureKind: "share" });
    expect(county?.difference).toBeCloseTo(-15, 6);
    expect(find("Andel patienter med återbesök", "Luleå", "2025")?.flagged).toBe(true);
    expect(find("Andel patienter med återbesök", "Piteå", "2025")?.flagged ?? false).toBe(false);
    expect(find("Andel patienter med återbesök", "Kiruna", "2025")?.flagged ?? false).toBe(false);
  });

  it("never flags Gällivare, whose women are fewer than the suppression threshold", () => {
    expect(all.filter((d) => d.groupLabel.area === "Gällivare" && d.indicatorName.startsWith("Andel"))).toEqual([]);
  });

  it("flags costs that differ by 10 % or more although they cannot be tested", () => {
    expect(find("Kostnad per patient", "Kiruna", "2025")).toMatchObject({ flagged: true, clear: null, interval: null });
    expect(find("Kostnad per patient", "Luleå", "2025")?.flagged ?? false).toBe(false);
  });

  it("documents the county's 2025 difference as unjustified with a measure under way, under its department", async () => {
    const report = await differences.report(orgId, DEMO_ANALYSIS.period);
    const department = report.departments.find((d: { name: string | null }) => d.name === DEMO_DEPARTMENT);
    const analysed = department?.differences.find(
      (d: DifferenceSummary) =>
        d.groupLabel.area === "Norrbottens län" && d.indicatorName.startsWith("Andel patienter med återbesök"),
    );
    expect(analysed?.status).toBe("measure_open");
    const view = await differences.get(orgId, analysed?.id ?? "");
    expect(view.analysis).toMatchObject({ judgment: "unjustified", subgoals: [5] });
    expect(view.measures).toMatchObject([{ owner: DEMO_ANALYSIS.measure.owner, status: "in_progress" }]);
  });
});
