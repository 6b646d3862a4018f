import { useTranslation } from "react-i18next";
import { PageHeading } from "../components/page-heading.js";
import { useDocumentTitle } from "../hooks/use-document-title.js";
import { useMe } from "../session/session.js";
import { ChangePasswordForm } from "./change-password-form.js";

/** Mitt konto: who you are, and changing your password. */
export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t("ui.account.title"));
  return (
    <>
      <PageHeading>{t("ui.account.title")}</PageHeading>
      <h2>{t("ui.account.details")}</h2>
      <dl className="details">
        <dt>{t("ui.account.name")}</dt>
        <dd>{me.displayName}</dd>
        <dt>{t("ui.account.email")}</dt>
        <dd>{me.email}</dd>
      </dl>
      <ChangePasswordForm />
    </>
  );
}
