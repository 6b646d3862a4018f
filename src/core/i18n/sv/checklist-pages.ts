/** Web pages of the checklist. */
export const checklistPages = {
  title: "TODO",
};
