import { useTranslation } from "react-i18next";

/** The first focusable element: jumps past the header to the main content (main has tabindex -1, so it takes focus). */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href="#main">
      {t("ui.skipLink")}
    </a>
  );
}
