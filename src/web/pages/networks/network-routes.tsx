import { Route, Routes } from "react-router";
import { NotFoundPage } from "../not-found-page.js";

/** The pages under /org/:orgId/natverk (filled in by the network work). */
export function NetworkRoutes() {
  return (
    <Routes>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
