import { NotFoundPage } from "../not-found-page.js";

/** Administration of checklists and their editions, /org/:orgId/admin/checklistor (filled in by the checklist work). */
export function ChecklistDefinitionsPage() {
  return <NotFoundPage />;
}
