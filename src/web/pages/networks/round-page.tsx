import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { getRound, listChecklists } from "../../api/network-api.js";
import type { ChecklistOption, Round } from "../../api/network-types.js";
import { ErrorAlert } from "../../components/form-alert.js";
import { Loading } from "../../components/loading.js";
import { PageHeading } from "../../components/page-heading.js";
import { StatusMessage } from "../../components/status-message.js";
import { useDocumentTitle } from "../../hooks/use-document-title.js";
import { useResource } from "../../hooks/use-resource.js";
import { currentLanguage } from "../../i18n.js";
import { organisationPath } from "../../session/home-path.js";
import { can, useMembership } from "../../session/organisation-context.js";
import { useFormats } from "../meetings/format.js";
import { ComparisonSection } from "./comparison-section.js";
import { textIn } from "./format.js";
import { GroupsSection, OwnGroupSection } from "./groups-section.js";
import { LearningMeetingsSection } from "./learning-meetings-section.js";
import { MembersSection } from "./members-section.js";
import { MentorsSection } from "./mentors-section.js";
import { MovementSection } from "./movement-section.js";
import type { RoundPageState } from "./new-round-form.js";
import { Period } from "./rounds-page.js";
import { SharingSection } from "./sharing-section.js";
import "../../styles/decisions.css";
import "../../styles/networks.css";

/** What every section of the round page works with. */
export interface RoundScope {
  /** The organisation the user works in (the coordinator's, a member's or a mentor's). */
  readonly orgId: string;
  readonly round: Round;
  /** Reads the round again without showing "Loading", so focus and place are kept. */
  readonly refresh: () => Promise<Round>;
  /** Says what an action did, in the page's polite live region; call it only when the action succeeded. */
  readonly announce: (message: string) => void;
  /** How many actions on the page have succeeded: a form's old problems go when it grows. */
  readonly successes: number;
}

/**
 * One network round. The coordinator invites organisations, groups them, holds learning
 * meetings, links mentors and follows the round's movement; a member sees its group, decides
 * what it shares, compares itself with its group and the network, and writes its lessons.
 */
export function RoundPage() {
  const { t } = useTranslation();
  const formats = useFormats();
  const membership = useMembership();
  const orgId = membership.organisation.id;
  const { roundId = "" } = useParams();
  const location = useLocation();
  const justCreated = (location.state as RoundPageState | null)?.created === true;
  const round = useResource(`network-round ${orgId} ${roundId}`, (signal) => getRound(orgId, roundId, signal));
  const checklists = useResource("checklists", (signal) => listChecklists(signal));
  const [status, setStatus] = useState<string | null>(null);
  const [successes, setSuccesses] = useState(0);
  const [announcedCreation, setAnnouncedCreation] = useState(false);
  const data = round.resource.state === "ready" ? round.resource.data : null;
  const title = data?.name ?? t("networkPages.round.loadingTitle");
  useDocumentTitle(title, membership.organisation.name);

  useEffect(() => {
    if (!justCreated || announcedCreation || !data) return;
    setAnnouncedCreation(true);
    setStatus(t("networkPages.round.created", { name: data.name }));
  }, [justCreated, announcedCreation, data, t]);

  const scope: RoundScope | null = data && {
    orgId,
    round: data,
    refresh: async () => {
      const fresh = await getRound(orgId, roundId);
      round.update(() => fresh);
      return fresh;
    },
    announce: (message) => {
      setStatus(message);
      setSuccesses((count) => count + 1);
    },
    successes,
  };
  const checklist =
    checklists.resource.state === "ready" && data
      ? checklists.resource.data.find((option) => option.id === data.checklist.id)
      : undefined;
  const coordinates = data?.relation === "coordinator" && can(membership, "network.manage");

  return (
    <>
      <p className="back-link">
        <Link to={organisationPath(orgId, "natverk")}>{t("networkPages.round.back")}</Link>
      </p>
      <PageHeading>{title}</PageHeading>
      <StatusMessage message={status} />
      {round.resource.state === "loading" && <Loading />}
      {round.resource.state === "failed" && <ErrorAlert message={round.resource.error.message} />}
      {scope && data && (
        <>
          <dl className="details round-details">
            <dt>{t("networkPages.round.period")}</dt>
            <dd>
              <Period startsOn={data.startsOn} endsOn={data.endsOn} format={formats.longDate} />
            </dd>
            <dt>{t("networkPages.round.checklist")}</dt>
            <dd>{textIn(data.checklist.name, currentLanguage())}</dd>
            <dt>{t("networkPages.round.coordinator")}</dt>
            <dd>{data.coordinator.name}</dd>
            <dt>{t("networkPages.round.relation")}</dt>
            <dd>{t(`networkPages.relations.${data.relation}`)}</dd>
          </dl>
          {coordinates ? (
            <CoordinatorSections scope={scope} />
          ) : data.relation === "member" ? (
            <MemberSections scope={scope} checklist={checklist} />
          ) : (
            <ReadingSections scope={scope} />
          )}
        </>
      )}
    </>
  );
}

interface Contents {
  readonly id: string;
  readonly label: string;
}

/** Links to the page's sections: the round page is long. */
function PageContents({ entries }: { readonly entries: readonly Contents[] }) {
  const { t } = useTranslation();
  return (
    <nav className="contents" aria-labelledby="round-contents-heading">
      <h2 id="round-contents-heading" className="contents-heading">
        {t("networkPages.round.contents")}
      </h2>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`}>{entry.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function CoordinatorSections({ scope }: { readonly scope: RoundScope }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t("networkPages.round.coordinatorIntro")}</p>
      <PageContents
        entries={[
          { id: "groups-heading", label: t("networkPages.groups.heading") },
          { id: "members-heading", label: t("networkPages.members.heading") },
          { id: "meetings-heading", label: t("networkPages.meetings.heading") },
          { id: "mentors-heading", label: t("networkPages.mentors.heading") },
          { id: "movement-heading", label: t("networkPages.movement.heading") },
        ]}
      />
      <GroupsSection scope={scope} />
      <MembersSection scope={scope} />
      <LearningMeetingsSection scope={scope} manage />
      <MentorsSection scope={scope} manage />
      <MovementSection scope={scope} />
    </>
  );
}

function MemberSections({
  scope,
  checklist,
}: {
  readonly scope: RoundScope;
  readonly checklist: ChecklistOption | undefined;
}) {
  const { t } = useTranslation();
  const membership = useMembership();
  const [comparisonVersion, setComparisonVersion] = useState(0);
  return (
    <>
      <p>{t("networkPages.round.memberIntro")}</p>
      <PageContents
        entries={[
          { id: "own-group-heading", label: t("networkPages.ownGroup.heading") },
          { id: "sharing-heading", label: t("networkPages.sharing.heading") },
          { id: "comparison-heading", label: t("networkPages.comparison.heading") },
          { id: "meetings-heading", label: t("networkPages.meetings.heading") },
          { id: "mentors-heading", label: t("networkPages.mentors.heading") },
        ]}
      />
      <OwnGroupSection scope={scope} />
      <SharingSection
        scope={scope}
        mayChange={can(membership, "checklist.share")}
        onChanged={() => setComparisonVersion((v) => v + 1)}
      />
      <ComparisonSection scope={scope} checklist={checklist} version={comparisonVersion} />
      <LearningMeetingsSection scope={scope} writeLessons={can(membership, "checklist.assess")} />
      <MentorsSection scope={scope} />
    </>
  );
}

/** A mentor, or someone of the coordinating organisation who does not manage networks: reads the round. */
function ReadingSections({ scope }: { readonly scope: RoundScope }) {
  const { t } = useTranslation();
  return (
    <>
      <p>
        {scope.round.relation === "mentor"
          ? t("networkPages.round.mentorIntro")
          : t("networkPages.round.readOnlyIntro")}
      </p>
      <MentorsSection scope={scope} />
      <GroupsSection scope={scope} readOnly />
      <LearningMeetingsSection scope={scope} />
    </>
  );
}
