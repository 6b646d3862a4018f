import { Route, Routes } from "react-router";
import { NotFoundPage } from "../not-found-page.js";

/** The pages under /org/:orgId/checklista (filled in by the checklist work). */
export function ChecklistRoutes() {
  return (
    <Routes>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
