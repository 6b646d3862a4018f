/** Checklist texts for the domain, its errors and exports. */
export const checklists = {
  title: "TODO",
};
