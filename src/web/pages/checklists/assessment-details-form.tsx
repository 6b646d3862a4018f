import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { updateAssessment } from "../../api/checklist-api.js";
import type { AssessmentView } from "../../api/checklist-types.js";
import { type FormProblems, problemsFromChecks, problemsFromError } from "../../hooks/form-problems.js";
import {
  OCCASION_ERROR_FIELDS,
  type OccasionDraft,
  OccasionFields,
  occasionChecks,
  occasionInputOf,
} from "./occasion-fields.js";
import { participantsDraftOf } from "./participants-field.js";
import { ProblemSummary } from "./problem-summary.js";

const FIELDS = ["occasion", "date", "participants"];

interface AssessmentDetailsFormProps {
  readonly orgId: string;
  readonly view: AssessmentView;
  readonly onSaved: (view: AssessmentView) => void;
  readonly onCancel: () => void;
}

/** Changes the occasion's name, date or participants; the scores stay as they are. */
export function AssessmentDetailsForm({ orgId, view, onSaved, onCancel }: AssessmentDetailsFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<OccasionDraft>(() => ({
    occasion: view.occasion,
    date: view.date,
    participants: participantsDraftOf(view.participants),
  }));
  const [problems, setProblems] = useState<FormProblems | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = problemsFromChecks(t("ui.form.errorSummary"), occasionChecks(t, draft));
    setProblems(found);
    if (found) return;
    setBusy(true);
    try {
      const saved = await updateAssessment(orgId, view.id, occasionInputOf(draft));
      onSaved(saved);
    } catch (error) {
      setProblems(problemsFromError(error, OCCASION_ERROR_FIELDS));
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      className="form details-form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="details-form-heading"
    >
      <h2 id="details-form-heading">{t("checklistPages.assessment.editDetails")}</h2>
      <ProblemSummary problems={problems} idPrefix="assessment-details" fields={FIELDS} />
      <OccasionFields idPrefix="assessment-details" draft={draft} onDraftChange={setDraft} problems={problems} />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? t("ui.saving") : t("checklistPages.assessment.saveDetails")}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t("ui.form.cancel")}
        </button>
      </div>
    </form>
  );
}
