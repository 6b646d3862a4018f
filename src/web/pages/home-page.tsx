import { useTranslation } from "react-i18next";
import { Navigate } from "react-router";
import { PageHeading } from "../components/page-heading.js";
import { useDocumentTitle } from "../hooks/use-document-title.js";
import { homePath } from "../session/home-path.js";
import { useMe } from "../session/session.js";

/** "/": sends the user on to their organisation, or says that they belong to none. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t("ui.home.noOrganisationTitle"));
  if (me.memberships.length > 0) return <Navigate to={homePath(me)} replace />;
  return (
    <>
      <PageHeading>{t("ui.home.noOrganisationTitle")}</PageHeading>
      <p>{t("ui.home.noOrganisation")}</p>
    </>
  );
}
