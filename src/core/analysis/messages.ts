import { catalogues, type Locale, type MessageKey } from "../i18n/index.js";

/**
 * The text at `key` in the locale's catalogue, without i18next (the core stays pure).
 * Returns the key itself if the catalogue has no text there, which the catalogue tests prevent.
 */
export function messageAt(locale: Locale, key: MessageKey): string {
  const memo = MEMO[locale];
  const known = memo.get(key);
  if (known !== undefined) return known;
  const text = lookUp(locale, key);
  memo.set(key, text);
  return text;
}

/** Texts already looked up, per locale: the catalogues are constant. */
const MEMO: Readonly<Record<Locale, Map<string, string>>> = { sv: new Map(), en: new Map() };

function lookUp(locale: Locale, key: MessageKey): string {
  let node: unknown = catalogues[locale];
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return key;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : key;
}
