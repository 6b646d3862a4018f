import { networks as en } from "../i18n/en/networks.js";
import { networks as sv } from "../i18n/sv/networks.js";
import type { LocalisedText } from "./checklist-definition.js";

/** The keys of the five usual themes of learning meetings, in the order the national programme takes them. */
export const LEARNING_THEME_KEYS = ["governance", "improvement", "analysis", "communication", "culture"] as const;
export type LearningThemeKey = (typeof LEARNING_THEME_KEYS)[number];

/**
 * The usual themes of learning meetings (lärandeträffar). A meeting's theme is free text;
 * these are offered first, and a meeting stores the Swedish name.
 */
export const LEARNING_MEETING_THEMES: readonly (LocalisedText & { readonly key: LearningThemeKey })[] =
  LEARNING_THEME_KEYS.map((key) => ({ key, sv: sv.themes[key], en: en.themes[key] }));

/** The usual theme a free-text theme names (in either language, ignoring case and spacing), if any. */
export function usualTheme(theme: string): (LocalisedText & { readonly key: LearningThemeKey }) | undefined {
  const fold = (text: string) => text.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("sv-SE");
  const wanted = fold(theme);
  return LEARNING_MEETING_THEMES.find((usual) => fold(usual.sv) === wanted || fold(usual.en) === wanted);
}

/** A theme as it is stored: a usual theme by its Swedish name, any other trimmed and with single spaces. */
export function canonicalTheme(theme: string): string {
  return usualTheme(theme)?.sv ?? theme.normalize("NFC").trim().replace(/\s+/g, " ");
}
