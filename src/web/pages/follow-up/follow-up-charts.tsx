import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { type FollowUpFigures, VERDICTS, type Verdict } from "../../../core/index.js";
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

function fillOf(key: string, colour: string): string {
  return HATCHED.has(key) ? `url(#follow-up-hatch-${key})` : colour;
}

function Hatch({ id, colour }: { readonly id: string; readonly colour: string }) {
  return (
    <pattern
      id={`follow-up-hatch-${id}`}
      width="8"
      height="8"
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect width="8" height="8" fill={colour} />
      <rect width="3" height="8" fill="#ffffff" fillOpacity="0.5" />
    </pattern>
  );
}

/** Legend entries in the text colour: the series colours are for shapes (3:1), not for text (4.5:1). */
function legendText(value: string) {
  return <span className="chart-legend-text">{value}</span>;
}

interface ChartFigureProps {
  readonly id: string;
  readonly title: string;
  /** What the chart shows, read instead of the drawing; names the table with the same numbers. */
  readonly description: string;
  readonly children: React.ReactElement;
}

/** A chart with a visible title; screen readers get the description and are sent to the table. */
function ChartFigure({ id, title, description, children }: ChartFigureProps) {
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <div role="img" aria-label={description} className="chart-drawing">
        <ResponsiveContainer width="100%" height={320}>
          {children}
        </ResponsiveContainer>
      </div>
    </figure>
  );
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
            <Hatch id="position" colour={SHARE_COLOURS.position} />
          </defs>
          <CartesianGrid stroke="#d5dde5" vertical={false} />
          <XAxis dataKey="label" tick={{ fill: "#1b1b1b" }} />
          <YAxis domain={[0, 100]} tickFormatter={percentOf} tick={{ fill: "#1b1b1b" }} width={64} />
          <Tooltip formatter={(value) => percentOf(value)} />
          <Legend formatter={legendText} />
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
            <Hatch id="missing" colour={VERDICT_COLOURS.missing} />
          </defs>
          <CartesianGrid stroke="#d5dde5" vertical={false} />
          <XAxis dataKey="label" tick={{ fill: "#1b1b1b" }} />
          <YAxis allowDecimals={false} tick={{ fill: "#1b1b1b" }} width={64} />
          <Tooltip formatter={(value) => (typeof value === "number" ? formats.integer(value) : "")} />
          <Legend formatter={legendText} />
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
