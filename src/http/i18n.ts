import { type Locale, negotiateLocale } from "../core/index.js";

export { translate } from "../services/translator.js";

/** The language of a request: `?lang=sv|en` when given, else the Accept-Language header. */
export function localeOfRequest(query: unknown, acceptLanguage: string | undefined): Locale {
  const lang = (query as { lang?: unknown } | undefined)?.lang;
  return lang === "sv" || lang === "en" ? lang : negotiateLocale(acceptLanguage);
}
