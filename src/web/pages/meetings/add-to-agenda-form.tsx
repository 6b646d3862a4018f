import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CaseBrief } from "../../api/decision-api.js";
import { FormAlert } from "../../components/form-alert.js";
import { SelectField } from "../../components/select-field.js";
import { type FormProblems, problemsFromChecks, problemsFromError } from "../../hooks/form-problems.js";
import { caseNameOf } from "./agenda-item.js";

interface AddToAgendaFormProps {
  /** Approved cases of the meeting's body, not yet on an agenda. */
  readonly candidates: readonly CaseBrief[];
  readonly bodyName: string;
  readonly labelledBy: string;
  /** Rejects with ApiError when the API refuses. */
  readonly onAdd: (candidate: CaseBrief) => Promise<void>;
}

/** Chooses an approved case and puts it last on the agenda; explains why the list can be empty. */
export function AddToAgendaForm({ candidates, bodyName, labelledBy, onAdd }: AddToAgendaFormProps) {
  const { t } = useTranslation();
  const [caseId, setCaseId] = useState("");
  const [problems, setProblems] = useState<FormProblems | null>(null);
  const [busy, setBusy] = useState(false);

  if (candidates.length === 0) return <p>{t("decisionPages.meeting.noCandidates", { body: bodyName })}</p>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = candidates.find((candidate) => candidate.id === caseId);
    const found = problemsFromChecks(t("ui.form.errorSummary"), {
      caseId: !chosen && t("decisionPages.meeting.caseRequired"),
    });
    setProblems(found);
    if (!chosen) return;
    setBusy(true);
    try {
      await onAdd(chosen);
      setCaseId("");
    } catch (error) {
      setProblems(problemsFromError(error, { case_not_approved: "caseId", case_of_other_body: "caseId" }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate className="form" onSubmit={submit} aria-labelledby={labelledBy}>
      <p>{t("decisionPages.meeting.addIntro", { body: bodyName })}</p>
      <FormAlert problems={problems} idPrefix="add-to-agenda" fields={["caseId"]} />
      <SelectField
        id="add-to-agenda-caseId"
        label={t("decisionPages.meeting.addLabel")}
        value={caseId}
        options={[
          { value: "", label: t("decisionPages.meeting.chooseCase") },
          ...candidates.map((candidate) => ({
            value: candidate.id,
            label: candidate.diarienummer ? `${candidate.diarienummer} ${candidate.title}` : caseNameOf(candidate),
          })),
        ]}
        onValueChange={setCaseId}
        error={problems?.fields.caseId}
      />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? t("ui.saving") : t("decisionPages.meeting.add")}
        </button>
      </div>
    </form>
  );
}
