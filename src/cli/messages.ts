import type { Locale, MessageKey } from "../core/index.js";
import { translate } from "../services/translator.js";

/** The CLI speaks Swedish unless the environment asks for English (JAMT_LANG=en, or LANG=en_…). */
export function cliLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  const wanted = env.JAMT_LANG ?? env.LC_ALL ?? env.LANG ?? "";
  return wanted.toLowerCase().startsWith("en") ? "en" : "sv";
}

export function say(key: MessageKey, params: Record<string, unknown> = {}): string {
  return translate(cliLocale(), key, params);
}
