import { useTranslation } from "react-i18next";
import type { PublishedBreakdownRow } from "../../../../core/index.js";
import { PopulationPyramid } from "../../../components/charts/population-pyramid.js";
import { SexBarChart } from "../../../components/charts/sex-bar-chart.js";
import { AGE_BAND_COLUMN, countPoints, groupColumns, groupsOf, meanPoints } from "./breakdown-groups.js";

interface BreakdownChartsProps {
  readonly rows: readonly PublishedBreakdownRow[];
  readonly minCell: number;
  readonly meanColumn: string | undefined;
  readonly source: string;
}

/**
 * The breakdown drawn: bars of women and men per group (the mean when one was asked for, else
 * the count), and a population pyramid when the breakdown is by age bands alone. Loaded lazily.
 */
export function BreakdownCharts({ rows, minCell, meanColumn, source }: BreakdownChartsProps) {
  const { t } = useTranslation();
  const groups = groupsOf(rows);
  const all = t("statisticsPages.dataset.allRows");
  const columns = groupColumns(rows);
  const byAgeOnly = columns.length === 1 && columns[0] === AGE_BAND_COLUMN;
  const fileNotes = [t("statisticsPages.indicator.methods.sources", { sources: source })];
  return (
    <>
      {meanColumn ? (
        <SexBarChart
          id="breakdown-bars"
          title={t("statisticsPages.dataset.barsTitleMean", { column: meanColumn })}
          summary={t("statisticsPages.dataset.barsSummaryMean", { column: meanColumn })}
          rowHeader={t("statisticsPages.dataset.group")}
          points={meanPoints(groups, all)}
          minCell={minCell}
          fileNotes={fileNotes}
        />
      ) : (
        <SexBarChart
          id="breakdown-bars"
          title={t("statisticsPages.dataset.barsTitleCount")}
          summary={t("statisticsPages.dataset.barsSummaryCount")}
          rowHeader={t("statisticsPages.dataset.group")}
          points={countPoints(groups, all)}
          minCell={minCell}
          fileNotes={fileNotes}
        />
      )}
      {byAgeOnly ? (
        <PopulationPyramid
          id="breakdown-pyramid"
          title={t("statisticsPages.dataset.pyramidTitle")}
          summary={t("statisticsPages.dataset.pyramidSummary")}
          rowHeader={t("statisticsPages.common.ageBand")}
          points={countPoints(groups, all)}
          minCell={minCell}
          fileNotes={fileNotes}
        />
      ) : (
        columns.includes(AGE_BAND_COLUMN) && <p className="hint">{t("statisticsPages.dataset.pyramidOnlyAge")}</p>
      )}
    </>
  );
}
