import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** Sets the page's <title>: the given parts, most specific first, then the app name ("Nämnder – Region X – Jämt"). */
export function useDocumentTitle(...parts: readonly (string | undefined)[]): void {
  const { t } = useTranslation();
  const title = [...parts.filter((part): part is string => !!part), t("appName")].join(" – ");
  useEffect(() => {
    document.title = title;
  }, [title]);
}
