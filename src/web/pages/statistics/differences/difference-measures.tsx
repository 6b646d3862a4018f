import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client.js";
import {
  type DifferenceMeasureView,
  type DifferenceView,
  deleteDifferenceMeasure,
  updateDifferenceMeasure,
} from "../../../api/difference-api.js";
import { ErrorAlert } from "../../../components/form-alert.js";
import { RowButton } from "../../../components/row-button.js";
import { StatusMessage } from "../../../components/status-message.js";
import { TableRegion } from "../../../components/table-region.js";
import { useFocusLater } from "../../checklists/use-focus-later.js";
import { todayIso, useFormats } from "../../meetings/format.js";
import { DifferenceMeasureForm } from "./difference-measure-form.js";

type OpenForm =
  | { readonly kind: "new" }
  | { readonly kind: "edit"; readonly measure: DifferenceMeasureView }
  | { readonly kind: "delete"; readonly measure: DifferenceMeasureView };

interface DifferenceMeasuresProps {
  readonly orgId: string;
  readonly difference: DifferenceView;
  readonly canEdit: boolean;
  /** Reads the difference again (its status follows its measures); resolves when shown. */
  readonly onChanged: () => Promise<void>;
  readonly onDirtyChange: (dirty: boolean) => void;
}

/**
 * The measures of a difference judged unjustified: what, who, by when (overdue said in words)
 * and status, followed until done. Those who may analyse add, change, mark done and delete.
 */
export function DifferenceMeasures({ orgId, difference, canEdit, onChanged, onDirtyChange }: DifferenceMeasuresProps) {
  const { t } = useTranslation();
  const dates = useFormats();
  const [open, setOpen] = useState<OpenForm | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const setFocusId = useFocusLater();
  const today = todayIso();
  const unjustified = difference.analysis.judgment === "unjustified";
  const measures = difference.measures;
  if (!unjustified && measures.length === 0) return null;

  const close = (focusId: string) => {
    setOpen(null);
    setFocusId(focusId);
  };
  const saved = async (measure: DifferenceMeasureView, created: boolean) => {
    setStatus(
      t(created ? "differencePages.measures.created" : "differencePages.measures.saved", {
        description: measure.description,
      }),
    );
    setOpen(null);
    await onChanged();
    setFocusId(`edit-difference-measure-${measure.id}`);
  };
  const markDone = async (measure: DifferenceMeasureView) => {
    setBusyId(measure.id);
    setFailure(null);
    try {
      const done = await updateDifferenceMeasure(orgId, difference.id, measure.id, {
        status: "done",
        version: measure.version,
      });
      setStatus(t("differencePages.measures.markedDone", { description: done.description }));
      await onChanged();
      setFocusId(`edit-difference-measure-${measure.id}`);
    } catch (error) {
      setFailure(
        error instanceof ApiError && error.status === 409
          ? t("differencePages.measures.stale")
          : String(errorText(error)),
      );
      await onChanged();
    } finally {
      setBusyId(null);
    }
  };
  const remove = async (measure: DifferenceMeasureView) => {
    setBusyId(measure.id);
    setFailure(null);
    try {
      await deleteDifferenceMeasure(orgId, difference.id, measure.id);
      setStatus(t("differencePages.measures.deleted", { description: measure.description }));
      setOpen(null);
      await onChanged();
      setFocusId("new-difference-measure");
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusyId(null);
    }
  };

  return (
    <section aria-labelledby="measures-heading" className="difference-measures">
      <h2 id="measures-heading">{t("differencePages.measures.heading")}</h2>
      <p>{t("differencePages.measures.intro")}</p>
      <StatusMessage message={status} />
      {failure && <ErrorAlert message={failure} />}
      {measures.length === 0 ? (
        <p className="notice-needed">{t("differencePages.measures.needed")}</p>
      ) : (
        <TableRegion labelledBy="difference-measures-caption" className="scroll-contained">
          <table className="measures-table">
            <caption id="difference-measures-caption">{t("differencePages.measures.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("differencePages.measures.description")}</th>
                <th scope="col">{t("differencePages.measures.owner")}</th>
                <th scope="col">{t("differencePages.measures.dueDate")}</th>
                <th scope="col">{t("differencePages.measures.status")}</th>
                {canEdit && (
                  <th scope="col">
                    <span className="visually-hidden">{t("differencePages.measures.actions")}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {measures.map((measure) => {
                const overdue = measure.status !== "done" && measure.dueDate < today;
                return (
                  <tr key={measure.id} className={overdue ? "measure-overdue" : undefined}>
                    <th scope="row" className="preserve-lines">
                      {measure.description}
                    </th>
                    <td>{measure.owner}</td>
                    <td>
                      <time dateTime={measure.dueDate}>{dates.shortDate(measure.dueDate)}</time>
                      {overdue && <span className="tag tag-overdue">{t("differencePages.measures.overdue")}</span>}
                    </td>
                    <td>
                      <span className={`measure-status measure-status-${measure.status}`}>
                        {t(`differencePages.measures.statuses.${measure.status}`)}
                      </span>
                      {measure.status === "done" && measure.doneOn && (
                        <span className="state-note">
                          {t("differencePages.measures.doneOn", { date: dates.shortDate(measure.doneOn) })}
                        </span>
                      )}
                    </td>
                    {canEdit && (
                      <td>
                        <div className="row-actions">
                          <RowButton
                            id={`edit-difference-measure-${measure.id}`}
                            label={t("differencePages.measures.edit")}
                            rowName={measure.description}
                            onClick={() => setOpen({ kind: "edit", measure })}
                          />
                          {measure.status !== "done" && (
                            <RowButton
                              id={`done-difference-measure-${measure.id}`}
                              label={busyId === measure.id ? t("ui.saving") : t("differencePages.measures.markDone")}
                              rowName={measure.description}
                              onClick={() => void markDone(measure)}
                            />
                          )}
                          <RowButton
                            id={`delete-difference-measure-${measure.id}`}
                            label={t("differencePages.measures.delete")}
                            rowName={measure.description}
                            onClick={() => setOpen({ kind: "delete", measure })}
                          />
                        </div>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableRegion>
      )}
      {open?.kind === "delete" && (
        <section className="confirm-panel" aria-labelledby="delete-difference-measure-heading">
          <h3 id="delete-difference-measure-heading">
            {t("differencePages.measures.deleteHeading", { description: open.measure.description })}
          </h3>
          <p>{t("differencePages.measures.deleteText")}</p>
          <div className="actions">
            <button type="button" className="button-danger" onClick={() => void remove(open.measure)}>
              {busyId === open.measure.id
                ? t("differencePages.measures.deleting")
                : t("differencePages.measures.deleteConfirm")}
            </button>
            <button
              type="button"
              className="button-secondary"
              onClick={() => close(`delete-difference-measure-${open.measure.id}`)}
            >
              {t("ui.form.cancel")}
            </button>
          </div>
        </section>
      )}
      {open && open.kind !== "delete" && (
        <DifferenceMeasureForm
          key={open.kind === "new" ? "new" : open.measure.id}
          idPrefix={open.kind === "new" ? "difference-measure-new" : `difference-measure-${open.measure.id}`}
          heading={
            open.kind === "new"
              ? t("differencePages.measures.newHeading")
              : t("differencePages.measures.editHeading", { description: open.measure.description })
          }
          orgId={orgId}
          differenceId={difference.id}
          measure={open.kind === "edit" ? open.measure : null}
          onSaved={(measure) => void saved(measure, open.kind === "new")}
          onCancel={() =>
            close(open.kind === "new" ? "new-difference-measure" : `edit-difference-measure-${open.measure.id}`)
          }
          onReload={() => {
            setOpen(null);
            void onChanged();
          }}
          onDirtyChange={onDirtyChange}
        />
      )}
      {canEdit && !open && (
        <button
          type="button"
          id="new-difference-measure"
          className="button-secondary"
          onClick={() => setOpen({ kind: "new" })}
        >
          {t("differencePages.measures.new")}
        </button>
      )}
    </section>
  );
}

function errorText(error: unknown): string {
  return error instanceof ApiError ? error.message : String(error);
}
