import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Meeting } from "../../api/decision-api.js";
import { organisationPath } from "../../session/home-path.js";
import { useFormats } from "./format.js";

interface MeetingTableProps {
  readonly orgId: string;
  readonly meetings: readonly Meeting[];
  readonly bodyNames: ReadonlyMap<string, string>;
  /** The id of the heading that names the table. */
  readonly labelledBy: string;
  /** Said instead of the table when there are no meetings. */
  readonly empty: string;
}

/** Meetings in the order given, each date a link to the meeting's agenda. */
export function MeetingTable({ orgId, meetings, bodyNames, labelledBy, empty }: MeetingTableProps) {
  const { t } = useTranslation();
  const formats = useFormats();
  if (meetings.length === 0) return <p>{empty}</p>;
  return (
    <div className="table-wrapper scroll-contained">
      <table className="meeting-table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">{t("decisionPages.meetings.date")}</th>
            <th scope="col">{t("decisionPages.meetings.body")}</th>
          </tr>
        </thead>
        <tbody>
          {meetings.map((meeting) => {
            const body = bodyNames.get(meeting.bodyId) ?? t("decisionPages.common.unknownBody");
            return (
              <tr key={meeting.id}>
                <th scope="row">
                  <Link to={organisationPath(orgId, `sammantraden/${encodeURIComponent(meeting.id)}`)}>
                    <time dateTime={meeting.date}>{formats.longDate(meeting.date)}</time>
                    <span className="visually-hidden">, {body}</span>
                  </Link>
                </th>
                <td>{body}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
