import { useTranslation } from "react-i18next";
import { type Cell, type ImportPreview, type RejectedRow, reasonText } from "../../../api/statistics-api.js";
import { useFigureFormat } from "../../../components/charts/figure-cell.js";
import { MissingValue } from "../../../components/missing-value.js";
import { TableRegion } from "../../../components/table-region.js";

/** The first rows of the file as they would be imported: each cell, and what the row becomes. */
export function PreviewTable({ preview }: { readonly preview: ImportPreview }) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const missing = <MissingValue label={t("statisticsPages.common.missingLabel")} />;
  if ("headers" in preview) {
    return (
      <TableRegion labelledBy="preview-caption">
        <table className="import-preview-table">
          <caption id="preview-caption">
            {t("statisticsPages.import.previewCaption", { count: preview.rows.length, total: preview.total })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("statisticsPages.import.rowNumber")}</th>
              {preview.headers.map((header, index) => (
                <th scope="col" key={`${header}-${index}`}>
                  {header}
                </th>
              ))}
              <th scope="col">{t("statisticsPages.import.outcome")}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => {
              const rejected = row.reason;
              return (
                <tr key={row.row} className={rejected ? "row-rejected" : undefined}>
                  <th scope="row">{row.row}</th>
                  {preview.headers.map((header, index) => (
                    <td key={`${header}-${index}`}>{cellText(row.cells[index] ?? null) || missing}</td>
                  ))}
                  <td className="row-outcome">
                    {rejected === null && row.observation === null ? (
                      missing
                    ) : rejected ? (
                      <>
                        <span className="outcome-mark" aria-hidden="true">
                          ✗
                        </span>
                        {t("statisticsPages.import.rowRejected", { reason: reasonText(rejected) })}
                      </>
                    ) : (
                      <>
                        <span className="outcome-mark" aria-hidden="true">
                          ✓
                        </span>
                        {t("statisticsPages.import.rowOk")}
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableRegion>
    );
  }
  return (
    <TableRegion labelledBy="observations-caption">
      <table className="import-preview-table">
        <caption id="observations-caption">
          {t("statisticsPages.import.observationsCaption", {
            count: preview.observations.length,
            total: preview.total,
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("statisticsPages.import.indicator")}</th>
            <th scope="col">{t("statisticsPages.common.period")}</th>
            <th scope="col">{t("statisticsPages.common.area")}</th>
            <th scope="col">{t("statisticsPages.import.sex")}</th>
            <th scope="col">{t("statisticsPages.common.ageBand")}</th>
            <th scope="col" className="figure-column">
              {t("statisticsPages.import.value")}
            </th>
            <th scope="col" className="figure-column">
              {t("statisticsPages.import.count")}
            </th>
          </tr>
        </thead>
        <tbody>
          {preview.observations.map((observation, index) => (
            <tr key={index}>
              <td>{observation.indicatorName ?? observation.indicatorId}</td>
              <td>{observation.period}</td>
              <td>{observation.areaName ?? observation.areaCode}</td>
              <td>{observation.sex ? t(`statistics.sex.${observation.sex}`) : missing}</td>
              <td>{observation.ageBand?.label ?? missing}</td>
              <td className="figure-column">{observation.value === null ? missing : format(observation.value)}</td>
              <td className="figure-column">{observation.count === null ? missing : format(observation.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

function cellText(cell: Cell): string {
  return cell === null ? "" : String(cell);
}

/** Every rejected row with its number and reason, or a line saying there are none. */
export function RejectedRows({ rejected }: { readonly rejected: readonly RejectedRow[] }) {
  const { t } = useTranslation();
  if (rejected.length === 0) return <p>{t("statisticsPages.import.noneRejected")}</p>;
  return (
    <>
      <p>{t("statisticsPages.import.rejectedIntro", { count: rejected.length })}</p>
      <ul className="rejected-list">
        {rejected.map((entry) => (
          <li key={`${entry.row}-${reasonText(entry.reason)}`}>
            {t("statisticsPages.import.rejectedRow", { row: entry.row, reason: reasonText(entry.reason) })}
          </li>
        ))}
      </ul>
    </>
  );
}
