import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { MEASURE_STATUSES, type MeasureStatus } from "../../../core/index.js";
import { createMeasure, updateMeasure } from "../../api/checklist-api.js";
import type { EvidenceLink, MeasureView } from "../../api/checklist-types.js";
import { ApiError } from "../../api/client.js";
import { SelectField } from "../../components/select-field.js";
import { TextField } from "../../components/text-field.js";
import { type FormProblems, problemsFromChecks, problemsFromError } from "../../hooks/form-problems.js";
import type { CaseOption } from "./evidence-links.js";
import { useLeaveGuard } from "./leave-guard.js";
import { LinksEditor } from "./links-editor.js";
import { ProblemSummary } from "./problem-summary.js";

const FIELDS = ["title", "owner", "dueDate", "status", "links"];

interface MeasureFormProps {
  /** The form's id prefix; field `x` has the id `${idPrefix}-x`. */
  readonly idPrefix: string;
  readonly heading: string;
  readonly orgId: string;
  readonly checklistId: string;
  readonly itemNo: number;
  /** The assessment the measure was started from, if any. */
  readonly assessmentId: string | null;
  /** The measure to change, or null for a new one. */
  readonly measure: MeasureView | null;
  readonly cases: readonly CaseOption[];
  readonly onSaved: (measure: MeasureView) => void;
  readonly onCancel: () => void;
  /** Reads the agenda again after somebody else changed the measure. */
  readonly onReload: () => void;
}

/**
 * A measure on the improvement agenda: what is to be done, who owns it, by when, its status and
 * links to the evidence. A change names the version it was made on; when somebody else changed
 * the measure in between, nothing is saved and the user reads the agenda again.
 */
export function MeasureForm({
  idPrefix,
  heading,
  orgId,
  checklistId,
  itemNo,
  assessmentId,
  measure,
  cases,
  onSaved,
  onCancel,
  onReload,
}: MeasureFormProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(measure?.title ?? "");
  const [owner, setOwner] = useState(measure?.owner ?? "");
  const [dueDate, setDueDate] = useState(measure?.dueDate ?? "");
  const [status, setStatus] = useState<MeasureStatus>(measure?.status ?? "planned");
  const [links, setLinks] = useState<readonly EvidenceLink[]>(measure?.links ?? []);
  const [problems, setProblems] = useState<FormProblems | null>(null);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
  const changed =
    title !== (measure?.title ?? "") ||
    owner !== (measure?.owner ?? "") ||
    dueDate !== (measure?.dueDate ?? "") ||
    status !== (measure?.status ?? "planned") ||
    JSON.stringify(links) !== JSON.stringify(measure?.links ?? []);
  const leaveGuard = useLeaveGuard(changed, t("checklistPages.leave.measure"));

  useEffect(() => titleRef.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = problemsFromChecks(t("ui.form.errorSummary"), {
      title: title.trim() === "" && t("checklistPages.measures.titleRequired"),
      owner: owner.trim() === "" && t("checklistPages.measures.ownerRequired"),
      dueDate: dueDate !== "" && !/^\d{4}-\d{2}-\d{2}$/.test(dueDate) && t("checklistPages.measures.dueDateInvalid"),
    });
    setProblems(found);
    if (found) return;
    setBusy(true);
    try {
      const fields = {
        title: title.trim(),
        owner: owner.trim(),
        dueDate: dueDate === "" ? null : dueDate,
        status,
        links,
      };
      const saved = measure
        ? await updateMeasure(orgId, measure.id, { version: measure.version, ...fields })
        : await createMeasure(orgId, {
            checklistId,
            itemNo,
            ...(assessmentId ? { assessmentId } : {}),
            ...fields,
          });
      onSaved(saved);
    } catch (error) {
      setStale(error instanceof ApiError && error.status === 409 && error.code === "stale_measure");
      setProblems(problemsFromError(error, { empty_measure_title: "title", unknown_case: "links" }));
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
          <button type="button" onClick={onReload}>
            {t("checklistPages.measures.reload")}
          </button>
        </p>
      )}
      <TextField
        id={`${idPrefix}-title`}
        inputRef={titleRef}
        label={t("checklistPages.measures.title")}
        hint={t("checklistPages.measures.titleHint")}
        autoComplete="off"
        required
        value={title}
        onValueChange={setTitle}
        error={problems?.fields.title}
      />
      <TextField
        id={`${idPrefix}-owner`}
        label={t("checklistPages.measures.owner")}
        hint={t("checklistPages.measures.ownerHint")}
        autoComplete="off"
        required
        value={owner}
        onValueChange={setOwner}
        error={problems?.fields.owner}
      />
      <TextField
        id={`${idPrefix}-dueDate`}
        type="date"
        label={t("checklistPages.measures.dueDateOptional")}
        hint={t("checklistPages.measures.dueDateHint")}
        value={dueDate}
        onValueChange={setDueDate}
        error={problems?.fields.dueDate}
      />
      <SelectField
        id={`${idPrefix}-status`}
        label={t("checklistPages.measures.status")}
        value={status}
        options={MEASURE_STATUSES.map((value) => ({ value, label: t(`checklistPages.measures.statuses.${value}`) }))}
        onValueChange={(value) => setStatus(value as MeasureStatus)}
        error={problems?.fields.status}
      />
      <LinksEditor
        id={`${idPrefix}-links`}
        legend={t("checklistPages.measures.links")}
        links={links}
        onChange={setLinks}
        cases={cases}
        error={problems?.fields.links}
      />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy
            ? t("ui.saving")
            : measure
              ? t("checklistPages.measures.saveChange")
              : t("checklistPages.measures.create")}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t("ui.form.cancel")}
        </button>
      </div>
      {leaveGuard.dialog}
    </form>
  );
}
