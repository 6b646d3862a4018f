import { useTranslation } from "react-i18next";
import type { IndicatorValueView } from "../../../api/statistics-api.js";
import { PopulationPyramid } from "../../../components/charts/population-pyramid.js";
import { SexBarChart } from "../../../components/charts/sex-bar-chart.js";
import { SexLineChart } from "../../../components/charts/sex-line-chart.js";
import { type Area, pointsByAge, pointsByArea, pointsOverTime } from "./indicator-values.js";

interface IndicatorChartsProps {
  readonly name: string;
  /** Written after each figure in the tables ("%" for shares, else the unit), or undefined. */
  readonly unit: string | undefined;
  readonly values: readonly IndicatorValueView[];
  readonly periods: readonly string[];
  readonly areas: readonly Area[];
  readonly ageBands: readonly string[];
  readonly period: string;
  readonly area: Area;
  readonly ageBand: string;
  readonly minCell: number;
  readonly source: string;
}

/**
 * The indicator's charts, each with the table of its figures: over time in the chosen area,
 * by area in the chosen period, and, when the values have age bands, the pyramid of the chosen
 * period and area. Loaded lazily: it brings the chart library.
 */
export function IndicatorCharts(props: IndicatorChartsProps) {
  const { t } = useTranslation();
  const { name, unit, values, periods, areas, ageBands, period, area, ageBand, minCell, source } = props;
  const fileNotes = [t("statisticsPages.indicator.methods.sources", { sources: source })];
  const overTime = pointsOverTime(values, periods, area.code, ageBand);
  const byArea = pointsByArea(values, areas, period, ageBand);
  const byAge = ageBands.length > 1 ? pointsByAge(values, ageBands, period, area.code) : [];
  return (
    <>
      {periods.length > 1 && (
        <section aria-labelledby="over-time-heading" className="statistics-section">
          <h2 id="over-time-heading">{t("statisticsPages.indicator.overTimeHeading")}</h2>
          <SexLineChart
            id="over-time"
            title={t("statisticsPages.indicator.overTimeTitle", { name, area: area.name })}
            summary={t("statisticsPages.indicator.overTimeSummary", { name, area: area.name })}
            rowHeader={t("statisticsPages.common.period")}
            points={overTime}
            unit={unit}
            minCell={minCell}
            fileNotes={fileNotes}
          />
        </section>
      )}
      {byArea.length > 0 && (
        <section aria-labelledby="by-area-heading" className="statistics-section">
          <h2 id="by-area-heading">{t("statisticsPages.indicator.byAreaHeading")}</h2>
          <SexBarChart
            id="by-area"
            title={t("statisticsPages.indicator.byAreaTitle", { name, period })}
            summary={t("statisticsPages.indicator.byAreaSummary", { name, period })}
            rowHeader={t("statisticsPages.common.area")}
            points={byArea}
            unit={unit}
            minCell={minCell}
            fileNotes={fileNotes}
          />
        </section>
      )}
      {byAge.length > 0 && (
        <section aria-labelledby="by-age-heading" className="statistics-section">
          <h2 id="by-age-heading">{t("statisticsPages.indicator.byAgeHeading")}</h2>
          <PopulationPyramid
            id="by-age"
            title={t("statisticsPages.indicator.byAgeTitle", { name, area: area.name, period })}
            summary={t("statisticsPages.indicator.byAgeSummary", { name, area: area.name, period })}
            rowHeader={t("statisticsPages.common.ageBand")}
            points={byAge}
            unit={unit}
            minCell={minCell}
            fileNotes={fileNotes}
          />
        </section>
      )}
    </>
  );
}
