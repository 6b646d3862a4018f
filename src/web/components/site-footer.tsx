import { useTranslation } from "react-i18next";

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t("ui.footer.text")}</p>
        <p>{t("ui.footer.licence")}</p>
      </div>
    </footer>
  );
}
