import { useTranslation } from "react-i18next";

/** A short "Loading …" line, announced politely. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t("ui.loading")}
    </p>
  );
}
