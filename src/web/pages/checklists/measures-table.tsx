import { useTranslation } from "react-i18next";
import type { MeasureView } from "../../api/checklist-types.js";
import { RowButton } from "../../components/row-button.js";
import { useFormats } from "../meetings/format.js";
import { EvidenceLinks } from "./evidence-links.js";

interface MeasuresTableProps {
  readonly orgId: string;
  readonly caption: string;
  readonly measures: readonly MeasureView[];
  readonly cases: ReadonlyMap<string, string>;
  readonly today: string;
  /** Given to those who may change measures: opens the form for one. */
  readonly onEdit?: ((measure: MeasureView) => void) | undefined;
  /** Given to those who may change measures: asks whether to take one off the agenda. */
  readonly onDelete?: ((measure: MeasureView) => void) | undefined;
}

/** The measures of one item: what, who, by when (overdue said in words), status and evidence. */
export function MeasuresTable({ orgId, caption, measures, cases, today, onEdit, onDelete }: MeasuresTableProps) {
  const { t } = useTranslation();
  const formats = useFormats();
  return (
    <div className="table-wrapper scroll-contained">
      <table className="measures-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("checklistPages.measures.title")}</th>
            <th scope="col">{t("checklistPages.measures.owner")}</th>
            <th scope="col">{t("checklistPages.measures.dueDate")}</th>
            <th scope="col">{t("checklistPages.measures.status")}</th>
            <th scope="col">{t("checklistPages.measures.links")}</th>
            {onEdit && (
              <th scope="col">
                <span className="visually-hidden">{t("checklistPages.measures.actions")}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {measures.map((measure) => {
            const overdue = measure.status !== "done" && measure.dueDate !== null && measure.dueDate < today;
            return (
              <tr key={measure.id} className={overdue ? "measure-overdue" : undefined}>
                <th scope="row">{measure.title}</th>
                <td>{measure.owner}</td>
                <td>
                  {measure.dueDate ? (
                    <time dateTime={measure.dueDate}>{formats.shortDate(measure.dueDate)}</time>
                  ) : (
                    <span className="muted">{t("checklistPages.measures.noDueDate")}</span>
                  )}
                  {overdue && <span className="tag tag-overdue">{t("checklistPages.measures.overdue")}</span>}
                </td>
                <td>
                  <span className={`measure-status measure-status-${measure.status}`}>
                    {t(`checklistPages.measures.statuses.${measure.status}`)}
                  </span>
                  {measure.status === "done" && measure.doneOn && (
                    <span className="state-note">
                      {t("checklistPages.measures.doneOn", { date: formats.shortDate(measure.doneOn) })}
                    </span>
                  )}
                </td>
                <td>
                  {measure.links.length === 0 ? (
                    <span className="muted">{t("checklistPages.measures.noLinks")}</span>
                  ) : (
                    <EvidenceLinks orgId={orgId} links={measure.links} cases={cases} />
                  )}
                </td>
                {onEdit && (
                  <td>
                    <div className="row-actions">
                      <RowButton
                        id={`edit-measure-${measure.id}`}
                        label={t("checklistPages.measures.edit")}
                        rowName={measure.title}
                        onClick={() => onEdit(measure)}
                      />
                      {onDelete && (
                        <RowButton
                          id={`delete-measure-${measure.id}`}
                          label={t("checklistPages.measures.delete")}
                          rowName={measure.title}
                          onClick={() => onDelete(measure)}
                        />
                      )}
                    </div>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
