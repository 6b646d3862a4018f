import { LEARNING_MEETING_THEMES, type Locale, usualTheme } from "../../../core/index.js";

/** The five usual themes of learning meetings, as the core lists them; a meeting stores the Swedish name. */
export { LEARNING_MEETING_THEMES };

/** The theme as the interface's language writes it: a usual theme translated, any other as written. */
export function themeLabel(theme: string, language: Locale): string {
  return usualTheme(theme)?.[language] ?? theme;
}

/** Whether the theme is one of the usual five (in either language). */
export function isUsualTheme(theme: string): boolean {
  return usualTheme(theme) !== undefined;
}
