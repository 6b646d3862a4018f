import type { SexCode } from "../../../../core/index.js";
import type { IndicatorValueView } from "../../../api/statistics-api.js";
import { type ChartCell, cellOf, MISSING, type SexPoint } from "../../../components/charts/chart-values.js";

/**
 * The values of one indicator sorted into what the page shows: its periods, areas and age
 * bands, and the figures of women, men and the total for one period, area or age band.
 */

export interface Area {
  readonly code: string;
  readonly name: string;
}

/** The age band "all ages" (values without an age band). */
export const ALL_AGES = "";

/** The values of one breakdown of the other dimensions: those without any if there are such, else all. */
export function plainValues(values: readonly IndicatorValueView[]): readonly IndicatorValueView[] {
  const plain = values.filter((value) => Object.keys(value.dimensions).length === 0);
  return plain.length > 0 ? plain : values;
}

export function periodsOf(values: readonly IndicatorValueView[]): string[] {
  return [...new Set(values.map((value) => value.period))].sort();
}

/** The country's code is all zeros ("00", "0000"): broader than any county or region. */
function breadth(area: Area): number {
  return /^0+$/.test(area.code) ? 0 : area.code.length;
}

/** Broader areas first: the country ("00"), counties and regions ("25", "0025"), then municipalities ("2580"). */
function broaderFirst(a: Area, b: Area, locale: string): number {
  return breadth(a) - breadth(b) || a.name.localeCompare(b.name, locale) || a.code.localeCompare(b.code);
}

/** The areas: the broadest (shortest code, ties by name) first, then the others by name. */
export function areasOf(values: readonly IndicatorValueView[], locale: string): Area[] {
  const areas = new Map<string, string>();
  for (const value of values) {
    if (!areas.has(value.areaCode) || (value.areaName && areas.get(value.areaCode) === value.areaCode))
      areas.set(value.areaCode, value.areaName ?? value.areaCode);
  }
  const all = [...areas].map(([code, name]) => ({ code, name }));
  const broadest = [...all].sort((a, b) => broaderFirst(a, b, locale))[0];
  const others = all
    .filter((area) => area !== broadest)
    .sort((a, b) => a.name.localeCompare(b.name, locale) || a.code.localeCompare(b.code));
  return broadest ? [broadest, ...others] : others;
}

/** The lower age of a band's label ("20-39" → 20, "80+" → 80), for sorting; bands that do not start with a number last. */
function lowerAge(label: string): number {
  const match = /^(\d+)/.exec(label.trim());
  return match ? Number(match[1]) : Number.POSITIVE_INFINITY;
}

/** The age bands, youngest first; "all ages" is not among them. */
export function ageBandsOf(values: readonly IndicatorValueView[]): string[] {
  const bands = [...new Set(values.flatMap((value) => (value.ageBand === null ? [] : [value.ageBand])))];
  return bands.sort((a, b) => lowerAge(a) - lowerAge(b) || a.localeCompare(b));
}

/** Whether any value is divided by sex. */
export function dividedBySex(values: readonly IndicatorValueView[]): boolean {
  return values.some((value) => value.sex === "K" || value.sex === "M");
}

/**
 * The area shown first: the broadest (shortest code, ties by name) whose figures for women and
 * men in the period are both shown; else the broadest with figures for both; else the broadest.
 */
export function defaultArea(
  values: readonly IndicatorValueView[],
  unsorted: readonly Area[],
  period: string,
  locale: string,
): string {
  const areas = [...unsorted].sort((a, b) => broaderFirst(a, b, locale));
  const both = (area: Area, shownOnly: boolean) =>
    (["K", "M"] as const).every((sex) =>
      values.some(
        (value) =>
          value.period === period &&
          value.areaCode === area.code &&
          value.sex === sex &&
          (!shownOnly || (value.value.kind === "shown" && value.value.value !== null)),
      ),
    );
  const chosen = areas.find((area) => both(area, true)) ?? areas.find((area) => both(area, false)) ?? areas[0];
  return chosen?.code ?? "";
}

interface Place {
  readonly period: string;
  readonly areaCode: string;
  readonly ageBand: string;
}

/** The value of one sex at one place, or undefined when there is none; a value not divided by sex counts as the total. */
export function valueAt(
  values: readonly IndicatorValueView[],
  place: Place,
  sex: SexCode,
): IndicatorValueView | undefined {
  return values.find(
    (value) =>
      value.period === place.period &&
      value.areaCode === place.areaCode &&
      (value.ageBand ?? ALL_AGES) === place.ageBand &&
      (value.sex ?? "T") === sex,
  );
}

function cellAt(values: readonly IndicatorValueView[], place: Place, sex: SexCode): ChartCell {
  const value = valueAt(values, place, sex);
  return value ? cellOf(value.value) : MISSING;
}

function point(values: readonly IndicatorValueView[], label: string, place: Place): SexPoint {
  return {
    label,
    women: cellAt(values, place, "K"),
    men: cellAt(values, place, "M"),
    total: cellAt(values, place, "T"),
  };
}

/** Women, men and the total in one area and age band, period by period. */
export function pointsOverTime(
  values: readonly IndicatorValueView[],
  periods: readonly string[],
  areaCode: string,
  ageBand: string,
): SexPoint[] {
  return periods.map((period) => point(values, period, { period, areaCode, ageBand }));
}

/** Women, men and the total in one period and age band, area by area (areas with no figure left out). */
export function pointsByArea(
  values: readonly IndicatorValueView[],
  areas: readonly Area[],
  period: string,
  ageBand: string,
): SexPoint[] {
  return areas
    .map((area) => point(values, area.name, { period, areaCode: area.code, ageBand }))
    .filter((entry) => [entry.women, entry.men, entry.total].some((cell) => cell?.kind !== "missing"));
}

/** Women, men and the total in one period and area, age band by age band (youngest first). */
export function pointsByAge(
  values: readonly IndicatorValueView[],
  bands: readonly string[],
  period: string,
  areaCode: string,
): SexPoint[] {
  return bands.map((band) => point(values, band, { period, areaCode, ageBand: band }));
}
