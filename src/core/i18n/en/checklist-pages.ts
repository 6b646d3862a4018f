import type { checklistPages as sv } from "../sv/checklist-pages.js";
import type { Translation } from "../translation.js";

/** Web pages of the checklist. */
export const checklistPages: Translation<typeof sv> = {
  title: "TODO",
};
