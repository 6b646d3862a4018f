import "../../styles/cases.css";
import "../../styles/decisions.css";
import "../../styles/checklists.css";
import { Route, Routes } from "react-router";
import { NotFoundPage } from "../not-found-page.js";
import { AssessmentPage } from "./assessment-page.js";
import { AssessmentsPage } from "./assessments-page.js";
import { MeasuresPage } from "./measures-page.js";
import { NewAssessmentPage } from "./new-assessment-page.js";

/**
 * The pages under /org/:orgId/checklista: the table of assessments (index), a new assessment
 * (ny), the improvement agenda (atgarder) and one assessment (:assessmentId).
 */
export function ChecklistRoutes() {
  return (
    <Routes>
      <Route index element={<AssessmentsPage />} />
      <Route path="ny" element={<NewAssessmentPage />} />
      <Route path="atgarder" element={<MeasuresPage />} />
      <Route path=":assessmentId" element={<AssessmentPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
