import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { ChecklistScale } from "../../../core/index.js";
import type { Movement } from "../../api/network-types.js";
import { ChartFigure, ChartLegend, Hatch } from "../../components/chart-parts.js";
import { useNumberFormats } from "./format.js";
import { movementOrganisations } from "./movement-organisations.js";

/**
 * Colours with at least 3:1 against white (WCAG 1.4.11). The series also differ by pattern or
 * dash, by their place and by the legend's words, and the table below each chart holds every
 * number, so nothing depends on colour alone.
 */
const BRAND = "#13385c";
const SERIES_COLOURS = ["#b35900", "#5b7fa8", "#1e6b34", "#8c1d18", "#5a2d82", "#4a5560"] as const;
const DASHES = ["6 4", "2 3", "10 3 2 3", "1 4", "12 6", "4 2"] as const;
const TEXT = { fill: "#1b1b1b" };
/** Tooltip lines in the text colour (4.5:1), not in the series colour. */
const TOOLTIP_ITEM = { color: "#1b1b1b" };

/** The scale's whole points, min…max (1, 2, 3): its half steps would crowd the axis. */
function scaleTicks(scale: ChecklistScale): number[] {
  const first = Math.ceil(scale.min);
  return Array.from({ length: Math.max(0, Math.floor(scale.max) - first + 1) }, (_, index) => first + index);
}

interface ComparisonChartProps {
  readonly occasion: string;
  /** Item numbers, 1…n. */
  readonly items: readonly number[];
  /** Per item, in item order; null for a series that is not shown. */
  readonly own: readonly (number | null)[] | null;
  readonly group: readonly (number | null)[] | null;
  readonly network: readonly (number | null)[] | null;
  readonly scale: ChecklistScale | undefined;
}

/**
 * The own score beside the group's and the network's averages, one group of bars per item.
 * The bars stand on 0 even when the scale starts at 1, so that the lowest score is a bar of its
 * own height and not nothing (a missing score is no bar); the axis is labelled with the scale,
 * and its ticks are the scale's points only, so 0 is not read as a score.
 */
export function ComparisonChart({ occasion, items, own, group, network, scale }: ComparisonChartProps) {
  const { t } = useTranslation();
  const formats = useNumberFormats();
  const show = (value: unknown) => (typeof value === "number" ? formats.number(value) : "–");
  const data = items.map((no, index) => ({
    label: String(no),
    own: own?.[index] ?? null,
    group: group?.[index] ?? null,
    network: network?.[index] ?? null,
  }));
  const series = [
    { key: "own", shown: own !== null, name: t("networkPages.comparison.own"), colour: BRAND, hatched: false },
    {
      key: "group",
      shown: group !== null,
      name: t("networkPages.comparison.groupAverage"),
      colour: SERIES_COLOURS[0],
      hatched: true,
    },
    {
      key: "network",
      shown: network !== null,
      name: t("networkPages.comparison.networkAverage"),
      colour: SERIES_COLOURS[1],
      hatched: false,
    },
  ].filter((entry) => entry.shown);
  const range = scale ? { min: formats.number(scale.min), max: formats.number(scale.max) } : {};
  // Without an average to compare with, the chart is of the own scores alone, and says so.
  const ownOnly = group === null && network === null;
  const description = t(
    ownOnly ? "networkPages.comparison.chartDescriptionOwn" : "networkPages.comparison.chartDescription",
    { occasion },
  );

  return (
    <ChartFigure
      id="comparison-chart"
      className="network-chart"
      title={t(ownOnly ? "networkPages.comparison.chartTitleOwn" : "networkPages.comparison.chartTitle", { occasion })}
      description={scale ? `${description} ${t("networkPages.comparison.chartScale", range)}` : description}
    >
      <BarChart data={data} accessibilityLayer={false} margin={{ top: 16, right: 16, bottom: 16, left: 8 }}>
        <defs>
          <Hatch id="comparison-hatch" colour={SERIES_COLOURS[0]} />
        </defs>
        <CartesianGrid stroke="#d5dde5" vertical={false} />
        <XAxis
          dataKey="label"
          tick={TEXT}
          label={{ value: t("networkPages.comparison.item"), position: "insideBottom", offset: -8, fill: "#1b1b1b" }}
        />
        <YAxis
          domain={scale ? [Math.min(0, scale.min), scale.max] : [0, "auto"]}
          {...(scale
            ? {
                ticks: scaleTicks(scale),
                label: {
                  value: t("networkPages.comparison.scoreAxis", range),
                  angle: -90,
                  position: "insideLeft",
                  fill: "#1b1b1b",
                  style: { textAnchor: "middle" },
                },
              }
            : {})}
          tickFormatter={show}
          tick={TEXT}
          width={scale ? 64 : 48}
        />
        <Tooltip
          formatter={(value) => show(value)}
          itemStyle={TOOLTIP_ITEM}
          labelFormatter={(label) => t("networkPages.comparison.itemNo", { no: String(label) })}
        />
        <Legend content={ChartLegend} verticalAlign="top" />
        {series.map((entry) => (
          <Bar
            key={entry.key}
            dataKey={entry.key}
            name={entry.name}
            fill={entry.hatched ? "url(#comparison-hatch)" : entry.colour}
            stroke={entry.colour}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartFigure>
  );
}

/** The average sum over the members sharing with the network, and each of their sums, per occasion. */
export function MovementChart({ movement }: { readonly movement: Movement }) {
  const { t } = useTranslation();
  const formats = useNumberFormats();
  const show = (value: unknown) => (typeof value === "number" ? formats.number(value) : "–");
  const organisations = movementOrganisations(movement);
  const data = movement.occasions.map((occasion) => ({
    label: occasion.occasion,
    average: occasion.averageSum,
    ...Object.fromEntries(
      organisations.map((organisation, index) => [
        `org${index}`,
        occasion.organisations.find((entry) => entry.organisationId === organisation.id)?.sum ?? null,
      ]),
    ),
  }));
  return (
    <ChartFigure
      id="movement-chart"
      className="network-chart"
      title={t("networkPages.movement.chartTitle")}
      description={t("networkPages.movement.chartDescription")}
    >
      <LineChart data={data} accessibilityLayer={false} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid stroke="#d5dde5" vertical={false} />
        <XAxis dataKey="label" tick={TEXT} />
        <YAxis domain={[0, "auto"]} tickFormatter={show} tick={TEXT} width={48} />
        <Tooltip formatter={(value) => show(value)} itemStyle={TOOLTIP_ITEM} />
        <Legend content={ChartLegend} verticalAlign="top" />
        <Line
          dataKey="average"
          name={t("networkPages.movement.averageSum")}
          stroke={BRAND}
          strokeWidth={4}
          dot={{ r: 5, fill: BRAND }}
          connectNulls
          isAnimationActive={false}
        />
        {organisations.map((organisation, index) => (
          <Line
            key={organisation.id}
            dataKey={`org${index}`}
            name={organisation.name}
            stroke={SERIES_COLOURS[index % SERIES_COLOURS.length]}
            strokeDasharray={DASHES[index % DASHES.length]}
            strokeWidth={2}
            dot={{ r: 3 }}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ChartFigure>
  );
}
