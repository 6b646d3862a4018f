import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FieldMessages, fieldMessageIds } from "../../components/field-messages.js";
import { TextField } from "../../components/text-field.js";
import { TextAreaField } from "./text-area-field.js";

/** One assignment being written; `key` keeps React's rows stable when one is removed. */
export interface AssignmentDraft {
  readonly key: number;
  readonly assignee: string;
  readonly description: string;
  readonly dueDate: string;
}

export type AssignmentField = "assignee" | "description" | "dueDate";

/** The form-problem key of a row's field, e.g. "assignments-0-assignee" (also the end of its element id). */
export function assignmentFieldKey(index: number, field: AssignmentField): string {
  return `assignments-${index}-${field}`;
}

interface AssignmentRowsProps {
  /** Ids are `${idPrefix}-assignments…`, matching the form's error summary. */
  readonly idPrefix: string;
  readonly rows: readonly AssignmentDraft[];
  readonly onRowsChange: (rows: AssignmentDraft[]) => void;
  readonly errors: Readonly<Record<string, string>>;
}

/**
 * The assignments (uppdrag) a decision gives: to whom, what, by when. Adding a row moves
 * focus to its first field; removing one moves focus to the add button.
 */
export function AssignmentRows({ idPrefix, rows, onRowsChange, errors }: AssignmentRowsProps) {
  const { t } = useTranslation();
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const nextKey = useRef(rows.reduce((max, row) => Math.max(max, row.key), 0) + 1);
  const id = `${idPrefix}-assignments`;
  const groupError = errors.assignments;
  const { describedBy } = fieldMessageIds(id, t("decisionPages.decisionForm.assignmentsHint"), groupError);

  useEffect(() => {
    if (focusTarget === null) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const change = (index: number, field: AssignmentField, value: string) =>
    onRowsChange(rows.map((row, i) => (i === index ? { ...row, [field]: value } : row)));

  const add = () => {
    const key = nextKey.current;
    nextKey.current += 1;
    onRowsChange([...rows, { key, assignee: "", description: "", dueDate: "" }]);
    setFocusTarget(`${idPrefix}-${assignmentFieldKey(rows.length, "assignee")}`);
  };

  const remove = (index: number) => {
    onRowsChange(rows.filter((_, i) => i !== index));
    setFocusTarget(`${id}-add`);
  };

  return (
    <fieldset
      id={id}
      className={groupError ? "assignments field-invalid" : "assignments"}
      aria-describedby={describedBy}
    >
      <legend>{t("decisionPages.decisionForm.assignmentsLegend")}</legend>
      <FieldMessages id={id} hint={t("decisionPages.decisionForm.assignmentsHint")} error={groupError} />
      {rows.length === 0 && <p className="muted">{t("decisionPages.decisionForm.noAssignments")}</p>}
      {rows.map((row, index) => {
        const n = index + 1;
        const fieldId = (field: AssignmentField) => `${idPrefix}-${assignmentFieldKey(index, field)}`;
        return (
          <fieldset key={row.key} className="assignment-row">
            <legend>{t("decisionPages.decisionForm.assignmentN", { n })}</legend>
            <TextField
              id={fieldId("assignee")}
              label={t("decisionPages.decisionForm.assignee")}
              hint={t("decisionPages.decisionForm.assigneeHint")}
              autoComplete="off"
              value={row.assignee}
              onValueChange={(value) => change(index, "assignee", value)}
              error={errors[assignmentFieldKey(index, "assignee")]}
            />
            <TextAreaField
              id={fieldId("description")}
              label={t("decisionPages.decisionForm.description")}
              rows={3}
              value={row.description}
              onValueChange={(value) => change(index, "description", value)}
              error={errors[assignmentFieldKey(index, "description")]}
            />
            <TextField
              id={fieldId("dueDate")}
              type="date"
              label={t("decisionPages.decisionForm.dueDate")}
              hint={t("decisionPages.common.dateHint")}
              value={row.dueDate}
              onValueChange={(value) => change(index, "dueDate", value)}
              error={errors[assignmentFieldKey(index, "dueDate")]}
            />
            <button type="button" className="button-secondary" onClick={() => remove(index)}>
              {t("decisionPages.decisionForm.removeAssignment", { n })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" id={`${id}-add`} className="button-secondary" onClick={add}>
        {t("decisionPages.decisionForm.addAssignment")}
      </button>
    </fieldset>
  );
}
