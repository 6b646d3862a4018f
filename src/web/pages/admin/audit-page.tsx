import { useState } from "react";
import { useTranslation } from "react-i18next";
import { listAudit } from "../../api/jamt-api.js";
import type { AuditEntry, AuditFilter } from "../../api/types.js";
import { ErrorAlert } from "../../components/form-alert.js";
import { Loading } from "../../components/loading.js";
import { PageHeading } from "../../components/page-heading.js";
import { problemsFromError } from "../../hooks/form-problems.js";
import { useDocumentTitle } from "../../hooks/use-document-title.js";
import { useResource } from "../../hooks/use-resource.js";
import { useMembership } from "../../session/organisation-context.js";
import { AuditFilters, NO_FILTER } from "./audit-filters.js";
import { AuditTable } from "./audit-table.js";

const PAGE_SIZE = 50;

/** The audit log: filter by kind of object, event and dates; newest first, 50 at a time. */
export function AuditPage() {
  const { t } = useTranslation();
  const membership = useMembership();
  const orgId = membership.organisation.id;
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  const [more, setMore] = useState<readonly AuditEntry[]>([]);
  const [loadingMore, setLoadingMore] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const key = `${orgId} ${JSON.stringify(filter)}`;
  const { resource } = useResource(key, (signal) => listAudit(orgId, filter, { limit: PAGE_SIZE, offset: 0 }, signal));
  useDocumentTitle(t("ui.audit.title"), membership.organisation.name);

  const applyFilter = (next: AuditFilter) => {
    setMore([]);
    setFailure(null);
    setFilter(next);
  };

  const first = resource.state === "ready" ? resource.data.entries : [];
  const entries = [...first, ...more];
  const total = resource.state === "ready" ? resource.data.total : 0;

  const showMore = async () => {
    setLoadingMore(true);
    setFailure(null);
    try {
      const page = await listAudit(orgId, filter, { limit: PAGE_SIZE, offset: entries.length });
      setMore((earlier) => [...earlier, ...page.entries]);
    } catch (error) {
      setFailure(problemsFromError(error).message);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <PageHeading>{t("ui.audit.title")}</PageHeading>
      <p>{t("ui.audit.intro")}</p>
      <AuditFilters value={filter} onApply={applyFilter} />
      {resource.state === "loading" && <Loading />}
      {resource.state === "failed" && <ErrorAlert message={resource.error.message} />}
      {resource.state === "ready" && (
        <>
          <p role="status">
            {entries.length === 0 ? t("ui.audit.empty") : t("ui.audit.shown", { shown: entries.length, total })}
          </p>
          {entries.length > 0 && <AuditTable entries={entries} />}
          {failure && <ErrorAlert message={failure} />}
          {entries.length < total && (
            <button type="button" className="button-secondary" disabled={loadingMore} onClick={() => void showMore()}>
              {loadingMore ? t("ui.loading") : t("ui.audit.showMore")}
            </button>
          )}
        </>
      )}
    </>
  );
}
