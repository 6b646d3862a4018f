import "../../styles/cases.css";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { isEditable, type ReviewOutcome } from "../../../core/index.js";
import { getCase, listAssignments, listDecisions, listReviews } from "../../api/case-api.js";
import type { Assignment, CaseView, DecisionView, ReviewView } from "../../api/case-types.js";
import { ErrorAlert } from "../../components/form-alert.js";
import { Loading } from "../../components/loading.js";
import { StatusMessage } from "../../components/status-message.js";
import { useDocumentTitle } from "../../hooks/use-document-title.js";
import { useResource } from "../../hooks/use-resource.js";
import { organisationPath } from "../../session/home-path.js";
import { can, useMembership } from "../../session/organisation-context.js";
import { CaseEditor } from "./case-editor.js";
import { CaseHeader } from "./case-header.js";
import { type CaseLookups, loadCaseLookups } from "./case-lookups.js";
import { CaseSectionsView } from "./case-sections-view.js";
import { DecisionsSection } from "./decisions-section.js";
import { ReviewForm } from "./review-form.js";
import { ReviewSummary } from "./review-summary.js";
import { VersionsSection } from "./versions-section.js";

/** What the new-case page hands over: the diarienummer just registered, to say so on arrival. */
export interface CasePageState {
  readonly registered?: string;
}

interface CasePageData {
  readonly view: CaseView;
  readonly lookups: CaseLookups;
  readonly reviews: readonly ReviewView[];
  readonly decisions: readonly DecisionView[];
  readonly assignment: Assignment | null;
}

async function loadCasePage(orgId: string, caseId: string, signal: AbortSignal): Promise<CasePageData> {
  const [view, lookups, reviews, decisions] = await Promise.all([
    getCase(orgId, caseId, signal),
    loadCaseLookups(orgId, signal),
    listReviews(orgId, caseId, signal),
    listDecisions(orgId, caseId, signal),
  ]);
  const assignment = view.reportsOnAssignmentId
    ? ((await listAssignments(orgId, signal)).find((a) => a.id === view.reportsOnAssignmentId) ?? null)
    : null;
  return { view, lookups, reviews, decisions, assignment };
}

/**
 * One case: the editor while the officer may change it (draft or returned), otherwise the case
 * read-only; the latest review with its comments at the sections; the review form for reviewers
 * while it waits for review; decisions, extracts and versions.
 */
export function CasePage() {
  const { t } = useTranslation();
  const { caseId = "" } = useParams();
  const membership = useMembership();
  const orgId = membership.organisation.id;
  const location = useLocation();
  const navigate = useNavigate();
  const { resource, update, reload } = useResource(`${orgId} ${caseId}`, (signal) =>
    loadCasePage(orgId, caseId, signal),
  );
  const [status, setStatus] = useState<string | null>(null);
  const focusHeading = useRef(false);
  const view = resource.state === "ready" ? resource.data.view : null;
  useDocumentTitle(
    view ? [view.diarienummer, view.title].filter(Boolean).join(" ") : t("casePages.case.title"),
    membership.organisation.name,
  );

  // Arriving from registration: say which diarienummer the case got, and start reading at the heading.
  const registered = (location.state as CasePageState | null)?.registered;
  useEffect(() => {
    if (!registered || resource.state !== "ready") return;
    setStatus(t("casePages.case.registered", { diarienummer: registered }));
    focusHeading.current = true;
    navigate(location.pathname, { replace: true, state: null });
  }, [registered, resource.state, t, navigate, location.pathname]);

  // Once loaded (RouteFocus found no heading while loading), and after an action that moved the case on
  // (the form the focus was in is gone), reading starts again at the heading.
  const caseStatus = view?.status;
  useEffect(() => {
    if (resource.state !== "ready" || caseStatus === undefined) return;
    if (focusHeading.current || document.activeElement === document.getElementById("main")) {
      document.getElementById("page-heading")?.focus();
    }
    focusHeading.current = false;
  }, [resource.state, caseStatus]);

  const replaceView = (next: CaseView) => update((data) => ({ ...data, view: next }));

  const afterStatusChange = (next: CaseView, message: string) => {
    focusHeading.current = true;
    replaceView(next);
    setStatus(message);
    listReviews(orgId, next.id).then(
      (reviews) => update((data) => ({ ...data, reviews })),
      () => undefined,
    );
  };

  return (
    <>
      <p className="case-breadcrumb">
        <Link to={organisationPath(orgId, "arenden")}>{t("casePages.case.backToList")}</Link>
      </p>
      <StatusMessage message={status} />
      {resource.state === "loading" && <Loading />}
      {resource.state === "failed" && (
        <>
          <h1 id="page-heading" tabIndex={-1}>
            {t("casePages.case.title")}
          </h1>
          <ErrorAlert message={resource.error.message} />
        </>
      )}
      {resource.state === "ready" && (
        <CaseContent
          orgId={orgId}
          data={resource.data}
          canWrite={can(membership, "cases.write")}
          canReview={can(membership, "cases.review")}
          onSaved={replaceView}
          onReload={reload}
          onStatus={setStatus}
          onSubmitted={(next) => afterStatusChange(next, t("casePages.case.submitted"))}
          onReviewed={(next, outcome: ReviewOutcome) =>
            afterStatusChange(next, t(outcome === "approved" ? "casePages.case.approved" : "casePages.case.returned"))
          }
        />
      )}
    </>
  );
}

interface CaseContentProps {
  readonly orgId: string;
  readonly data: CasePageData;
  readonly canWrite: boolean;
  readonly canReview: boolean;
  readonly onSaved: (view: CaseView) => void;
  readonly onReload: () => void;
  readonly onStatus: (message: string) => void;
  readonly onSubmitted: (view: CaseView) => void;
  readonly onReviewed: (view: CaseView, outcome: ReviewOutcome) => void;
}

function CaseContent({
  orgId,
  data,
  canWrite,
  canReview,
  onSaved,
  onReload,
  onStatus,
  onSubmitted,
  onReviewed,
}: CaseContentProps) {
  const { view, lookups, reviews, decisions, assignment } = data;
  const latestReview = reviews[0] ?? null;
  const comments = latestReview?.sectionComments ?? {};
  const editing = canWrite && isEditable(view.status);
  return (
    <>
      <CaseHeader orgId={orgId} view={view} lookups={lookups} assignment={assignment} />
      {latestReview && <ReviewSummary review={latestReview} />}
      {editing ? (
        <CaseEditor
          key={view.id}
          orgId={orgId}
          initial={view}
          lookups={lookups}
          comments={comments}
          onSaved={onSaved}
          onSubmitted={onSubmitted}
          onReload={onReload}
          onStatus={onStatus}
        />
      ) : (
        <CaseSectionsView sections={view.sections} comments={comments} />
      )}
      {canReview && view.status === "submitted" && (
        <ReviewForm orgId={orgId} caseId={view.id} onReviewed={onReviewed} />
      )}
      <DecisionsSection orgId={orgId} caseId={view.id} decisions={decisions} lookups={lookups} />
      <VersionsSection orgId={orgId} caseId={view.id} currentVersion={view.version} />
    </>
  );
}
