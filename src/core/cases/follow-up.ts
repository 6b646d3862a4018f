import { VERDICTS, type Verdict } from "../analysis/types.js";

/**
 * The follow-up of gender-equal decisions: how many cases had a gender impact section,
 * how good the analyses were, and whether the body took a position on the consequences.
 */

/** One case as the follow-up counts it: submitted (or archived) cases only, never drafts. */
export interface FollowUpRecord {
  readonly caseId: string;
  readonly diarienummer: string | null;
  readonly title: string;
  readonly bodyId: string;
  readonly departmentId: string | null;
  /** YYYY-MM-DD: the decision's date, else the submission's. */
  readonly date: string;
  readonly genderSection: boolean;
  readonly verdict: Verdict;
  /** Whether the body decided the case, and if so whether it recorded that it considered the gender consequences. */
  readonly decided: boolean;
  readonly positionRecorded: boolean;
  readonly archived: boolean;
}

export const PERIOD_GRANULARITIES = ["year", "half", "quarter"] as const;
export type PeriodGranularity = (typeof PERIOD_GRANULARITIES)[number];

/** "2026", "2026-H1" or "2026-Q3" for a YYYY-MM-DD date. */
export function periodOf(date: string, granularity: PeriodGranularity): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  if (granularity === "year") return year;
  if (granularity === "half") return `${year}-H${month <= 6 ? 1 : 2}`;
  return `${year}-Q${Math.ceil(month / 3)}`;
}

export interface FollowUpFigures {
  readonly period: string;
  readonly cases: number;
  readonly withGenderSection: number;
  /** 0–1, or null when there are no cases. */
  readonly genderSectionShare: number | null;
  readonly verdicts: Readonly<Record<Verdict, number>>;
  readonly decided: number;
  readonly withPosition: number;
  /** Share of decided cases where the body recorded its position; null when none was decided. */
  readonly positionShare: number | null;
}

export function figuresOf(period: string, records: readonly FollowUpRecord[]): FollowUpFigures {
  const verdicts = Object.fromEntries(VERDICTS.map((verdict) => [verdict, 0])) as Record<Verdict, number>;
  let withGenderSection = 0;
  let decided = 0;
  let withPosition = 0;
  for (const record of records) {
    verdicts[record.verdict] += 1;
    if (record.genderSection) withGenderSection += 1;
    if (record.decided) decided += 1;
    if (record.decided && record.positionRecorded) withPosition += 1;
  }
  return {
    period,
    cases: records.length,
    withGenderSection,
    genderSectionShare: records.length === 0 ? null : withGenderSection / records.length,
    verdicts,
    decided,
    withPosition,
    positionShare: decided === 0 ? null : withPosition / decided,
  };
}

/** The figures for the whole selection and per period, periods in chronological order. */
export function summariseFollowUp(
  records: readonly FollowUpRecord[],
  granularity: PeriodGranularity,
): { readonly total: FollowUpFigures; readonly periods: readonly FollowUpFigures[] } {
  const byPeriod = new Map<string, FollowUpRecord[]>();
  for (const record of records) {
    const period = periodOf(record.date, granularity);
    const list = byPeriod.get(period);
    if (list) list.push(record);
    else byPeriod.set(period, [record]);
  }
  const periods = [...byPeriod.keys()].sort().map((period) => figuresOf(period, byPeriod.get(period) ?? []));
  return { total: figuresOf("total", records), periods };
}
