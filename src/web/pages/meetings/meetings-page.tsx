import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { listMeetings } from "../../api/decision-api.js";
import { listBodies } from "../../api/jamt-api.js";
import { ErrorAlert } from "../../components/form-alert.js";
import { Loading } from "../../components/loading.js";
import { PageHeading } from "../../components/page-heading.js";
import { SelectApplyForm } from "../../components/select-apply-form.js";
import { useDocumentTitle } from "../../hooks/use-document-title.js";
import { useResource } from "../../hooks/use-resource.js";
import { can, useMembership } from "../../session/organisation-context.js";
import { todayIso } from "./format.js";
import { MeetingTable } from "./meeting-table.js";
import { NewMeetingForm } from "./new-meeting-form.js";
import "../../styles/decisions.css";

/** The URL's query parameter holding the chosen body (nämnd). */
export const BODY_PARAM = "namnd";

/** Sammanträden: the meetings of every body or of one, upcoming first; secretaries create new ones. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const membership = useMembership();
  const orgId = membership.organisation.id;
  const [searchParams, setSearchParams] = useSearchParams();
  const bodyId = searchParams.get(BODY_PARAM) ?? "";
  const bodies = useResource(`bodies ${orgId}`, (signal) => listBodies(orgId, signal));
  const meetings = useResource(`meetings ${orgId} ${bodyId}`, (signal) => listMeetings(orgId, bodyId, signal));
  const decide = can(membership, "cases.decide");
  useDocumentTitle(t("decisionPages.meetings.title"), membership.organisation.name);

  const bodyList = bodies.resource.state === "ready" ? bodies.resource.data : [];
  const names = new Map(bodyList.map((body) => [body.id, body.name]));
  const today = todayIso();

  return (
    <>
      <PageHeading>{t("decisionPages.meetings.title")}</PageHeading>
      <p>{t("decisionPages.meetings.intro")}</p>
      {bodies.resource.state === "failed" && <ErrorAlert message={bodies.resource.error.message} />}
      {bodies.resource.state === "ready" && (
        <SelectApplyForm
          id="meetings-body"
          formLabel={t("decisionPages.meetings.filterLabel")}
          label={t("decisionPages.meetings.body")}
          value={bodyId}
          options={[
            { value: "", label: t("decisionPages.meetings.allBodies") },
            ...bodyList.map((body) => ({ value: body.id, label: body.name })),
          ]}
          buttonLabel={t("decisionPages.meetings.filterApply")}
          onApply={(next) => setSearchParams(next === "" ? {} : { [BODY_PARAM]: next })}
        />
      )}
      {meetings.resource.state === "loading" && <Loading />}
      {meetings.resource.state === "failed" && <ErrorAlert message={meetings.resource.error.message} />}
      {meetings.resource.state === "ready" && (
        <>
          <section aria-labelledby="upcoming-heading">
            <h2 id="upcoming-heading">{t("decisionPages.meetings.upcoming")}</h2>
            <MeetingTable
              labelledBy="upcoming-heading"
              orgId={orgId}
              meetings={meetings.resource.data
                .filter((meeting) => meeting.date >= today)
                .sort((a, b) => a.date.localeCompare(b.date))}
              bodyNames={names}
              empty={t("decisionPages.meetings.noneUpcoming")}
            />
          </section>
          <section aria-labelledby="earlier-heading">
            <h2 id="earlier-heading">{t("decisionPages.meetings.earlier")}</h2>
            <MeetingTable
              labelledBy="earlier-heading"
              orgId={orgId}
              meetings={meetings.resource.data
                .filter((meeting) => meeting.date < today)
                .sort((a, b) => b.date.localeCompare(a.date))}
              bodyNames={names}
              empty={t("decisionPages.meetings.noneEarlier")}
            />
          </section>
        </>
      )}
      {decide && bodies.resource.state === "ready" && (
        <section aria-labelledby="create-meeting-heading">
          <h2 id="create-meeting-heading">{t("decisionPages.meetings.createHeading")}</h2>
          <NewMeetingForm
            orgId={orgId}
            bodies={bodyList.filter((body) => !body.archived)}
            initialBodyId={bodyId}
            labelledBy="create-meeting-heading"
          />
        </section>
      )}
    </>
  );
}
