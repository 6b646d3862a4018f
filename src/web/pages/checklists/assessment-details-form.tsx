import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { TYPICAL_OCCASIONS } from "../../../core/index.js";
import { updateAssessment } from "../../api/checklist-api.js";
import type { AssessmentView } from "../../api/checklist-types.js";
import { TextField } from "../../components/text-field.js";
import { type FormProblems, problemsFromChecks, problemsFromError } from "../../hooks/form-problems.js";
import { ParticipantsField, participantsDraftOf, participantsOf } from "./participants-field.js";
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
  const [occasion, setOccasion] = useState(view.occasion);
  const [date, setDate] = useState(view.date);
  const [participants, setParticipants] = useState(() => participantsDraftOf(view.participants));
  const [problems, setProblems] = useState<FormProblems | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = problemsFromChecks(t("ui.form.errorSummary"), {
      occasion: occasion.trim() === "" && t("checklistPages.new.occasionRequired"),
      date: !/^\d{4}-\d{2}-\d{2}$/.test(date) && t("checklistPages.new.dateRequired"),
    });
    setProblems(found);
    if (found) return;
    setBusy(true);
    try {
      const saved = await updateAssessment(orgId, view.id, {
        occasion: occasion.trim().replace(/\s+/g, " "),
        date,
        participants: participantsOf(participants),
      });
      onSaved(saved);
    } catch (error) {
      setProblems(
        problemsFromError(error, {
          duplicate_occasion: "occasion",
          occasion_too_far_ahead: "date",
          invalid_occasion_date: "date",
          empty_occasion: "occasion",
        }),
      );
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
      <TextField
        id="assessment-details-occasion"
        label={t("checklistPages.new.occasion")}
        hint={t("checklistPages.new.occasionHint", { typical: TYPICAL_OCCASIONS.join(", ") })}
        list="typical-occasions-edit"
        autoComplete="off"
        required
        value={occasion}
        onValueChange={setOccasion}
        error={problems?.fields.occasion}
      />
      <datalist id="typical-occasions-edit">
        {TYPICAL_OCCASIONS.map((typical) => (
          <option key={typical} value={typical} />
        ))}
      </datalist>
      <TextField
        id="assessment-details-date"
        type="date"
        label={t("checklistPages.new.date")}
        hint={t("checklistPages.new.dateHint")}
        required
        value={date}
        onValueChange={setDate}
        error={problems?.fields.date}
      />
      <ParticipantsField id="assessment-details-participants" value={participants} onValueChange={setParticipants} />
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
