import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { statusAfterDecision } from "../../../core/index.js";
import {
  type AgendaItem,
  type Assignment,
  addToAgenda,
  type CaseBrief,
  type Decision,
  getMeeting,
  listAssignments,
  listCases,
  type NewAssignment,
  removeFromAgenda,
} from "../../api/decision-api.js";
import { listBodies } from "../../api/jamt-api.js";
import { ErrorAlert } from "../../components/form-alert.js";
import { Loading } from "../../components/loading.js";
import { PageHeading } from "../../components/page-heading.js";
import { StatusMessage } from "../../components/status-message.js";
import { problemsFromError } from "../../hooks/form-problems.js";
import { useDocumentTitle } from "../../hooks/use-document-title.js";
import { useResource } from "../../hooks/use-resource.js";
import { organisationPath } from "../../session/home-path.js";
import { can, useMembership } from "../../session/organisation-context.js";
import { AddToAgendaForm } from "./add-to-agenda-form.js";
import { AgendaItemView, caseNameOf } from "./agenda-item.js";
import { useFormats } from "./format.js";
import type { MeetingPageState } from "./new-meeting-form.js";
import "../../styles/decisions.css";

const NO_CANDIDATES: readonly CaseBrief[] = [];

/**
 * One meeting: its agenda (föredragningslista) in order, each item with its decision. The
 * secretary adds approved cases of the body, removes undecided ones and records decisions;
 * everyone else reads.
 */
export function MeetingPage() {
  const { t } = useTranslation();
  const formats = useFormats();
  const membership = useMembership();
  const orgId = membership.organisation.id;
  const { meetingId = "" } = useParams();
  const location = useLocation();
  const justCreated = (location.state as MeetingPageState | null)?.created === true;
  const decide = can(membership, "cases.decide");

  const meeting = useResource(`meeting ${orgId} ${meetingId}`, (signal) => getMeeting(orgId, meetingId, signal));
  const bodies = useResource(`bodies ${orgId}`, (signal) => listBodies(orgId, signal));
  const bodyId = meeting.resource.state === "ready" ? meeting.resource.data.bodyId : "";
  const candidates = useResource(`candidates ${orgId} ${bodyId} ${decide}`, (signal) =>
    decide && bodyId !== "" ? listCases(orgId, { status: "approved", bodyId }, signal) : Promise.resolve(NO_CANDIDATES),
  );
  const assignments = useResource(`assignments ${orgId}`, (signal) => listAssignments(orgId, signal));
  const [recent, setRecent] = useState<ReadonlyMap<string, readonly NewAssignment[]>>(new Map());
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [announcedCreation, setAnnouncedCreation] = useState(false);
  const agendaHeading = useRef<HTMLHeadingElement>(null);
  const addHeading = useRef<HTMLHeadingElement>(null);

  const data = meeting.resource.state === "ready" ? meeting.resource.data : null;
  const body = bodies.resource.state === "ready" ? bodies.resource.data.find((b) => b.id === bodyId) : undefined;
  const bodyName = body?.name ?? t("decisionPages.common.unknownBody");
  const title = data
    ? t("decisionPages.meeting.title", { body: bodyName, date: formats.longDate(data.date) })
    : t("decisionPages.meeting.loadingTitle");
  useDocumentTitle(title, membership.organisation.name);

  useEffect(() => {
    if (!justCreated || announcedCreation || !data || bodies.resource.state !== "ready") return;
    setAnnouncedCreation(true);
    setStatus(t("decisionPages.meeting.created", { body: bodyName, date: formats.longDate(data.date) }));
  }, [justCreated, announcedCreation, data, bodies.resource.state, bodyName, formats, t]);

  /** Reads the agenda and the candidates again without showing "Loading", so focus and place are kept. */
  const refresh = async () => {
    const [fresh, approved] = await Promise.all([
      getMeeting(orgId, meetingId),
      decide && bodyId !== "" ? listCases(orgId, { status: "approved", bodyId }) : Promise.resolve(NO_CANDIDATES),
    ]);
    meeting.update(() => fresh);
    candidates.update(() => approved);
    return fresh;
  };

  const add = async (candidate: CaseBrief) => {
    setStatus(null);
    setFailure(null);
    await addToAgenda(orgId, meetingId, candidate.id);
    const fresh = await refresh();
    const number = fresh.agenda.findIndex((item) => item.caseId === candidate.id) + 1;
    setStatus(t("decisionPages.meeting.added", { case: caseNameOf(candidate), number }));
    if (candidates.resource.state === "ready" && candidates.resource.data.length <= 1) addHeading.current?.focus();
  };

  const remove = async (item: AgendaItem) => {
    setStatus(null);
    setFailure(null);
    try {
      await removeFromAgenda(orgId, meetingId, item.caseId);
      await refresh();
      setStatus(t("decisionPages.meeting.removed", { case: caseNameOf(item) }));
    } catch (error) {
      setFailure(problemsFromError(error).message);
    }
    agendaHeading.current?.focus();
  };

  const recorded = (item: AgendaItem, decision: Decision, sent: readonly NewAssignment[]) => {
    setFailure(null);
    setRecent((earlier) => new Map(earlier).set(decision.id, sent));
    meeting.update((current) => ({
      ...current,
      agenda: current.agenda.map((entry) =>
        entry.caseId === item.caseId ? { ...entry, decision, status: statusAfterDecision(decision.outcome) } : entry,
      ),
    }));
    setStatus(
      t("decisionPages.meeting.recorded", {
        case: caseNameOf(item),
        paragraph: decision.paragraph,
        outcome: t(`cases.outcomes.${decision.outcome}`),
      }),
    );
  };

  const loaded = assignments.resource.state === "ready" ? assignments.resource.data : [];
  const assignmentsOf = (decision: Decision | null): readonly NewAssignment[] =>
    decision === null ? [] : (recent.get(decision.id) ?? loaded.filter((a) => givenBy(a, decision)));

  return (
    <>
      <p className="back-link">
        <Link to={organisationPath(orgId, "sammantraden")}>{t("decisionPages.meeting.back")}</Link>
      </p>
      <PageHeading>{title}</PageHeading>
      <StatusMessage message={status} />
      {failure && <ErrorAlert message={failure} />}
      {meeting.resource.state === "loading" && <Loading />}
      {meeting.resource.state === "failed" && <ErrorAlert message={meeting.resource.error.message} />}
      {data && (
        <>
          {!decide && <p>{t("decisionPages.meeting.readOnly")}</p>}
          <section aria-labelledby="agenda-heading">
            <h2 id="agenda-heading" ref={agendaHeading} tabIndex={-1}>
              {t("decisionPages.meeting.agendaHeading")}
            </h2>
            {data.agenda.length === 0 ? (
              <p>
                {t("decisionPages.meeting.agendaEmpty")}
                {decide && ` ${t("decisionPages.meeting.agendaEmptySecretary")}`}
              </p>
            ) : (
              <ol className="agenda">
                {data.agenda.map((item, index) => (
                  <li key={item.caseId}>
                    <AgendaItemView
                      orgId={orgId}
                      meetingId={meetingId}
                      item={item}
                      number={index + 1}
                      decide={decide}
                      assignments={assignmentsOf(item.decision)}
                      onRecorded={recorded}
                      onRemove={(entry) => void remove(entry)}
                    />
                  </li>
                ))}
              </ol>
            )}
          </section>
          {decide && (
            <section aria-labelledby="add-heading">
              <h2 id="add-heading" ref={addHeading} tabIndex={-1}>
                {t("decisionPages.meeting.addHeading")}
              </h2>
              {candidates.resource.state === "loading" && <Loading />}
              {candidates.resource.state === "failed" && <ErrorAlert message={candidates.resource.error.message} />}
              {candidates.resource.state === "ready" && (
                <AddToAgendaForm
                  candidates={candidates.resource.data}
                  bodyName={bodyName}
                  labelledBy="add-heading"
                  onAdd={add}
                />
              )}
            </section>
          )}
        </>
      )}
    </>
  );
}

/** Whether the assignment was given by this decision (a case can be decided more than once, e.g. after bordläggning). */
function givenBy(assignment: Assignment, decision: Decision): boolean {
  return (
    assignment.decision.caseId === decision.caseId &&
    assignment.decision.paragraph === decision.paragraph &&
    assignment.decision.paragraphYear === decision.paragraphYear
  );
}
