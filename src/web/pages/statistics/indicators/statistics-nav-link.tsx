import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { statisticsPath } from "./statistics-paths.js";

/** Pages under statistik/ that have menu entries of their own (the follow-up of differences). */
const OWN_ENTRIES = /\/statistik\/(skillnader|uppfoljning)(\/|$)/;

/**
 * The menu's "Statistik": current on the indicator, import, dataset and settings pages, but
 * not on the pages of differences, which have their own entries.
 */
export function StatisticsNavLink({ orgId }: { readonly orgId: string }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const base = statisticsPath.list(orgId);
  const current = (pathname === base || pathname.startsWith(`${base}/`)) && !OWN_ENTRIES.test(pathname);
  return (
    <Link to={base} aria-current={current ? "page" : undefined}>
      {t("statisticsPages.list.title")}
    </Link>
  );
}
