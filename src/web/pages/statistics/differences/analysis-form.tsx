import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client.js";
import { type DifferenceView, getDifference, type Judgment, saveAnalysis } from "../../../api/difference-api.js";
import { StatusMessage } from "../../../components/status-message.js";
import { type FormProblems, problemsFromError } from "../../../hooks/form-problems.js";
import { ProblemSummary } from "../../checklists/problem-summary.js";
import { RadioGroup } from "../../meetings/radio-group.js";
import { TextAreaField } from "../../meetings/text-area-field.js";
import { AnalysisConflict } from "./analysis-conflict.js";
import { ANALYSIS_FIELDS, type AnalysisDraft, draftOf, draftProblems, sameDraft } from "./analysis-draft.js";
import { DimensionFields, SubgoalFields } from "./subgoal-fields.js";

const ID = "analysis";

/** The saved analysis the form started from, and its version. */
interface Base {
  readonly draft: AnalysisDraft;
  readonly version: number;
}

const baseOf = (view: DifferenceView): Base => ({ draft: draftOf(view.analysis), version: view.version });

/** What the API says when the saved analysis changed meanwhile: the other person's version, once fetched. */
type Conflict =
  | { readonly state: "fetching" }
  | { readonly state: "failed" }
  | { readonly state: "ready"; readonly newer: DifferenceView };

interface AnalysisFormProps {
  readonly orgId: string;
  /** The difference as last read; a newer version with the same analysis (a measure changed) is adopted quietly. */
  readonly difference: DifferenceView;
  readonly onSaved: (view: DifferenceView) => void;
  /** Tells the page whether the form holds unsaved text, for its one leave guard. */
  readonly onDirtyChange: (dirty: boolean) => void;
}

/**
 * The analysis of a flagged difference: the two guiding questions, the explanation (norms,
 * structures, needs), the judgment with its reason, the national sub-goals touched (their
 * questions shown when ticked) and the reminder of other dimensions. A save names the version
 * it started from; when somebody else saved meanwhile, nothing is overwritten, the typed text
 * stays in the form and the two versions are shown side by side.
 */
export function AnalysisForm({ orgId, difference, onSaved, onDirtyChange }: AnalysisFormProps) {
  const { t } = useTranslation();
  const [base, setBase] = useState<Base>(() => baseOf(difference));
  const [draft, setDraft] = useState<AnalysisDraft>(base.draft);
  const [problems, setProblems] = useState<FormProblems | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [seen, setSeen] = useState(difference);
  if (seen !== difference) {
    setSeen(difference);
    const latest = baseOf(difference);
    // The page read the difference again (a measure changed its version): same analysis, newer version.
    if (latest.version !== base.version && sameDraft(latest.draft, base.draft)) setBase(latest);
  }
  const dirty = !sameDraft(draft, base.draft);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const set =
    <K extends keyof AnalysisDraft>(field: K) =>
    (value: AnalysisDraft[K]) =>
      setDraft((current) => ({ ...current, [field]: value }));

  const save = async (from: Base, text: AnalysisDraft) => {
    const found = draftProblems(text);
    const fields = Object.fromEntries(
      Object.entries(found).map(([field, key]) => [
        field,
        t(`differencePages.analysis.${key}` as "differencePages.analysis.empty"),
      ]),
    );
    if (Object.keys(fields).length > 0) {
      setProblems({ message: found.problem === "empty" ? (fields.problem ?? "") : t("ui.form.errorSummary"), fields });
      return;
    }
    setProblems(null);
    setStatus(null);
    setBusy(true);
    try {
      const saved = await saveAnalysis(orgId, difference.id, {
        problem: text.problem.trim(),
        goalsAndMethods: text.goalsAndMethods.trim(),
        explanation: text.explanation.trim(),
        judgment: text.judgment === "" ? null : text.judgment,
        judgmentReason: text.judgmentReason.trim(),
        subgoals: text.subgoals,
        dimensionsConsidered: text.dimensionsConsidered,
        version: from.version,
      });
      const next = baseOf(saved);
      setBase(next);
      setDraft(next.draft);
      setConflict(null);
      setStatus(t("differencePages.analysis.saved"));
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        void fetchNewer();
      } else {
        setProblems(
          problemsFromError(error, {
            judgment_reason_required: "judgmentReason",
            missing_judgment_reason: "judgmentReason",
            empty_analysis: "problem",
          }),
        );
      }
    } finally {
      setBusy(false);
    }
  };

  const fetchNewer = async () => {
    setConflict({ state: "fetching" });
    try {
      setConflict({ state: "ready", newer: await getDifference(orgId, difference.id) });
    } catch {
      setConflict({ state: "failed" });
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(base, draft);
  };

  const takeNewer = (newer: DifferenceView) => {
    const next = baseOf(newer);
    setBase(next);
    setDraft(next.draft);
    setConflict(null);
    onSaved(newer);
  };

  const keepMine = (newer: DifferenceView) => {
    // Mine stands on top of theirs: save it on their version.
    const next = baseOf(newer);
    setBase(next);
    setConflict(null);
    void save(next, draft);
  };

  return (
    <form noValidate className="form analysis-form" onSubmit={submit} aria-labelledby="analysis-heading">
      <h2 id="analysis-heading">{t("differencePages.analysis.heading")}</h2>
      <p>{t("differencePages.analysis.intro")}</p>
      <ProblemSummary problems={problems} idPrefix={ID} fields={ANALYSIS_FIELDS} />
      {conflict && (
        <AnalysisConflict
          id="analysis-conflict"
          newer={conflict.state === "ready" ? conflict.newer : null}
          failed={conflict.state === "failed"}
          mine={draft}
          onTakeNewer={takeNewer}
          onKeepMine={keepMine}
          onRetryFetch={() => void fetchNewer()}
        />
      )}
      <TextAreaField
        id={`${ID}-problem`}
        label={t("differencePages.analysis.problem")}
        hint={t("differencePages.analysis.problemHint")}
        value={draft.problem}
        onValueChange={set("problem")}
        error={problems?.fields.problem}
      />
      <TextAreaField
        id={`${ID}-goalsAndMethods`}
        label={t("differencePages.analysis.goalsAndMethods")}
        hint={t("differencePages.analysis.goalsAndMethodsHint")}
        value={draft.goalsAndMethods}
        onValueChange={set("goalsAndMethods")}
        error={problems?.fields.goalsAndMethods}
      />
      <TextAreaField
        id={`${ID}-explanation`}
        label={t("differencePages.analysis.explanation")}
        hint={t("differencePages.analysis.explanationHint")}
        value={draft.explanation}
        onValueChange={set("explanation")}
        error={problems?.fields.explanation}
      />
      <RadioGroup<Judgment>
        id={`${ID}-judgment`}
        legend={t("differencePages.analysis.judgment")}
        hint={t("differencePages.analysis.judgmentHint")}
        options={(["justified", "unjustified"] as const).map((value) => ({
          value,
          label: t(`differencePages.analysis.judgments.${value}`),
        }))}
        value={draft.judgment}
        onValueChange={set("judgment")}
        error={problems?.fields.judgment}
      />
      <TextAreaField
        id={`${ID}-judgmentReason`}
        label={t("differencePages.analysis.judgmentReason")}
        hint={t("differencePages.analysis.judgmentReasonHint")}
        rows={3}
        value={draft.judgmentReason}
        onValueChange={set("judgmentReason")}
        error={problems?.fields.judgmentReason}
      />
      <SubgoalFields
        id={`${ID}-subgoals`}
        value={draft.subgoals}
        onValueChange={set("subgoals")}
        error={problems?.fields.subgoals}
      />
      <DimensionFields
        id={`${ID}-dimensionsConsidered`}
        value={draft.dimensionsConsidered}
        onValueChange={set("dimensionsConsidered")}
      />
      <StatusMessage message={status} />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? t("ui.saving") : t("differencePages.analysis.save")}
        </button>
      </div>
    </form>
  );
}
