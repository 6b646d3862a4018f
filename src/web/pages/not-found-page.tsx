import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageHeading } from "../components/page-heading.js";
import { useDocumentTitle } from "../hooks/use-document-title.js";

/** Any path the front end does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("ui.notFound.title"));
  return (
    <>
      <PageHeading>{t("ui.notFound.title")}</PageHeading>
      <p>{t("ui.notFound.text")}</p>
      <p>
        <Link to="/">{t("ui.notFound.home")}</Link>
      </p>
    </>
  );
}
