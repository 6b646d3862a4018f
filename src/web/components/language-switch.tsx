import { useTranslation } from "react-i18next";
import { isLocale } from "../../core/index.js";
import { changeLanguage } from "../i18n.js";

/** A button naming the other language in that language ("In English" / "På svenska"). */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const target = t("ui.language.switchToCode");
  if (!isLocale(target)) return null;
  return (
    <button type="button" className="button-link language-switch" lang={target} onClick={() => changeLanguage(target)}>
      {t("ui.language.switchTo")}
    </button>
  );
}
