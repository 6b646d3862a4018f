import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { listMeetings } from "../../api/decision-api.js";
import { listBodies } from "../../api/jamt-api.js";
import { ErrorAlert } from "../../components/form-alert.js";
import { Loading } from "../../components/loading.js";
import { PageHeading } from "../../components/page-heading.js";
import { SelectField } from "../../components/select-field.js";
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
        <BodyFilter
          value={bodyId}
          options={bodyList.map((body) => ({ value: body.id, label: body.name }))}
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

interface BodyFilterProps {
  readonly value: string;
  readonly options: readonly { value: string; label: string }[];
  readonly onApply: (bodyId: string) => void;
}

/** Chooses the body with a button, so that moving through the options never changes the page (WCAG 3.2.2). */
function BodyFilter({ value, options, onApply }: BodyFilterProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState(value);
  const [shownFor, setShownFor] = useState(value);
  if (shownFor !== value) {
    // The URL changed (back button, a link): show its choice. No remount, so focus stays on the button.
    setShownFor(value);
    setChosen(value);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(chosen);
  };
  return (
    <form className="form inline-filter" onSubmit={submit} aria-label={t("decisionPages.meetings.filterLabel")}>
      <SelectField
        id="meetings-body"
        label={t("decisionPages.meetings.body")}
        value={chosen}
        options={[{ value: "", label: t("decisionPages.meetings.allBodies") }, ...options]}
        onValueChange={setChosen}
      />
      <button type="submit" className="button-secondary">
        {t("decisionPages.meetings.filterApply")}
      </button>
    </form>
  );
}
