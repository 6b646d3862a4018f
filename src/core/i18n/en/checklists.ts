import type { checklists as sv } from "../sv/checklists.js";
import type { Translation } from "../translation.js";

/** Checklist texts for the domain, its errors and exports. */
export const checklists: Translation<typeof sv> = {
  title: "TODO",
};
