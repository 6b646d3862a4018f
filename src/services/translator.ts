import i18next, { type TFunction } from "i18next";
import { catalogues, DEFAULT_LOCALE, type Locale, type MessageKey } from "../core/index.js";

const instance = i18next.createInstance();
await instance.init({
  resources: { sv: { translation: catalogues.sv }, en: { translation: catalogues.en } },
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

const translators: Record<Locale, TFunction> = { sv: instance.getFixedT("sv"), en: instance.getFixedT("en") };

/**
 * Says a catalogue text in the given language, with {{placeholders}} filled in. The
 * server and the CLI use this; the web front end runs i18next on the same catalogues.
 */
export function translate(locale: Locale, key: MessageKey, params: Readonly<Record<string, unknown>> = {}): string {
  return translators[locale](key, params);
}
