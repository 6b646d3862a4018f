import { Route, Routes } from "react-router";
import { NotFoundPage } from "../not-found-page.js";
import { RoundPage } from "./round-page.js";
import { RoundsPage } from "./rounds-page.js";

/** The pages under /org/:orgId/natverk: the organisation's network rounds, and one round. */
export function NetworkRoutes() {
  return (
    <Routes>
      <Route index element={<RoundsPage />} />
      <Route path=":roundId" element={<RoundPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
