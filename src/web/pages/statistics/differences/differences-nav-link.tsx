import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { organisationPath } from "../../../session/home-path.js";

/** The difference pages: the list, one difference, and the follow-up report. */
const DIFFERENCE_PAGES = /\/statistik\/(skillnader|uppfoljning)(\/|$)/;

/** The menu's "Skillnader": current on the list, on each difference and on the follow-up report. */
export function DifferencesNavLink({ orgId }: { readonly orgId: string }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const base = organisationPath(orgId);
  const current = pathname.startsWith(`${base}/`) && DIFFERENCE_PAGES.test(pathname.slice(base.length));
  return (
    <Link to={organisationPath(orgId, "statistik/skillnader")} aria-current={current ? "page" : undefined}>
      {t("differencePages.nav.differences")}
    </Link>
  );
}
