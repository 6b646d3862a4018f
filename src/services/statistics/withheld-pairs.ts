import { type Executor, listIndicators, listIndicatorValues } from "../../data/index.js";
import { pairKey } from "./difference-refresh.js";
import { discloseValues } from "./indicator-disclosure.js";

/**
 * The groups (indicator, period, group key as `pairKey`) whose women's or men's figure the
 * indicator's own views withhold, by primary or secondary suppression. A difference there is
 * never flagged nor its figures written, since the follow-up would otherwise show what the
 * indicator's page hides.
 */
export async function withheldPairs(
  db: Executor,
  organisationId: string,
  indicatorIds: readonly string[] | undefined,
  minCell: number,
): Promise<ReadonlySet<string>> {
  const wanted = indicatorIds ? new Set(indicatorIds) : null;
  const indicators = (await listIndicators(db, organisationId, { role: "indicator" })).filter(
    (indicator) => wanted === null || wanted.has(indicator.id),
  );
  const withheld = new Set<string>();
  for (const indicator of indicators) {
    const values = await listIndicatorValues(db, indicator.id);
    const kinds = { measureKind: indicator.measure_kind, sourceKind: indicator.source_kind };
    for (const { row, value } of discloseValues(values, kinds, minCell)) {
      if (value.kind === "suppressed" && (row.sex === "K" || row.sex === "M")) {
        withheld.add(pairKey(indicator.id, row.period, row.group_key));
      }
    }
  }
  return withheld;
}
