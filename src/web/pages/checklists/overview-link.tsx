import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { checklistPath, PARAMS } from "./checklist-query.js";

/** The breadcrumb back to the checklist overview, keeping the checklist chosen ("" for none). */
export function OverviewLink({ orgId, checklistId }: { readonly orgId: string; readonly checklistId: string }) {
  const { t } = useTranslation();
  return (
    <p className="case-breadcrumb">
      <Link to={checklistPath(orgId, "", { [PARAMS.checklist]: checklistId })}>
        {t("checklistPages.common.backToOverview")}
      </Link>
    </p>
  );
}
