import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client.js";
import {
  createDifferenceMeasure,
  DIFFERENCE_MEASURE_STATUSES,
  type DifferenceMeasureStatus,
  type DifferenceMeasureView,
  updateDifferenceMeasure,
} from "../../../api/difference-api.js";
import { SelectField } from "../../../components/select-field.js";
import { TextField } from "../../../components/text-field.js";
import { type FormProblems, problemsFromChecks, problemsFromError } from "../../../hooks/form-problems.js";
import { ProblemSummary } from "../../checklists/problem-summary.js";
import { TextAreaField } from "../../meetings/text-area-field.js";

const FIELDS = ["description", "owner", "dueDate", "status"];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface DifferenceMeasureFormProps {
  readonly idPrefix: string;
  readonly heading: string;
  readonly orgId: string;
  readonly differenceId: string;
  /** The measure to change, or null for a new one. */
  readonly measure: DifferenceMeasureView | null;
  readonly onSaved: (measure: DifferenceMeasureView) => void;
  readonly onCancel: () => void;
  /** Reads the measures again after somebody else changed this one. */
  readonly onReload: () => void;
  /** Tells the page whether the form holds unsaved text, for its one leave guard. */
  readonly onDirtyChange: (dirty: boolean) => void;
}

/**
 * A measure for an unjustified difference: what is to be done, who owns it, by when and (when
 * changing one) its status. A change names the version it was made on; when somebody else
 * changed the measure in between nothing is saved and the typed text stays in the form.
 */
export function DifferenceMeasureForm({
  idPrefix,
  heading,
  orgId,
  differenceId,
  measure,
  onSaved,
  onCancel,
  onReload,
  onDirtyChange,
}: DifferenceMeasureFormProps) {
  const { t } = useTranslation();
  const [description, setDescription] = useState(measure?.description ?? "");
  const [owner, setOwner] = useState(measure?.owner ?? "");
  const [dueDate, setDueDate] = useState(measure?.dueDate ?? "");
  const [status, setStatus] = useState<DifferenceMeasureStatus>(measure?.status ?? "planned");
  const [problems, setProblems] = useState<FormProblems | null>(null);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLTextAreaElement>(null);
  const dirty =
    description !== (measure?.description ?? "") ||
    owner !== (measure?.owner ?? "") ||
    dueDate !== (measure?.dueDate ?? "") ||
    status !== (measure?.status ?? "planned");

  useEffect(() => first.current?.focus(), []);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = problemsFromChecks(t("ui.form.errorSummary"), {
      description: description.trim() === "" && t("differencePages.measures.descriptionRequired"),
      owner: owner.trim() === "" && t("differencePages.measures.ownerRequired"),
      dueDate: !ISO_DATE.test(dueDate) && t("differencePages.measures.dueDateRequired"),
    });
    setProblems(found);
    if (found) return;
    setBusy(true);
    try {
      const fields = { description: description.trim(), owner: owner.trim(), dueDate };
      const saved = measure
        ? await updateDifferenceMeasure(orgId, differenceId, measure.id, {
            ...fields,
            status,
            version: measure.version,
          })
        : await createDifferenceMeasure(orgId, differenceId, fields);
      onDirtyChange(false);
      onSaved(saved);
    } catch (error) {
      const conflict = error instanceof ApiError && error.status === 409;
      setStale(conflict);
      setProblems(
        conflict
          ? { message: t("differencePages.measures.stale"), fields: {} }
          : problemsFromError(error, { invalid_due_date: "dueDate" }),
      );
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      className="form measure-form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby={`${idPrefix}-heading`}
    >
      <h3 id={`${idPrefix}-heading`}>{heading}</h3>
      <ProblemSummary problems={problems} idPrefix={idPrefix} fields={FIELDS} />
      {stale && (
        <p>
          <button type="button" className="button-secondary" onClick={onReload}>
            {t("differencePages.measures.reload")}
          </button>
        </p>
      )}
      <TextAreaField
        id={`${idPrefix}-description`}
        textAreaRef={first}
        rows={3}
        label={t("differencePages.measures.description")}
        hint={t("differencePages.measures.descriptionHint")}
        required
        value={description}
        onValueChange={setDescription}
        error={problems?.fields.description}
      />
      <TextField
        id={`${idPrefix}-owner`}
        label={t("differencePages.measures.owner")}
        hint={t("differencePages.measures.ownerHint")}
        autoComplete="off"
        required
        value={owner}
        onValueChange={setOwner}
        error={problems?.fields.owner}
      />
      <TextField
        id={`${idPrefix}-dueDate`}
        type="date"
        label={t("differencePages.measures.dueDate")}
        hint={t("differencePages.measures.dueDateHint")}
        required
        value={dueDate}
        onValueChange={setDueDate}
        error={problems?.fields.dueDate}
      />
      {measure && (
        <SelectField
          id={`${idPrefix}-status`}
          label={t("differencePages.measures.status")}
          value={status}
          options={DIFFERENCE_MEASURE_STATUSES.map((value) => ({
            value,
            label: t(`differencePages.measures.statuses.${value}`),
          }))}
          onValueChange={(value) => setStatus(value as DifferenceMeasureStatus)}
          error={problems?.fields.status}
        />
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy
            ? t("ui.saving")
            : measure
              ? t("differencePages.measures.saveChange")
              : t("differencePages.measures.create")}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t("ui.form.cancel")}
        </button>
      </div>
    </form>
  );
}
