import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { EstimateOutcome, Gap, Published, PublishedBreakdownRow } from "../../../../core/index.js";
import { FigureCell, SuppressionNote, useFigureFormat, withSuffix } from "../../../components/charts/figure-cell.js";
import { TableRegion } from "../../../components/table-region.js";
import { AGE_BAND_COLUMN, groupColumns, groupsOf } from "./breakdown-groups.js";

/** The columns that appear only when some row has the measure. */
interface Present {
  readonly share: boolean;
  readonly rate: boolean;
  readonly mean: boolean;
  readonly median: boolean;
  readonly meanGap: boolean;
  readonly shareGap: boolean;
  readonly rateGap: boolean;
}

function present(rows: readonly PublishedBreakdownRow[]): Present {
  const some = (test: (row: PublishedBreakdownRow) => unknown) => rows.some((row) => test(row) !== undefined);
  return {
    share: some((row) => row.measures.shareOfWomen),
    rate: some((row) => row.measures.ratePerThousand),
    mean: some((row) => row.measures.mean),
    median: some((row) => row.measures.median),
    meanGap: some((row) => row.measures.gaps?.mean),
    shareGap: some((row) => row.measures.gaps?.proportion),
    rateGap: some((row) => row.measures.gaps?.rate),
  };
}

/** The gaps between women and men, each shown as its difference, the ratio women/men and whether it is clear. */
const GAP_KINDS = [
  { key: "mean", present: "meanGap", clear: "clearMean", ratio: "ratioMean" },
  { key: "proportion", present: "shareGap", clear: "clearShare", ratio: "ratioShare" },
  { key: "rate", present: "rateGap", clear: "clearRate", ratio: "ratioRate" },
] as const;

type GapKind = (typeof GAP_KINDS)[number];

function gapOf(row: PublishedBreakdownRow, kind: GapKind): Published<Gap> | undefined {
  return row.measures.gaps?.[kind.key];
}

interface BreakdownTableProps {
  readonly rows: readonly PublishedBreakdownRow[];
  readonly minCell: number;
  /** The measure's column, for the headers of mean and median. */
  readonly meanColumn: string | undefined;
}

/**
 * The breakdown as a table: per group a row for women (K), men (M) and the total (T), with n,
 * the share of women, the rate, mean and median with their intervals, and on the total's row
 * each gap between women and men (of the mean, the share, the rate) as a difference and a ratio
 * women/men with their intervals and whether that difference is statistically clear. Withheld figures are ".." (read out as "skyddad uppgift").
 */
export function BreakdownTable({ rows, minCell, meanColumn }: BreakdownTableProps) {
  const { t } = useTranslation();
  const columns = groupColumns(rows);
  const groups = groupsOf(rows);
  const has = present(rows);
  const withheld = rows.some((row) => row.suppressed);
  const columnName = (column: string) => (column === AGE_BAND_COLUMN ? t("statisticsPages.common.ageBand") : column);
  const sexName = (sex: PublishedBreakdownRow["sex"]) =>
    sex === "K"
      ? t("statisticsPages.common.women")
      : sex === "M"
        ? t("statisticsPages.common.men")
        : t("statisticsPages.common.total");
  const meanLabel = (label: string) => (meanColumn ? `${label} (${meanColumn})` : label);
  const shownGaps = GAP_KINDS.filter((kind) => has[kind.present]);
  const gapHeader = (kind: GapKind) =>
    kind.key === "mean"
      ? meanLabel(t("statisticsPages.dataset.gap"))
      : kind.key === "proportion"
        ? t("statisticsPages.dataset.gapShare")
        : `${t("statisticsPages.dataset.gap")} (${t("statisticsPages.dataset.rate")})`;
  return (
    <TableRegion labelledBy="breakdown-caption">
      <table className="breakdown-table" id="breakdown-table">
        <caption id="breakdown-caption">{t("statisticsPages.dataset.resultCaption")}</caption>
        <thead>
          <tr>
            {columns.length === 0 ? (
              <th scope="col">{t("statisticsPages.dataset.group")}</th>
            ) : (
              columns.map((column) => (
                <th scope="col" key={column}>
                  {columnName(column)}
                </th>
              ))
            )}
            <th scope="col">{t("statisticsPages.dataset.sex")}</th>
            <th scope="col" className="figure-column">
              {t("statisticsPages.dataset.n")}
            </th>
            {has.share && (
              <th scope="col" className="figure-column">
                {t("statisticsPages.dataset.shareOfWomen")}
              </th>
            )}
            {has.rate && (
              <th scope="col" className="figure-column">
                {t("statisticsPages.dataset.rate")}
              </th>
            )}
            {has.mean && (
              <th scope="col" className="figure-column">
                {meanLabel(t("statisticsPages.dataset.meanValue"))}
              </th>
            )}
            {has.median && (
              <th scope="col" className="figure-column">
                {meanLabel(t("statisticsPages.dataset.median"))}
              </th>
            )}
            {shownGaps.flatMap((kind) => [
              <th scope="col" className="figure-column" key={`${kind.key}-gap`}>
                {gapHeader(kind)}
              </th>,
              <th scope="col" className="figure-column" key={`${kind.key}-ratio`}>
                {t(`statisticsPages.dataset.${kind.ratio}`)}
              </th>,
              <th scope="col" key={`${kind.key}-clear`}>
                {t(`statisticsPages.dataset.${kind.clear}`)}
              </th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {groups.flatMap((group) =>
            [group.women, group.men, group.total].flatMap((row) =>
              row
                ? [
                    <tr key={`${group.key}-${row.sex}`} className={`sex-${row.sex}`}>
                      {columns.length === 0 ? (
                        <td>{t("statisticsPages.dataset.allRows")}</td>
                      ) : (
                        group.values.map((value, index) => <td key={columns[index] ?? index}>{value}</td>)
                      )}
                      <th scope="row">{sexName(row.sex)}</th>
                      <td className="figure-column">
                        <FigureCell
                          cell={row.n.kind === "shown" ? { kind: "shown", value: row.n.value } : { kind: "suppressed" }}
                        />
                      </td>
                      {has.share && (
                        <td className="figure-column">
                          <EstimateText measure={row.measures.shareOfWomen} scale={100} suffix="%" />
                        </td>
                      )}
                      {has.rate && (
                        <td className="figure-column">
                          <EstimateText measure={row.measures.ratePerThousand} />
                        </td>
                      )}
                      {has.mean && (
                        <td className="figure-column">
                          <EstimateText measure={row.measures.mean} />
                        </td>
                      )}
                      {has.median && (
                        <td className="figure-column">
                          <PlainValue measure={row.measures.median} />
                        </td>
                      )}
                      {shownGaps.flatMap((kind) => [
                        <td className="figure-column" key={`${kind.key}-gap`}>
                          <GapText gap={gapOf(row, kind)} />
                        </td>,
                        <td className="figure-column" key={`${kind.key}-ratio`}>
                          <RatioText gap={gapOf(row, kind)} />
                        </td>,
                        <td key={`${kind.key}-clear`}>
                          <ClearText gap={gapOf(row, kind)} />
                        </td>,
                      ])}
                    </tr>,
                  ]
                : [],
            ),
          )}
        </tbody>
      </table>
      {withheld && <SuppressionNote minCell={minCell} />}
    </TableRegion>
  );
}

function Empty(): ReactNode {
  return null;
}

function Withheld() {
  return <FigureCell cell={{ kind: "suppressed" }} />;
}

function NoEstimate() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t("statisticsPages.dataset.noEstimate")}</span>
    </>
  );
}

/** A point estimate with its 95 % interval underneath; `scale` turns a share of 1 into per cent. */
function EstimateText({
  measure,
  scale = 1,
  suffix,
}: {
  readonly measure: Published<EstimateOutcome> | undefined;
  readonly scale?: number;
  readonly suffix?: string;
}) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  if (!measure) return <Empty />;
  if (measure.kind === "suppressed") return <Withheld />;
  if (measure.value.kind === "no_estimate") return <NoEstimate />;
  const write = (value: number) => withSuffix(format(value * scale), suffix);
  const { value, interval } = measure.value;
  return (
    <>
      {write(value)}
      <span className="interval">
        <span className="visually-hidden">{t("statisticsPages.dataset.intervalLabel")}: </span>
        {t("statisticsPages.dataset.interval", { lower: write(interval.lower), upper: write(interval.upper) })}
      </span>
    </>
  );
}

function PlainValue({ measure }: { readonly measure: Published<number | null> | undefined }) {
  const format = useFigureFormat();
  if (!measure) return <Empty />;
  if (measure.kind === "suppressed") return <Withheld />;
  return measure.value === null ? <NoEstimate /> : <>{format(measure.value)}</>;
}

function GapText({ gap }: { readonly gap: Published<Gap> | undefined }) {
  if (!gap) return <Empty />;
  if (gap.kind === "suppressed") return <Withheld />;
  return <EstimateText measure={{ kind: "shown", value: gap.value.difference }} />;
}

/** The ratio women/men with its interval. */
function RatioText({ gap }: { readonly gap: Published<Gap> | undefined }) {
  if (!gap) return <Empty />;
  if (gap.kind === "suppressed") return <Withheld />;
  return <EstimateText measure={{ kind: "shown", value: gap.value.ratio }} />;
}

function ClearText({ gap }: { readonly gap: Published<Gap> | undefined }) {
  const { t } = useTranslation();
  if (!gap) return <Empty />;
  if (gap.kind === "suppressed") return <Withheld />;
  if (gap.value.clear === null) return <>{t("statisticsPages.common.untestable")}</>;
  return <>{gap.value.clear ? t("statisticsPages.common.yes") : t("statisticsPages.common.no")}</>;
}
