import { type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { type ChecklistItem, weakestItems } from "../../../core/index.js";
import { listCases } from "../../api/case-api.js";
import { getAssessments, listChecklists, listMeasures } from "../../api/checklist-api.js";
import type { AssessmentsAnswer, MeasuresAnswer, MeasureView } from "../../api/checklist-types.js";
import { ErrorAlert } from "../../components/form-alert.js";
import { Loading } from "../../components/loading.js";
import { PageHeading } from "../../components/page-heading.js";
import { StatusMessage } from "../../components/status-message.js";
import { useDocumentTitle } from "../../hooks/use-document-title.js";
import { useResource } from "../../hooks/use-resource.js";
import { can, useMembership } from "../../session/organisation-context.js";
import { todayIso, useFormats } from "../meetings/format.js";
import { useScoreFormats } from "./checklist-format.js";
import { ChecklistPicker } from "./checklist-picker.js";
import { checklistsOf, PARAMS } from "./checklist-query.js";
import type { CaseOption } from "./evidence-links.js";
import { MeasureDeletion } from "./measure-deletion.js";
import { MeasureForm } from "./measure-form.js";
import { MeasuresTable } from "./measures-table.js";
import { OverviewLink } from "./overview-link.js";
import { ScoreValue } from "./score-value.js";
import { useFocusLater } from "./use-focus-later.js";

interface AgendaData {
  readonly assessments: AssessmentsAnswer;
  readonly measures: MeasuresAnswer;
  readonly cases: readonly CaseOption[];
}

async function loadAgenda(orgId: string, checklistId: string, signal: AbortSignal): Promise<AgendaData> {
  const assessments = await getAssessments(orgId, checklistId, signal);
  const [measures, cases] = await Promise.all([
    listMeasures(orgId, { checklistId: assessments.checklist.checklistId }, signal),
    listCases(orgId, { status: "", bodyId: "", search: "" }, signal).catch((error: unknown) => {
      if (signal.aborted) throw error;
      return [];
    }),
  ]);
  return {
    assessments,
    measures,
    cases: cases.map((c) => ({ id: c.id, label: [c.diarienummer, c.title].filter(Boolean).join(" ") })),
  };
}

/** Which form is open: a new measure for an item, a change of a measure, or the question whether to delete one. */
type OpenForm =
  | { readonly kind: "new"; readonly itemNo: number }
  | { readonly kind: "edit"; readonly measure: MeasureView }
  | { readonly kind: "delete"; readonly measure: MeasureView };

const itemOf = (open: OpenForm) => (open.kind === "new" ? open.itemNo : open.measure.itemNo);

/**
 * Förbättringsagenda: the measures per item (what, who, by when, status, evidence), what has been
 * done per item since the last occasion, and the weakest items of the latest assessment marked
 * as the first candidates. `?punkt=3&bedomning=…` opens a new measure for item 3 (the link
 * "Skapa åtgärd" of an assessment).
 */
export function MeasuresPage() {
  const { t } = useTranslation();
  const formats = useScoreFormats();
  const dates = useFormats();
  const membership = useMembership();
  const orgId = membership.organisation.id;
  const [params, setParams] = useSearchParams();
  const chosen = params.get(PARAMS.checklist) ?? "";
  const startItem = Number(params.get(PARAMS.item) ?? "");
  const fromAssessment = params.get(PARAMS.assessment);
  const checklists = useResource("checklists", (signal) => listChecklists(signal));
  const agenda = useResource(`agenda ${orgId} ${chosen}`, (signal) => loadAgenda(orgId, chosen, signal));
  const assess = can(membership, "checklist.assess");
  const [open, setOpen] = useState<OpenForm | null>(
    assess && Number.isInteger(startItem) && startItem > 0 ? { kind: "new", itemNo: startItem } : null,
  );
  const [status, setStatus] = useState<string | null>(null);
  useDocumentTitle(t("checklistPages.measures.pageTitle"), membership.organisation.name);

  const data = agenda.resource.state === "ready" ? agenda.resource.data : null;
  const definition = data?.assessments.checklist.definition;
  const checklistId = data?.assessments.checklist.checklistId ?? chosen;
  const columns = data?.assessments.table.columns ?? [];
  const latest = columns[columns.length - 1];
  const weakest = latest ? weakestItems(latest.scores) : [];
  const own = checklists.resource.state === "ready" ? checklistsOf(orgId, checklists.resource.data) : [];
  const cases = data?.cases ?? [];
  const caseNames = new Map(cases.map((c) => [c.id, c.label]));
  const today = todayIso();

  // Opened from an item of an assessment: bring that item's form into view once, when the agenda is shown.
  const arrivedAt = useRef(open?.kind === "new" ? open.itemNo : null);
  const ready = agenda.resource.state === "ready";
  useEffect(() => {
    if (!ready || arrivedAt.current === null) return;
    document.getElementById(`agenda-item-${arrivedAt.current}`)?.scrollIntoView({ block: "start" });
    arrivedAt.current = null;
  }, [ready]);

  // Focus goes back to the button that opened a form once the form is gone.
  const setFocusId = useFocusLater();

  /** Reads the measures (and the progress) again, without "Loading", so that place and focus stay. */
  const refresh = async () => {
    try {
      const measures = await listMeasures(orgId, { checklistId });
      agenda.update((current) => ({ ...current, measures }));
    } catch {
      agenda.reload();
    }
  };

  const saved = (measure: MeasureView, created: boolean) => {
    setOpen(null);
    setStatus(
      t(created ? "checklistPages.measures.created" : "checklistPages.measures.saved", {
        title: measure.title,
        no: measure.itemNo,
      }),
    );
    if (params.has(PARAMS.item)) {
      setParams(chosen === "" ? {} : { [PARAMS.checklist]: chosen }, { replace: true });
    }
    void refresh();
    setFocusId(created ? `new-measure-${measure.itemNo}` : `edit-measure-${measure.id}`);
  };

  const cancel = () => {
    if (!open) return;
    setFocusId(
      open.kind === "new"
        ? `new-measure-${open.itemNo}`
        : `${open.kind === "edit" ? "edit" : "delete"}-measure-${open.measure.id}`,
    );
    setOpen(null);
  };

  const deleted = (measure: MeasureView) => {
    setOpen(null);
    setStatus(t("checklistPages.measures.deleted", { title: measure.title, no: measure.itemNo }));
    void refresh();
    setFocusId(`new-measure-${measure.itemNo}`);
  };

  return (
    <>
      <OverviewLink orgId={orgId} checklistId={chosen} />
      <PageHeading>{t("checklistPages.measures.pageTitle")}</PageHeading>
      <p>{t("checklistPages.measures.intro")}</p>
      <StatusMessage message={status} />
      {checklists.resource.state === "failed" && <ErrorAlert message={checklists.resource.error.message} />}
      <ChecklistPicker
        id="agenda-checklist"
        checklists={own}
        value={checklistId}
        onApply={(next) => setParams(next === "" ? {} : { [PARAMS.checklist]: next })}
      />
      {agenda.resource.state === "loading" && <Loading />}
      {agenda.resource.state === "failed" && <ErrorAlert message={agenda.resource.error.message} />}
      {data && definition && (
        <>
          <p>
            {data.measures.lastOccasion
              ? t("checklistPages.measures.lastOccasion", {
                  occasion: data.measures.lastOccasion.occasion,
                  date: dates.longDate(data.measures.lastOccasion.date),
                })
              : t("checklistPages.measures.noOccasion")}
          </p>
          {latest && weakest.length > 0 && (
            <section aria-labelledby="weakest-heading" className="weakest-summary">
              <h2 id="weakest-heading">{t("checklistPages.measures.weakestHeading")}</h2>
              <p>
                {t("checklistPages.measures.weakestIntro", {
                  occasion: latest.occasion,
                  date: dates.shortDate(latest.date),
                })}
              </p>
              <ul>
                {weakest.map((no) => {
                  const item = definition.items.find((i) => i.no === no);
                  return (
                    <li key={no}>
                      <a href={`#agenda-item-${no}`}>
                        {t("checklistPages.measures.weakestItem", {
                          no,
                          score: formats.score(latest.scores[no - 1] ?? 0),
                        })}
                      </a>{" "}
                      {item ? formats.text(item.text) : ""}
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
          <ol className="agenda-items">
            {definition.items.map((item, index) => (
              <li key={item.no}>
                <AgendaItem
                  item={item}
                  score={latest ? { occasion: latest.occasion, value: latest.scores[index] ?? null } : null}
                  weakest={weakest.includes(item.no)}
                  measures={data.measures.measures.filter((m) => m.itemNo === item.no)}
                  progress={data.measures.progress.find((p) => p.itemNo === item.no) ?? null}
                  cases={caseNames}
                  orgId={orgId}
                  today={today}
                  onNew={assess ? () => setOpen({ kind: "new", itemNo: item.no }) : undefined}
                  onEdit={assess ? (measure) => setOpen({ kind: "edit", measure }) : undefined}
                  onDelete={assess ? (measure) => setOpen({ kind: "delete", measure }) : undefined}
                  form={
                    open?.kind === "delete" && open.measure.itemNo === item.no ? (
                      <MeasureDeletion
                        key={`delete ${open.measure.id}`}
                        orgId={orgId}
                        measure={open.measure}
                        onDeleted={() => deleted(open.measure)}
                        onCancel={cancel}
                      />
                    ) : open && open.kind !== "delete" && itemOf(open) === item.no ? (
                      <MeasureForm
                        key={open.kind === "new" ? `new ${item.no}` : open.measure.id}
                        idPrefix={open.kind === "new" ? `measure-new-${item.no}` : `measure-${open.measure.id}`}
                        heading={
                          open.kind === "new"
                            ? t("checklistPages.measures.newHeading", { no: item.no })
                            : t("checklistPages.measures.editHeading", { title: open.measure.title })
                        }
                        orgId={orgId}
                        checklistId={checklistId}
                        itemNo={item.no}
                        assessmentId={
                          open.kind === "new" ? (fromAssessment ?? latest?.id ?? null) : open.measure.assessmentId
                        }
                        measure={open.kind === "edit" ? open.measure : null}
                        cases={cases}
                        onSaved={(measure) => saved(measure, open.kind === "new")}
                        onCancel={cancel}
                        onReload={() => {
                          setOpen(null);
                          agenda.reload();
                        }}
                      />
                    ) : null
                  }
                />
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}

interface AgendaItemProps {
  readonly orgId: string;
  readonly item: ChecklistItem;
  /** The item's score at the latest occasion, or null when there is none. */
  readonly score: { readonly occasion: string; readonly value: number | null } | null;
  readonly weakest: boolean;
  readonly measures: readonly MeasureView[];
  readonly progress: MeasuresAnswer["progress"][number] | null;
  readonly cases: ReadonlyMap<string, string>;
  readonly today: string;
  readonly onNew: (() => void) | undefined;
  readonly onEdit: ((measure: MeasureView) => void) | undefined;
  readonly onDelete: ((measure: MeasureView) => void) | undefined;
  readonly form: ReactNode;
}

function AgendaItem({
  orgId,
  item,
  score,
  weakest,
  measures,
  progress,
  cases,
  today,
  onNew,
  onEdit,
  onDelete,
  form,
}: AgendaItemProps) {
  const { t } = useTranslation();
  const formats = useScoreFormats();
  const headingId = `agenda-item-${item.no}-heading`;
  return (
    <section
      id={`agenda-item-${item.no}`}
      className={weakest ? "agenda-section agenda-weakest" : "agenda-section"}
      aria-labelledby={headingId}
    >
      <h2 id={headingId} className="item-heading">
        <span className="item-no">{item.no}.</span> {formats.text(item.text)}
        {weakest && <span className="tag tag-weakest">{t("checklistPages.measures.weakestTag")}</span>}
      </h2>
      <dl className="agenda-facts">
        <div>
          <dt>
            {score
              ? t("checklistPages.measures.latestScore", { occasion: score.occasion })
              : t("checklistPages.measures.latestScoreNone")}
          </dt>
          <dd>{score ? <ScoreValue score={score.value} /> : "–"}</dd>
        </div>
        <div>
          <dt>{t("checklistPages.measures.doneSince")}</dt>
          <dd>{progress?.doneSinceLastOccasion ?? 0}</dd>
        </div>
        <div>
          <dt>{t("checklistPages.measures.open")}</dt>
          <dd>{progress?.open ?? 0}</dd>
        </div>
        <div>
          <dt>{t("checklistPages.measures.overdueCount")}</dt>
          <dd className={progress && progress.overdue > 0 ? "state-overdue" : undefined}>{progress?.overdue ?? 0}</dd>
        </div>
      </dl>
      {measures.length === 0 ? (
        <p className="muted">{t("checklistPages.measures.none")}</p>
      ) : (
        <MeasuresTable
          orgId={orgId}
          caption={t("checklistPages.measures.caption", { no: item.no })}
          measures={measures}
          cases={cases}
          today={today}
          onEdit={onEdit}
          onDelete={onDelete}
        />
      )}
      {form}
      {onNew && !form && (
        <button type="button" id={`new-measure-${item.no}`} className="button-secondary" onClick={onNew}>
          {t("checklistPages.measures.new")}
          <span className="visually-hidden"> {t("checklistPages.item.forItem", { no: item.no })}</span>
        </button>
      )}
    </section>
  );
}
