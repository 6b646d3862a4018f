import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { catalogues, DEFAULT_LOCALE, isLocale, type Locale } from "../core/index.js";

const STORAGE_KEY = "jamt.language";

/** The language chosen earlier in this browser, or Swedish. */
function storedLanguage(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** Starts i18next with the shared catalogues; synchronous, so the first render is already translated. */
export function initI18n(): void {
  i18next.on("languageChanged", (language) => {
    document.documentElement.lang = language;
  });
  void i18next.use(initReactI18next).init({
    resources: { sv: { translation: catalogues.sv }, en: { translation: catalogues.en } },
    lng: storedLanguage(),
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: ["sv", "en"],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = currentLanguage();
}

/** The language the interface speaks now; also sent to the API as Accept-Language. */
export function currentLanguage(): Locale {
  const language = i18next.resolvedLanguage ?? i18next.language;
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

/** Switches the interface language and remembers the choice in this browser. */
export function changeLanguage(language: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage; the switch still works for this visit.
  }
  void i18next.changeLanguage(language);
}

/** Translates outside React (the API client's own messages). */
export const translate = i18next.t.bind(i18next);
