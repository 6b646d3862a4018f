import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { type FollowUpFigures, VERDICTS, type Verdict } from "../../../core/index.js";
import { ChartFigure, ChartLegend, Hatch } from "../../components/chart-parts.js";
import { useFormats } from "../meetings/format.js";
import { periodLabel } from "./period-label.js";

/**
 * Colours with at least 3:1 against white (WCAG 1.4.11); the series also differ by pattern,
 * by their place in the stack and by the legend's words, and the table below the charts
 * holds every number, so nothing depends on colour alone.
 */
const SHARE_COLOURS = { genderSection: "#13385c", position: "#b35900" } as const;
const VERDICT_COLOURS: Readonly<Record<Verdict, string>> = {
  missing: "#8c1d18",
  insufficient: "#b35900",
  adequate: "#5b7fa8",
  good: "#13385c",
};
const MAX_LABELLED_PERIODS = 6;
/** Series drawn hatched rather than solid. */
const HATCHED = new Set(["position", "missing"]);

const hatchId = (key: string) => `follow-up-hatch-${key}`;

function fillOf(key: string, colour: string): string {
  return HATCHED.has(key) ? `url(#${hatchId(key)})` : colour;
}

/** The trend per period: the two shares as grouped bars, and the verdicts as stacked bars. */
export function FollowUpCharts({ periods }: { readonly periods: readonly FollowUpFigures[] }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const percentOf = (value: unknown) => (typeof value === "number" ? formats.percent(value / 100) : "");
  const shareData = periods.map((figures) => ({
    label: periodLabel(t, figures.period),
    genderSection: figures.genderSectionShare === null ? null : figures.genderSectionShare * 100,
    position: figures.positionShare === null ? null : figures.positionShare * 100,
  }));
  const verdictData = periods.map((figures) => ({ label: periodLabel(t, figures.period), ...figures.verdicts }));
  // Values written on the bars while there is room for them; the table always has them.
  const labelled = periods.length <= MAX_LABELLED_PERIODS;
  const shareNames = {
    genderSection: t("cases.followUp.genderSectionShare"),
    position: t("cases.followUp.positionShare"),
  };

  return (
    <div className="charts">
      <ChartFigure
        id="shares-chart"
        title={t("decisionPages.followUp.sharesChart")}
        description={t("decisionPages.followUp.sharesChartDescription")}
      >
        <BarChart data={shareData} accessibilityLayer={false} margin={{ top: 24, right: 16, bottom: 8, left: 8 }}>
          <defs>
            <Hatch id={hatchId("position")} colour={SHARE_COLOURS.position} />
          </defs>
          <CartesianGrid stroke="#d5dde5" vertical={false} />
          <XAxis dataKey="label" tick={{ fill: "#1b1b1b" }} />
          <YAxis domain={[0, 100]} tickFormatter={percentOf} tick={{ fill: "#1b1b1b" }} width={64} />
          <Tooltip formatter={(value) => percentOf(value)} />
          <Legend content={ChartLegend} />
          {(["genderSection", "position"] as const).map((key) => (
            <Bar
              key={key}
              dataKey={key}
              name={shareNames[key]}
              fill={fillOf(key, SHARE_COLOURS[key])}
              stroke={SHARE_COLOURS[key]}
              isAnimationActive={false}
            >
              {labelled && <LabelList dataKey={key} position="top" formatter={percentOf} fill="#1b1b1b" />}
            </Bar>
          ))}
        </BarChart>
      </ChartFigure>
      <ChartFigure
        id="verdicts-chart"
        title={t("decisionPages.followUp.verdictsChart")}
        description={t("decisionPages.followUp.verdictsChartDescription")}
      >
        <BarChart data={verdictData} accessibilityLayer={false} margin={{ top: 16, right: 16, bottom: 8, left: 8 }}>
          <defs>
            <Hatch id={hatchId("missing")} colour={VERDICT_COLOURS.missing} />
          </defs>
          <CartesianGrid stroke="#d5dde5" vertical={false} />
          <XAxis dataKey="label" tick={{ fill: "#1b1b1b" }} />
          <YAxis allowDecimals={false} tick={{ fill: "#1b1b1b" }} width={64} />
          <Tooltip formatter={(value) => (typeof value === "number" ? formats.integer(value) : "")} />
          <Legend content={ChartLegend} />
          {VERDICTS.map((verdict) => (
            <Bar
              key={verdict}
              dataKey={verdict}
              stackId="verdicts"
              name={t(`analysis.verdicts.${verdict}`)}
              fill={fillOf(verdict, VERDICT_COLOURS[verdict])}
              stroke="#ffffff"
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ChartFigure>
    </div>
  );
}
