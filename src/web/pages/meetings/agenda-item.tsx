import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { AgendaItem, Decision, NewAssignment } from "../../api/decision-api.js";
import { organisationPath } from "../../session/home-path.js";
import { DecisionForm } from "./decision-form.js";
import { DecisionSummary } from "./decision-summary.js";
import { GenderSectionPreview } from "./gender-section-preview.js";

interface AgendaItemViewProps {
  readonly orgId: string;
  readonly meetingId: string;
  readonly item: AgendaItem;
  /** The item's number on the agenda, from 1. */
  readonly number: number;
  /** Whether the user records decisions and changes the agenda (cases.decide). */
  readonly decide: boolean;
  /** The assignments the item's decision gave, when it has one. */
  readonly assignments: readonly NewAssignment[];
  readonly onRecorded: (item: AgendaItem, decision: Decision, assignments: readonly NewAssignment[]) => void;
  readonly onRemove: (item: AgendaItem) => void;
}

/** The short name of a case in buttons and messages: its diarienummer, else its title. */
export function caseNameOf(item: { readonly diarienummer: string | null; readonly title: string }): string {
  return item.diarienummer ?? item.title;
}

/**
 * One point on the agenda: the case, its gender impact section, and either the decision
 * recorded at this meeting or, for the secretary, the form that records it.
 */
export function AgendaItemView({
  orgId,
  meetingId,
  item,
  number,
  decide,
  assignments,
  onRecorded,
  onRemove,
}: AgendaItemViewProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [focus, setFocus] = useState<"summary" | "record" | null>(null);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const recordButton = useRef<HTMLButtonElement>(null);
  const caseName = caseNameOf(item);
  const headingId = `agenda-item-${item.caseId}`;
  const undecided = item.decision === null && item.status === "scheduled";

  useEffect(() => {
    if (focus === "summary") summaryHeading.current?.focus();
    if (focus === "record") recordButton.current?.focus();
    if (focus !== null) setFocus(null);
  }, [focus]);

  return (
    <article className="agenda-item" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="agenda-number">{number}.</span> {item.title}
      </h3>
      <dl className="details">
        <dt>{t("decisionPages.meeting.diarienummer")}</dt>
        <dd>{item.diarienummer ?? t("decisionPages.common.noDiarienummer")}</dd>
        <dt>{t("decisionPages.meeting.status")}</dt>
        <dd>{t(`cases.statuses.${item.status}`)}</dd>
      </dl>
      <p>
        <Link to={organisationPath(orgId, `arenden/${encodeURIComponent(item.caseId)}`)}>
          {t("decisionPages.meeting.openCase")}
          <span className="visually-hidden"> {caseName}</span>
        </Link>
      </p>
      <GenderSectionPreview orgId={orgId} caseId={item.caseId} />
      {item.decision && (
        <DecisionSummary
          orgId={orgId}
          decision={item.decision}
          assignments={assignments}
          caseName={caseName}
          headingRef={summaryHeading}
        />
      )}
      {decide && undecided && open && (
        <DecisionForm
          orgId={orgId}
          meetingId={meetingId}
          item={item}
          caseName={caseName}
          onCancel={() => {
            setOpen(false);
            setFocus("record");
          }}
          onRecorded={(decision, sent) => {
            setOpen(false);
            setFocus("summary");
            onRecorded(item, decision, sent);
          }}
        />
      )}
      {decide && undecided && !open && (
        <div className="actions">
          <button type="button" ref={recordButton} onClick={() => setOpen(true)}>
            {t("decisionPages.meeting.record")}
            <span className="visually-hidden"> {caseName}</span>
          </button>
          <button type="button" className="button-secondary" onClick={() => onRemove(item)}>
            {t("decisionPages.meeting.remove")}
            <span className="visually-hidden"> {caseName}</span>
          </button>
        </div>
      )}
    </article>
  );
}
