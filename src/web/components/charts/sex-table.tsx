import { useTranslation } from "react-i18next";
import { TableRegion } from "../table-region.js";
import { anySuppressed, type SexPoint } from "./chart-values.js";
import { FigureCell, SuppressionNote } from "./figure-cell.js";

interface SexTableProps {
  /** The table's id, which the chart's text alternative links to. */
  readonly id: string;
  readonly caption: string;
  /** The header of the first column: "Område", "Period", "Åldersgrupp". */
  readonly rowHeader: string;
  readonly points: readonly SexPoint[];
  /** Written after each figure ("kr", "%"), or nothing. */
  readonly unit?: string | undefined;
  /** For the note on "..": figures based on fewer individuals than this are withheld. */
  readonly minCell: number | null;
}

/**
 * The figures of a chart as a table: one row per place (row header), women, men and, where
 * any point has it, the total. Withheld figures are "..", explained under the table.
 */
export function SexTable({ id, caption, rowHeader, points, unit, minCell }: SexTableProps) {
  const { t } = useTranslation();
  const withTotal = points.some((point) => point.total !== undefined && point.total.kind !== "missing");
  return (
    <TableRegion labelledBy={`${id}-caption`} className="sex-table-wrapper">
      <table id={id} className="sex-table">
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            <th scope="col" className="figure-column">
              {t("statisticsPages.common.women")}
            </th>
            <th scope="col" className="figure-column">
              {t("statisticsPages.common.men")}
            </th>
            {withTotal && (
              <th scope="col" className="figure-column">
                {t("statisticsPages.common.total")}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.label}>
              <th scope="row">{point.label}</th>
              <td className="figure-column">
                <FigureCell cell={point.women} suffix={unit} />
              </td>
              <td className="figure-column">
                <FigureCell cell={point.men} suffix={unit} />
              </td>
              {withTotal && (
                <td className="figure-column">
                  <FigureCell cell={point.total ?? { kind: "missing" }} suffix={unit} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {anySuppressed(points) && <SuppressionNote minCell={minCell} />}
    </TableRegion>
  );
}
