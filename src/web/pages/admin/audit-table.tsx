import { useTranslation } from "react-i18next";
import type { AuditEntry } from "../../api/types.js";
import { auditActionLabel, auditEntityTypeLabel } from "./audit-labels.js";

/** Audit entries, newest first, with their summaries as name–value lists. */
export function AuditTable({ entries }: { readonly entries: readonly AuditEntry[] }) {
  const { t, i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language === "en" ? "en-GB" : "sv-SE", {
    dateStyle: "short",
    timeStyle: "medium",
  });
  return (
    <div className="table-wrapper">
      <table className="audit-table">
        <caption>{t("ui.audit.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("ui.audit.time")}</th>
            <th scope="col">{t("ui.audit.actor")}</th>
            <th scope="col">{t("ui.audit.entity")}</th>
            <th scope="col">{t("ui.audit.action")}</th>
            <th scope="col">{t("ui.audit.details")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>
                <time dateTime={entry.occurredAt}>{formatTime(format, entry.occurredAt)}</time>
              </td>
              <td>{entry.actor?.displayName ?? t("ui.audit.system")}</td>
              <td>{auditEntityTypeLabel(t, entry.entityType)}</td>
              <td>{auditActionLabel(t, entry.action)}</td>
              <td>
                <Summary summary={entry.summary} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function formatTime(format: Intl.DateTimeFormat, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

function Summary({ summary }: { readonly summary: AuditEntry["summary"] }) {
  const entries = Object.entries(summary ?? {});
  if (entries.length === 0) return null;
  return (
    <dl className="summary">
      {entries.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{typeof value === "string" ? value : JSON.stringify(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
