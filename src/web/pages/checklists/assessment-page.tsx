import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { sumOfScores } from "../../../core/index.js";
import { listCases } from "../../api/case-api.js";
import { deleteAssessment, getAssessment, saveAssessmentItem } from "../../api/checklist-api.js";
import type { AssessmentView } from "../../api/checklist-types.js";
import { ApiError } from "../../api/client.js";
import { ErrorAlert } from "../../components/form-alert.js";
import { Loading } from "../../components/loading.js";
import { PageHeading } from "../../components/page-heading.js";
import { StatusMessage } from "../../components/status-message.js";
import { useDocumentTitle } from "../../hooks/use-document-title.js";
import { useResource } from "../../hooks/use-resource.js";
import { can, useMembership } from "../../session/organisation-context.js";
import { useFormats } from "../meetings/format.js";
import { AssessmentDetailsForm } from "./assessment-details-form.js";
import { participantLabel, useScoreFormats } from "./checklist-format.js";
import { checklistPath, PARAMS } from "./checklist-query.js";
import type { CaseOption } from "./evidence-links.js";
import { ItemEditor, type PreviousScore } from "./item-editor.js";
import { draftOf, emptyItem, type ItemDraft, type ItemState, isDirty, saveOf } from "./item-state.js";
import { ItemView } from "./item-view.js";
import { useLeaveGuard } from "./leave-guard.js";
import type { AssessmentPageState } from "./new-assessment-page.js";
import { OverviewLink } from "./overview-link.js";

/** What the overview is told after an assessment was deleted, so that it can say so. */
export interface OverviewState {
  readonly deleted?: string;
}

interface AssessmentPageData {
  readonly view: AssessmentView;
  /** The organisation's cases, for evidence links; empty when they could not be read. */
  readonly cases: readonly CaseOption[];
}

async function loadAssessmentPage(
  orgId: string,
  assessmentId: string,
  signal: AbortSignal,
): Promise<AssessmentPageData> {
  const [view, cases] = await Promise.all([
    getAssessment(orgId, assessmentId, signal),
    listCases(orgId, { status: "", bodyId: "", search: "" }, signal).catch((error: unknown) => {
      if (signal.aborted) throw error;
      return [];
    }),
  ]);
  return {
    view,
    cases: cases.map((c) => ({ id: c.id, label: [c.diarienummer, c.title].filter(Boolean).join(" ") })),
  };
}

/**
 * One assessment (bedömning) on one occasion: every item with its score, comment and evidence,
 * the previous occasion's score beside it, and the sum as it stands. Those who may assess change
 * each item and save it by itself, so that two people scoring different items never lose each
 * other's work; everyone else reads.
 */
export function AssessmentPage() {
  const { t } = useTranslation();
  const { assessmentId = "" } = useParams();
  const membership = useMembership();
  const orgId = membership.organisation.id;
  const location = useLocation();
  const navigate = useNavigate();
  const { resource, update } = useResource(`assessment ${orgId} ${assessmentId}`, (signal) =>
    loadAssessmentPage(orgId, assessmentId, signal),
  );
  const [status, setStatus] = useState<string | null>(null);
  const view = resource.state === "ready" ? resource.data.view : null;
  const title = view
    ? t("checklistPages.assessment.title", { occasion: view.occasion })
    : t("checklistPages.assessment.loadingTitle");
  useDocumentTitle(title, membership.organisation.name);

  // Arriving from "Ny bedömning": say so, and start reading at the heading (RouteFocus found none while loading).
  const created = (location.state as AssessmentPageState | null)?.created === true;
  useEffect(() => {
    if (!created || !view) return;
    setStatus(t("checklistPages.assessment.created", { occasion: view.occasion }));
    document.getElementById("page-heading")?.focus();
    navigate(location.pathname, { replace: true, state: null });
  }, [created, view, t, navigate, location.pathname]);
  useEffect(() => {
    if (resource.state === "ready" && document.activeElement === document.getElementById("main")) {
      document.getElementById("page-heading")?.focus();
    }
  }, [resource.state]);

  const checklistId = view?.checklist.checklistId ?? "";
  return (
    <>
      <OverviewLink orgId={orgId} checklistId={checklistId} />
      <PageHeading>{title}</PageHeading>
      <StatusMessage message={status} />
      {resource.state === "loading" && <Loading />}
      {resource.state === "failed" && <ErrorAlert message={resource.error.message} />}
      {resource.state === "ready" && (
        <AssessmentContent
          key={resource.data.view.id}
          orgId={orgId}
          data={resource.data}
          assess={can(membership, "checklist.assess")}
          onViewChange={(next) => update((data) => ({ ...data, view: next }))}
          onStatus={setStatus}
          onDeleted={(occasion) => {
            const state: OverviewState = { deleted: occasion };
            navigate(checklistPath(orgId, "", { [PARAMS.checklist]: checklistId }), { state });
          }}
        />
      )}
    </>
  );
}

interface AssessmentContentProps {
  readonly orgId: string;
  readonly data: AssessmentPageData;
  readonly assess: boolean;
  readonly onViewChange: (view: AssessmentView) => void;
  readonly onStatus: (message: string | null) => void;
  readonly onDeleted: (occasion: string) => void;
}

function AssessmentContent({ orgId, data, assess, onViewChange, onStatus, onDeleted }: AssessmentContentProps) {
  const { t } = useTranslation();
  const formats = useScoreFormats();
  const dates = useFormats();
  const { view, cases } = data;
  const definition = view.checklist.definition;
  const itemsRef = useRef<Readonly<Record<number, ItemState>>>(
    Object.fromEntries(
      definition.items.map((item) => {
        const saved = view.items.find((i) => i.no === item.no) ?? emptyItem(item.no);
        return [item.no, { saved, draft: draftOf(saved), status: { kind: "idle" } } satisfies ItemState];
      }),
    ),
  );
  const [items, setItems] = useState(itemsRef.current);
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [bulk, setBulk] = useState<string | null>(null);
  const [focusBar, setFocusBar] = useState(false);
  useEffect(() => {
    if (!focusBar) return;
    document.getElementById("assessment-bar-state")?.focus();
    setFocusBar(false);
  }, [focusBar]);
  const caseNames = new Map(cases.map((c) => [c.id, c.label]));

  /** Changes one item; the ref is current at once, so that a save right after reads the change. */
  const setItem = useCallback((no: number, change: (state: ItemState) => ItemState) => {
    const current = itemsRef.current[no];
    if (!current) return;
    itemsRef.current = { ...itemsRef.current, [no]: change(current) };
    setItems(itemsRef.current);
  }, []);

  const fetchNewer = useCallback(
    async (no: number, message: string) => {
      try {
        const fresh = await getAssessment(orgId, view.id);
        const newer = fresh.items.find((i) => i.no === no) ?? null;
        setItem(no, (s) => ({ ...s, status: { kind: "conflict", message, newer } }));
      } catch {
        setItem(no, (s) => ({ ...s, status: { kind: "conflict", message, newer: null } }));
      }
    },
    [orgId, view.id, setItem],
  );

  /** Saves one item on top of the revision it was loaded (or last saved) as; true when it was saved. */
  const save = useCallback(
    async (no: number): Promise<boolean> => {
      const current = itemsRef.current[no];
      if (!current || current.status.kind === "saving" || current.status.kind === "conflict") return false;
      const sent = current.draft;
      setItem(no, (s) => ({ ...s, status: { kind: "saving" } }));
      try {
        const saved = await saveAssessmentItem(orgId, view.id, no, saveOf(sent, current.saved.revision));
        setItem(no, (s) => ({ ...s, saved, status: { kind: "saved", at: new Date() } }));
        return true;
      } catch (error) {
        if (error instanceof ApiError && error.status === 409 && error.code === "stale_item") {
          await fetchNewer(no, error.message);
        } else {
          const message = error instanceof ApiError ? error.message : String(error);
          const field =
            error instanceof ApiError && (error.code === "score_off_scale" || error.code === "score_off_step")
              ? "score"
              : error instanceof ApiError && error.code === "unknown_case"
                ? "links"
                : null;
          setItem(no, (s) => ({ ...s, status: { kind: "failed", message, field } }));
        }
        return false;
      }
    },
    [orgId, view.id, setItem, fetchNewer],
  );

  const focusScore = (no: number) =>
    window.setTimeout(() => {
      const group = document.getElementById(`item-${no}-score`);
      (group?.querySelector<HTMLElement>("input:checked") ?? group?.querySelector<HTMLElement>("input"))?.focus();
    }, 0);

  const takeNewer = (no: number) => {
    const state = itemsRef.current[no];
    if (state?.status.kind !== "conflict" || !state.status.newer) return;
    const newer = state.status.newer;
    setItem(no, () => ({ saved: newer, draft: draftOf(newer), status: { kind: "idle" } }));
    focusScore(no);
  };

  const keepMine = (no: number) => {
    const state = itemsRef.current[no];
    if (state?.status.kind !== "conflict" || !state.status.newer) return;
    const newer = state.status.newer;
    setItem(no, (s) => ({ ...s, saved: newer, status: { kind: "idle" } }));
    focusScore(no);
    void save(no);
  };

  const retryFetch = (no: number) => {
    const state = itemsRef.current[no];
    if (state?.status.kind === "conflict") void fetchNewer(no, state.status.message);
  };

  const draft = (no: number, change: (draft: ItemDraft) => ItemDraft) =>
    setItem(no, (s) => ({
      ...s,
      draft: change(s.draft),
      status: s.status.kind === "saved" || s.status.kind === "failed" ? { kind: "idle" } : s.status,
    }));

  const dirtyItems = definition.items
    .map((item) => item.no)
    .filter((no) => {
      const state = items[no];
      return state !== undefined && isDirty(state);
    });

  const saveAll = async () => {
    setBulk(null);
    const failed: number[] = [];
    let saved = 0;
    for (const no of dirtyItems) {
      if (await save(no)) saved += 1;
      else failed.push(no);
    }
    // The button goes away once everything is saved: focus moves to the line that says so.
    if (failed.length === 0) setFocusBar(true);
    setBulk(
      failed.length === 0
        ? t("checklistPages.assessment.savedAll", { count: saved })
        : t("checklistPages.assessment.savedSome", { count: saved, failed: failed.join(", ") }),
    );
  };

  // Leaving the page with unsaved items: a dialog (or, on closing the tab, the browser) asks first.
  const unsavedText = t("checklistPages.assessment.unsavedItems", {
    count: dirtyItems.length,
    items: dirtyItems.join(", "),
  });
  const leaveGuard = useLeaveGuard(dirtyItems.length > 0, unsavedText);

  const liveSum = sumOfScores(definition.items.map((item) => items[item.no]?.draft.score ?? null));
  const savedSum = sumOfScores(definition.items.map((item) => items[item.no]?.saved.score ?? null));
  const previousOf = (index: number): PreviousScore | null =>
    view.previous
      ? { occasion: view.previous.occasion, date: view.previous.date, score: view.previous.scores[index] ?? null }
      : null;
  const measurePath = (no: number) =>
    checklistPath(orgId, "atgarder", {
      [PARAMS.checklist]: view.checklist.checklistId,
      [PARAMS.item]: String(no),
      [PARAMS.assessment]: view.id,
    });

  const remove = async () => {
    setDeleteError(null);
    try {
      await deleteAssessment(orgId, view.id);
      // Unsaved changes of a deleted assessment are gone with it: no question on the way out.
      leaveGuard.release();
      onDeleted(view.occasion);
    } catch (error) {
      setDeleteError(error instanceof ApiError ? error.message : String(error));
    }
  };

  return (
    <>
      <dl className="details assessment-facts">
        <dt>{t("checklistPages.assessment.date")}</dt>
        <dd>
          <time dateTime={view.date}>{dates.longDate(view.date)}</time>
        </dd>
        <dt>{t("checklistPages.assessment.participants")}</dt>
        <dd>
          {view.participants.length === 0
            ? t("checklistPages.assessment.noParticipants")
            : view.participants.map((p) => participantLabel(t, p)).join(", ")}
        </dd>
        <dt>{t("checklistPages.assessment.checklist")}</dt>
        <dd>
          {t("checklistPages.common.checklistVersion", {
            name: formats.text(definition.name),
            version: view.checklist.version,
          })}
        </dd>
        <dt>{t("checklistPages.assessment.savedSum")}</dt>
        <dd>{formats.sum(savedSum)}</dd>
      </dl>
      <ul className="case-page-actions">
        <li>
          <Link
            className="case-link-button case-link-button-secondary"
            to={checklistPath(orgId, "atgarder", { [PARAMS.checklist]: view.checklist.checklistId })}
          >
            {t("checklistPages.overview.agenda")}
          </Link>
        </li>
        {assess && !editing && (
          <li>
            <button type="button" className="button-secondary" onClick={() => setEditing(true)}>
              {t("checklistPages.assessment.editDetails")}
            </button>
          </li>
        )}
        {assess && !confirmDelete && (
          <li>
            <button type="button" className="button-secondary" onClick={() => setConfirmDelete(true)}>
              {t("checklistPages.assessment.delete")}
            </button>
          </li>
        )}
      </ul>
      {confirmDelete && (
        <DeleteConfirmation
          occasion={view.occasion}
          error={deleteError}
          onConfirm={() => void remove()}
          onCancel={() => {
            setConfirmDelete(false);
            setDeleteError(null);
          }}
        />
      )}
      {editing && (
        <AssessmentDetailsForm
          orgId={orgId}
          view={view}
          onSaved={(next) => {
            onViewChange({ ...view, occasion: next.occasion, date: next.date, participants: next.participants });
            setEditing(false);
            onStatus(t("checklistPages.assessment.detailsSaved"));
          }}
          onCancel={() => setEditing(false)}
        />
      )}
      {assess ? <p>{t("checklistPages.assessment.introAssess")}</p> : <p>{t("checklistPages.assessment.introRead")}</p>}
      <ol className="assessment-items">
        {definition.items.map((item, index) => {
          const state = items[item.no];
          if (!state) return null;
          return (
            <li key={item.no}>
              {assess ? (
                <ItemEditor
                  item={item}
                  definition={definition}
                  state={state}
                  previous={previousOf(index)}
                  cases={cases}
                  measurePath={measurePath(item.no)}
                  onDraft={(change) => draft(item.no, change)}
                  onSave={() => void save(item.no)}
                  onTakeNewer={() => takeNewer(item.no)}
                  onKeepMine={() => keepMine(item.no)}
                  onRetryFetch={() => retryFetch(item.no)}
                />
              ) : (
                <ItemView
                  orgId={orgId}
                  item={item}
                  definition={definition}
                  saved={state.saved}
                  previous={previousOf(index)}
                  cases={caseNames}
                />
              )}
            </li>
          );
        })}
      </ol>
      {assess && (
        <section className="assessment-bar" aria-label={t("checklistPages.assessment.barLabel")}>
          <p className="assessment-sum">
            {t("checklistPages.assessment.liveSum")}{" "}
            <strong aria-live="polite" aria-atomic="true" id="live-sum">
              {formats.sum(liveSum)}
            </strong>
          </p>
          {dirtyItems.length > 0 ? (
            <p>
              {unsavedText}{" "}
              <button type="button" className="button-small" onClick={() => void saveAll()}>
                {t("checklistPages.assessment.saveAll")}
              </button>
            </p>
          ) : (
            <p className="muted" id="assessment-bar-state" tabIndex={-1}>
              {t("checklistPages.assessment.allSaved")}
            </p>
          )}
          <p role="status" className="visually-hidden">
            {bulk}
          </p>
        </section>
      )}
      {leaveGuard.dialog}
    </>
  );
}

function DeleteConfirmation({
  occasion,
  error,
  onConfirm,
  onCancel,
}: {
  readonly occasion: string;
  readonly error: string | null;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="confirm-panel" aria-labelledby="delete-heading">
      <h2 id="delete-heading" tabIndex={-1} ref={heading}>
        {t("checklistPages.assessment.deleteHeading", { occasion })}
      </h2>
      <p>{t("checklistPages.assessment.deleteText")}</p>
      {error && <ErrorAlert message={error} />}
      <div className="actions">
        <button type="button" className="button-danger" onClick={onConfirm}>
          {t("checklistPages.assessment.deleteConfirm")}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t("ui.form.cancel")}
        </button>
      </div>
    </section>
  );
}
