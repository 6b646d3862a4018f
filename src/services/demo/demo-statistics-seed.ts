import { type Executor, findOrganisationByName, findUserByEmail, listUnits } from "../../data/index.js";
import type { Actor } from "../actor.js";
import { DifferenceService } from "../statistics/difference.service.js";
import type { KoladaFetch } from "../statistics/importers/index.js";
import { IndicatorService } from "../statistics/indicator.service.js";
import { IndicatorImportService } from "../statistics/indicator-import.service.js";
import { PlanGoalService } from "../statistics/plan-goal.service.js";
import { StatisticsSettingsService } from "../statistics/statistics-settings.service.js";
import { NORRBOTTEN } from "./demo-data.js";
import {
  DEMO_ANALYSIS,
  DEMO_DEPARTMENT,
  DEMO_INDICATORS,
  DEMO_PLAN_GOAL,
  DEMO_SUBGOALS,
  demoIndicatorCsv,
} from "./demo-statistics.js";

/** The demo never reaches Kolada: its indicators come from files. */
const NO_NETWORK: KoladaFetch = () => Promise.reject(new Error("The demo data does not fetch from Kolada."));

/**
 * Imports Norrbotten's demo indicators through the same services as an analyst's CSV import,
 * so that the differences are flagged by the real rules; links the follow-up visits to the
 * health-care department, a goal of the strategic plan and sub-goal 5; and documents the
 * analysis of the county's 2025 difference with a measure under way. Acts as the analyst.
 */
export async function seedDemoStatistics(db: Executor): Promise<void> {
  const organisation = await findOrganisationByName(db, NORRBOTTEN);
  const analyst = await findUserByEmail(db, DEMO_ANALYSIS.analyst);
  if (!organisation || !analyst) return;
  const orgId = organisation.id;
  const actor: Actor = { userId: analyst.id };
  const differences = new DifferenceService(db);
  const settings = new StatisticsSettingsService(db, differences);
  const indicators = new IndicatorService(db, settings);
  const imports = new IndicatorImportService(db, indicators, differences, { baseUrl: "", fetch: NO_NETWORK });
  const goals = new PlanGoalService(db);

  const ids = new Map<string, string>();
  for (const indicator of DEMO_INDICATORS) {
    const answer = await imports.importFile(
      actor,
      orgId,
      { fileName: `${indicator.key.toLowerCase()}.csv`, bytes: new TextEncoder().encode(demoIndicatorCsv(indicator)) },
      { role: "indicator", measureKind: indicator.measureKind, unit: indicator.unit, acceptRejected: false },
    );
    const summary = answer.kind === "imported" ? answer.indicators[0] : undefined;
    if (!summary) throw new Error(`The demo indicator ${indicator.key} was not imported.`);
    ids.set(indicator.key, summary.id);
    await indicators.update(actor, orgId, summary.id, { version: summary.version, description: indicator.description });
  }

  const departments = await listUnits(db, "departments", orgId);
  const department = departments.find((unit) => unit.name === DEMO_DEPARTMENT);
  const goal = await goals.create(actor, orgId, { title: DEMO_PLAN_GOAL });
  const linked = ids.get(DEMO_ANALYSIS.indicatorKey) as string;
  for (const id of ids.values()) {
    const current = await indicators.summary(orgId, id);
    await indicators.update(actor, orgId, id, {
      version: current.version,
      departmentId: department?.id ?? null,
      ...(id === linked ? { planGoalId: goal.id, nationalSubgoals: DEMO_SUBGOALS } : {}),
    });
  }

  const listed = await differences.list(orgId, { period: DEMO_ANALYSIS.period, indicatorId: linked });
  const flagged = listed.differences.find((d) => d.groupLabel.areaCode === DEMO_ANALYSIS.areaCode && d.flagged);
  if (!flagged) throw new Error("The demo difference to analyse was not flagged.");
  const difference = await differences.get(orgId, flagged.id);
  await differences.saveAnalysis(actor, orgId, difference.id, {
    problem: DEMO_ANALYSIS.problem,
    goalsAndMethods: DEMO_ANALYSIS.goalsAndMethods,
    explanation: DEMO_ANALYSIS.explanation,
    judgment: DEMO_ANALYSIS.judgment,
    judgmentReason: DEMO_ANALYSIS.judgmentReason,
    subgoals: DEMO_ANALYSIS.subgoals,
    dimensionsConsidered: DEMO_ANALYSIS.dimensionsConsidered,
    version: difference.version,
  });
  const { description, owner, monthsAhead } = DEMO_ANALYSIS.measure;
  const measure = await differences.measures.create(actor, orgId, difference.id, {
    description,
    owner,
    dueDate: monthsFromToday(monthsAhead),
  });
  await differences.measures.update(actor, orgId, difference.id, measure.id, {
    version: measure.version,
    status: DEMO_ANALYSIS.measure.status,
  });
}

/** The date `months` months from today (UTC), as YYYY-MM-DD. */
function monthsFromToday(months: number): string {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}
