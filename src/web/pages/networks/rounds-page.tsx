import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { listRounds } from "../../api/network-api.js";
import type { RoundSummary } from "../../api/network-types.js";
import { ErrorAlert } from "../../components/form-alert.js";
import { Loading } from "../../components/loading.js";
import { PageHeading } from "../../components/page-heading.js";
import { useDocumentTitle } from "../../hooks/use-document-title.js";
import { useResource } from "../../hooks/use-resource.js";
import { organisationPath } from "../../session/home-path.js";
import { can, useMembership } from "../../session/organisation-context.js";
import { useFormats } from "../meetings/format.js";
import { NewRoundForm } from "./new-round-form.js";
import "../../styles/decisions.css";
import "../../styles/networks.css";

/**
 * Nätverk: the benchmarking rounds the organisation coordinates or takes part in, as a
 * member or a mentor. A network coordinator also starts new rounds here.
 */
export function RoundsPage() {
  const { t } = useTranslation();
  const membership = useMembership();
  const orgId = membership.organisation.id;
  const rounds = useResource(`network-rounds ${orgId}`, (signal) => listRounds(orgId, signal));
  const manage = can(membership, "network.manage");
  useDocumentTitle(t("networkPages.rounds.title"), membership.organisation.name);

  return (
    <>
      <PageHeading>{t("networkPages.rounds.title")}</PageHeading>
      <p>{t("networkPages.rounds.intro")}</p>
      <section aria-labelledby="rounds-heading">
        <h2 id="rounds-heading">{t("networkPages.rounds.listHeading")}</h2>
        {rounds.resource.state === "loading" && <Loading />}
        {rounds.resource.state === "failed" && <ErrorAlert message={rounds.resource.error.message} />}
        {rounds.resource.state === "ready" && (
          <RoundsTable orgId={orgId} rounds={rounds.resource.data} labelledBy="rounds-heading" />
        )}
      </section>
      {manage && (
        <section aria-labelledby="new-round-heading">
          <h2 id="new-round-heading">{t("networkPages.newRound.heading")}</h2>
          <NewRoundForm orgId={orgId} labelledBy="new-round-heading" />
        </section>
      )}
    </>
  );
}

interface RoundsTableProps {
  readonly orgId: string;
  readonly rounds: readonly RoundSummary[];
  readonly labelledBy: string;
}

/** The rounds, latest start first, each name a link to the round. */
function RoundsTable({ orgId, rounds, labelledBy }: RoundsTableProps) {
  const { t } = useTranslation();
  const formats = useFormats();
  if (rounds.length === 0) return <p>{t("networkPages.rounds.none")}</p>;
  const sorted = [...rounds].sort((a, b) => b.startsOn.localeCompare(a.startsOn) || a.name.localeCompare(b.name));
  return (
    <div className="table-wrapper scroll-contained">
      <table className="rounds-table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">{t("networkPages.rounds.name")}</th>
            <th scope="col">{t("networkPages.rounds.period")}</th>
            <th scope="col">{t("networkPages.rounds.coordinator")}</th>
            <th scope="col">{t("networkPages.rounds.relation")}</th>
            <th scope="col">{t("networkPages.rounds.group")}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((round) => (
            <tr key={round.id}>
              <th scope="row">
                <Link to={organisationPath(orgId, `natverk/${encodeURIComponent(round.id)}`)}>{round.name}</Link>
              </th>
              <td>
                <Period startsOn={round.startsOn} endsOn={round.endsOn} format={formats.longDate} />
              </td>
              <td>{round.coordinator.name}</td>
              <td>{t(`networkPages.relations.${round.relation}`)}</td>
              <td>
                {round.groupName ??
                  (round.relation === "member"
                    ? t("networkPages.rounds.noGroup")
                    : t("networkPages.common.notApplicable"))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "1 september 2018 – 29 februari 2020", with machine-readable dates. */
export function Period({
  startsOn,
  endsOn,
  format,
}: {
  readonly startsOn: string;
  readonly endsOn: string;
  readonly format: (isoDate: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <span className="period">
      <time dateTime={startsOn}>{format(startsOn)}</time>
      <span aria-hidden="true"> – </span>
      <span className="visually-hidden"> {t("networkPages.common.until")} </span>
      <time dateTime={endsOn}>{format(endsOn)}</time>
    </span>
  );
}
