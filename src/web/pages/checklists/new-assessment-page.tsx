import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { occasionKey, TYPICAL_OCCASIONS } from "../../../core/index.js";
import { createAssessment, getAssessments, listChecklists } from "../../api/checklist-api.js";
import type { AssessmentColumn, ChecklistSummary } from "../../api/checklist-types.js";
import { ErrorAlert } from "../../components/form-alert.js";
import { Loading } from "../../components/loading.js";
import { PageHeading } from "../../components/page-heading.js";
import { SelectField } from "../../components/select-field.js";
import { type FormProblems, problemsFromChecks, problemsFromError } from "../../hooks/form-problems.js";
import { useDocumentTitle } from "../../hooks/use-document-title.js";
import { useResource } from "../../hooks/use-resource.js";
import { can, useMembership } from "../../session/organisation-context.js";
import { todayIso } from "../meetings/format.js";
import { useScoreFormats } from "./checklist-format.js";
import { checklistPath, checklistsOf, PARAMS } from "./checklist-query.js";
import {
  OCCASION_ERROR_FIELDS,
  type OccasionDraft,
  OccasionFields,
  occasionChecks,
  occasionInputOf,
} from "./occasion-fields.js";
import { OverviewLink } from "./overview-link.js";
import { ProblemSummary } from "./problem-summary.js";

const FIELDS = ["checklistId", "occasion", "date", "participants"];

/** What the assessment page is told when it was just created, so that it can say so. */
export interface AssessmentPageState {
  readonly created?: boolean;
}

interface NewAssessmentData {
  readonly checklists: readonly ChecklistSummary[];
  /** The occasions already assessed on each checklist, by checklist id. */
  readonly used: ReadonlyMap<string, readonly AssessmentColumn[]>;
}

async function loadNewAssessment(orgId: string, signal: AbortSignal): Promise<NewAssessmentData> {
  const checklists = checklistsOf(orgId, await listChecklists(signal));
  const tables = await Promise.all(checklists.map((checklist) => getAssessments(orgId, checklist.id, signal)));
  return {
    checklists,
    used: new Map(checklists.map((checklist, index) => [checklist.id, tables[index]?.table.columns ?? []])),
  };
}

/**
 * Ny bedömning: the occasion (a typical one is suggested, any name may be written), its date and
 * who took part. Creating it opens the assessment, where each item is scored.
 */
export function NewAssessmentPage() {
  const { t } = useTranslation();
  const membership = useMembership();
  const orgId = membership.organisation.id;
  const [params] = useSearchParams();
  const { resource } = useResource(`new assessment ${orgId}`, (signal) => loadNewAssessment(orgId, signal));
  useDocumentTitle(t("checklistPages.new.title"), membership.organisation.name);
  const chosen = params.get(PARAMS.checklist) ?? "";
  return (
    <>
      <OverviewLink orgId={orgId} checklistId={chosen} />
      <PageHeading>{t("checklistPages.new.title")}</PageHeading>
      {!can(membership, "checklist.assess") ? (
        <p>{t("checklistPages.new.notAllowed")}</p>
      ) : (
        <>
          <p>{t("checklistPages.new.intro")}</p>
          {resource.state === "loading" && <Loading />}
          {resource.state === "failed" && <ErrorAlert message={resource.error.message} />}
          {resource.state === "ready" && <NewAssessmentForm orgId={orgId} data={resource.data} chosen={chosen} />}
        </>
      )}
    </>
  );
}

/**
 * The typical occasion after the latest typical one the checklist has (after BM5
 * Resultatkonferens; Uppstart when it has none), or "" once Resultatkonferens is used: then the
 * user names the occasion. Gaps are never suggested: a checklist with BM3 and BM5 but no BM4
 * has moved on past it.
 */
function suggestedOccasion(used: readonly Pick<AssessmentColumn, "occasion">[]): string {
  const keys = TYPICAL_OCCASIONS.map(occasionKey);
  const latest = Math.max(-1, ...used.map((column) => keys.indexOf(occasionKey(column.occasion))));
  return TYPICAL_OCCASIONS[latest + 1] ?? "";
}

function NewAssessmentForm({
  orgId,
  data,
  chosen,
}: {
  readonly orgId: string;
  readonly data: NewAssessmentData;
  readonly chosen: string;
}) {
  const { t } = useTranslation();
  const formats = useScoreFormats();
  const navigate = useNavigate();
  const initialChecklist =
    data.checklists.find((c) => c.id === chosen)?.id ??
    data.checklists.find((c) => c.builtIn)?.id ??
    data.checklists[0]?.id ??
    "";
  const [checklistId, setChecklistId] = useState(initialChecklist);
  const [draft, setDraft] = useState<OccasionDraft>(() => ({
    occasion: suggestedOccasion(data.used.get(initialChecklist) ?? []),
    date: todayIso(),
    participants: { typical: [], others: "" },
  }));
  const [problems, setProblems] = useState<FormProblems | null>(null);
  const [busy, setBusy] = useState(false);
  const submitting = useRef(false);
  const used = data.used.get(checklistId) ?? [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (submitting.current) return;
    const found = problemsFromChecks(t("ui.form.errorSummary"), {
      checklistId: checklistId === "" && t("checklistPages.new.checklistRequired"),
      ...occasionChecks(t, draft),
    });
    setProblems(found);
    if (found) return;
    submitting.current = true;
    setBusy(true);
    try {
      const created = await createAssessment(orgId, { checklistId, ...occasionInputOf(draft) });
      const state: AssessmentPageState = { created: true };
      navigate(checklistPath(orgId, encodeURIComponent(created.id)), { state });
    } catch (error) {
      setProblems(problemsFromError(error, { ...OCCASION_ERROR_FIELDS, unknown_checklist: "checklistId" }));
      submitting.current = false;
      setBusy(false);
    }
  };

  return (
    <form noValidate className="form" onSubmit={(event) => void submit(event)} aria-labelledby="page-heading">
      <ProblemSummary problems={problems} idPrefix="new-assessment" fields={FIELDS} />
      {data.checklists.length > 1 && (
        <SelectField
          id="new-assessment-checklistId"
          label={t("checklistPages.picker.checklist")}
          value={checklistId}
          options={data.checklists.map((checklist) => ({
            value: checklist.id,
            label: formats.text(checklist.latest.definition.name),
          }))}
          onValueChange={(next) => {
            setChecklistId(next);
            if (draft.occasion === suggestedOccasion(used))
              setDraft({ ...draft, occasion: suggestedOccasion(data.used.get(next) ?? []) });
          }}
          error={problems?.fields.checklistId}
        />
      )}
      <OccasionFields
        idPrefix="new-assessment"
        draft={draft}
        onDraftChange={setDraft}
        problems={problems}
        usedOccasions={used.map((column) => column.occasion)}
      />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? t("ui.saving") : t("checklistPages.new.submit")}
        </button>
      </div>
    </form>
  );
}
