import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { DECISION_OUTCOMES, type DecisionOutcome } from "../../../core/index.js";
import { type AgendaItem, type Decision, type NewAssignment, recordDecision } from "../../api/decision-api.js";
import { FormAlert } from "../../components/form-alert.js";
import { type FormProblems, problemsFromChecks, problemsFromError } from "../../hooks/form-problems.js";
import { type AssignmentDraft, AssignmentRows, assignmentFieldKey } from "./assignment-rows.js";
import { RadioGroup } from "./radio-group.js";
import { TextAreaField } from "./text-area-field.js";

const ANSWERS = ["yes", "no"] as const;
type Answer = (typeof ANSWERS)[number];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface DecisionFormProps {
  readonly orgId: string;
  readonly meetingId: string;
  readonly item: AgendaItem;
  /** A short name of the case for headings and buttons ("12-2026" or its title). */
  readonly caseName: string;
  readonly onRecorded: (decision: Decision, assignments: readonly NewAssignment[]) => void;
  readonly onCancel: () => void;
}

/**
 * Records the body's decision on one agenda item: the outcome, the wording when amended,
 * the body's position on the consequences for women and men (the point of the whole
 * product, so it is a panel of its own) and the assignments the decision gives.
 */
export function DecisionForm({ orgId, meetingId, item, caseName, onRecorded, onCancel }: DecisionFormProps) {
  const { t } = useTranslation();
  const prefix = `decision-${item.caseId}`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [outcome, setOutcome] = useState<DecisionOutcome | "">("");
  const [amendedText, setAmendedText] = useState("");
  const [considered, setConsidered] = useState<Answer | "">("");
  const [comment, setComment] = useState("");
  const [assignments, setAssignments] = useState<AssignmentDraft[]>([]);
  const [problems, setProblems] = useState<FormProblems | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const fields = [
    "outcome",
    "amendedText",
    "genderPosition",
    "considered",
    "comment",
    "assignments",
    ...assignments.flatMap((_, index) =>
      (["assignee", "description", "dueDate"] as const).map((field) => assignmentFieldKey(index, field)),
    ),
  ];

  const check = () => {
    const checks: Record<string, string | false> = {
      outcome: outcome === "" && t("decisionPages.decisionForm.outcomeRequired"),
      amendedText:
        outcome === "amended" && amendedText.trim() === "" && t("decisionPages.decisionForm.amendedRequired"),
      considered: considered === "" && t("decisionPages.decisionForm.consideredRequired"),
    };
    assignments.forEach((row, index) => {
      const n = index + 1;
      checks[assignmentFieldKey(index, "assignee")] =
        row.assignee.trim() === "" && t("decisionPages.decisionForm.assigneeRequired", { n });
      checks[assignmentFieldKey(index, "description")] =
        row.description.trim() === "" && t("decisionPages.decisionForm.descriptionRequired", { n });
      checks[assignmentFieldKey(index, "dueDate")] =
        !ISO_DATE.test(row.dueDate) && t("decisionPages.decisionForm.dueDateRequired", { n });
    });
    return problemsFromChecks(t("ui.form.errorSummary"), checks);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check();
    setProblems(found);
    if (found || outcome === "") return;
    const sent: NewAssignment[] = assignments.map((row) => ({
      assignee: row.assignee.trim(),
      description: row.description.trim(),
      dueDate: row.dueDate,
    }));
    setBusy(true);
    try {
      const decision = await recordDecision(orgId, meetingId, {
        caseId: item.caseId,
        outcome,
        ...(outcome === "amended" ? { amendedText: amendedText.trim() } : {}),
        genderPosition: { considered: considered === "yes", comment: comment.trim() },
        assignments: sent,
      });
      onRecorded(decision, sent);
    } catch (error) {
      setProblems(problemsFromError(error, { amended_text_required: "amendedText" }));
      setBusy(false);
    }
  };

  const headingId = `${prefix}-heading`;
  return (
    <form noValidate className="form decision-form" onSubmit={submit} aria-labelledby={headingId}>
      <h4 id={headingId} ref={headingRef} tabIndex={-1}>
        {t("decisionPages.decisionForm.heading", { case: caseName })}
      </h4>
      <FormAlert problems={problems} idPrefix={prefix} fields={fields} />
      <RadioGroup
        id={`${prefix}-outcome`}
        legend={t("decisionPages.decisionForm.outcome")}
        options={DECISION_OUTCOMES.map((value) => ({ value, label: t(`cases.outcomes.${value}`) }))}
        value={outcome}
        onValueChange={setOutcome}
        error={problems?.fields.outcome}
      />
      {outcome === "amended" && (
        <TextAreaField
          id={`${prefix}-amendedText`}
          label={t("decisionPages.decisionForm.amendedText")}
          hint={t("decisionPages.decisionForm.amendedHint")}
          rows={6}
          value={amendedText}
          onValueChange={setAmendedText}
          error={problems?.fields.amendedText}
        />
      )}
      <fieldset id={`${prefix}-genderPosition`} className="gender-position-panel">
        <legend>{t("decisionPages.decisionForm.positionLegend")}</legend>
        <p>{t("decisionPages.decisionForm.positionIntro")}</p>
        {problems?.fields.genderPosition && <p className="field-error">{problems.fields.genderPosition}</p>}
        <RadioGroup
          id={`${prefix}-considered`}
          className="inline-radios"
          legend={t("decisionPages.decisionForm.considered")}
          options={ANSWERS.map((value) => ({ value, label: t(`decisionPages.common.${value}`) }))}
          value={considered}
          onValueChange={setConsidered}
          error={problems?.fields.considered}
        />
        <TextAreaField
          id={`${prefix}-comment`}
          label={t("decisionPages.decisionForm.comment")}
          hint={t("decisionPages.decisionForm.commentHint")}
          value={comment}
          onValueChange={setComment}
          error={problems?.fields.comment}
        />
      </fieldset>
      <AssignmentRows
        idPrefix={prefix}
        rows={assignments}
        onRowsChange={setAssignments}
        errors={problems?.fields ?? {}}
      />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? t("decisionPages.decisionForm.submitting") : t("decisionPages.decisionForm.submit")}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel} disabled={busy}>
          {t("ui.form.cancel")}
        </button>
      </div>
    </form>
  );
}
