import { type ReactElement, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ChartFigure } from "../chart-parts.js";
import { type ChartFile, downloadChartPng, downloadChartSvg } from "./chart-export.js";

interface ChartFrameProps {
  readonly id: string;
  readonly title: string;
  /** The text alternative: what the chart shows; it ends by naming the table with every figure. */
  readonly description: string;
  readonly height: number;
  /** The legend and notes drawn into downloaded files. */
  readonly file: Omit<ChartFile, "title">;
  /** Said under the drawing (what ".." means, that withheld figures are not drawn). */
  readonly notes: readonly string[];
  readonly tableId: string;
  readonly tableCaption: string;
  readonly children: ReactElement;
}

/**
 * A statistics chart: the figure with its title and text alternative, notes, a link to the
 * table with the same figures, and buttons that save the drawing as SVG or PNG.
 */
export function ChartFrame({
  id,
  title,
  description,
  height,
  file,
  notes,
  tableId,
  tableCaption,
  children,
}: ChartFrameProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const chartFile: ChartFile = { ...file, title };
  const download = async (format: "svg" | "png") => {
    const element = container.current;
    if (!element) return;
    try {
      const saved =
        format === "svg" ? downloadChartSvg(element, chartFile) : await downloadChartPng(element, chartFile);
      setFailed(!saved);
    } catch {
      setFailed(true);
    }
  };
  return (
    <div className="stat-chart" ref={container}>
      <ChartFigure
        id={id}
        title={title}
        description={description}
        height={height}
        note={
          <>
            {notes.map((note) => (
              <p className="chart-note" key={note}>
                {note}
              </p>
            ))}
            <p className="chart-note">
              {t("statisticsPages.charts.tableNote")} <a href={`#${tableId}`}>{tableCaption}</a>
            </p>
            <div className="chart-downloads">
              {(["svg", "png"] as const).map((format) => (
                <button
                  key={format}
                  type="button"
                  className="button-secondary button-small"
                  onClick={() => void download(format)}
                >
                  {t(`statisticsPages.charts.download.${format}`)}
                  <span className="visually-hidden">: {title}</span>
                </button>
              ))}
            </div>
            {failed && (
              <p role="alert" className="field-error">
                {t("statisticsPages.charts.downloadFailed")}
              </p>
            )}
          </>
        }
      >
        {children}
      </ChartFigure>
    </div>
  );
}
