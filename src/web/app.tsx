import { useState } from "react";
import { createBrowserRouter, Route, RouterProvider, Routes } from "react-router";
import { Layout } from "./components/layout.js";
import { RouteFocus } from "./components/route-focus.js";
import { AccountPage } from "./pages/account-page.js";
import { AuditPage } from "./pages/admin/audit-page.js";
import { StructurePage } from "./pages/admin/structure-page.js";
import { UsersPage } from "./pages/admin/users-page.js";
import { AssignmentsPage } from "./pages/assignments/assignments-page.js";
import { CaseImportPage } from "./pages/cases/case-import-page.js";
import { CaseListPage } from "./pages/cases/case-list-page.js";
import { CasePage } from "./pages/cases/case-page.js";
import { NewCasePage } from "./pages/cases/new-case-page.js";
import { ChecklistDefinitionsPage } from "./pages/checklists/checklist-definitions-page.js";
import { ChecklistRoutes } from "./pages/checklists/checklist-routes.js";
import { FollowUpPage } from "./pages/follow-up/follow-up-page.js";
import { HomePage } from "./pages/home-page.js";
import { LoginPage } from "./pages/login-page.js";
import { MeetingPage } from "./pages/meetings/meeting-page.js";
import { MeetingsPage } from "./pages/meetings/meetings-page.js";
import { NetworkRoutes } from "./pages/networks/network-routes.js";
import { NotFoundPage } from "./pages/not-found-page.js";
import { OrganisationScope } from "./pages/organisation-scope.js";
import { AnalysisRulesPage } from "./pages/rules/analysis-rules-page.js";
import { StartPage } from "./pages/start-page.js";
import { DatasetPage } from "./pages/statistics/datasets/dataset-page.js";
import { DatasetsPage } from "./pages/statistics/datasets/datasets-page.js";
import { DifferenceListPage } from "./pages/statistics/differences/difference-list-page.js";
import { DifferencePage } from "./pages/statistics/differences/difference-page.js";
import { DifferenceReportPage } from "./pages/statistics/differences/difference-report-page.js";
import { ImportPage as IndicatorImportPage } from "./pages/statistics/indicators/import-page.js";
import { IndicatorPage } from "./pages/statistics/indicators/indicator-page.js";
import { StatisticsPage } from "./pages/statistics/indicators/statistics-page.js";
import { StatisticsSettingsPage } from "./pages/statistics/settings/statistics-settings-page.js";
import { RequireLogin } from "./session/require-login.js";
import { SessionProvider } from "./session/session.js";

/**
 * The app in a data router, which pages with unsaved work need to ask before the user leaves
 * them (useBlocker); the routes themselves stay declared in AppRoutes.
 */
export function App() {
  const [router] = useState(() => createBrowserRouter([{ path: "*", element: <AppRoutes /> }]));
  return <RouterProvider router={router} />;
}

/** The routes; Swedish paths, as users see them in the address bar. */
function AppRoutes() {
  return (
    <SessionProvider>
      <RouteFocus />
      <Routes>
        <Route element={<Layout />}>
          <Route path="logga-in" element={<LoginPage />} />
          <Route path="regler" element={<AnalysisRulesPage />} />
          <Route element={<RequireLogin />}>
            <Route index element={<HomePage />} />
            <Route path="konto" element={<AccountPage />} />
            <Route path="org/:orgId" element={<OrganisationScope />}>
              <Route index element={<StartPage />} />
              <Route path="admin/anvandare" element={<UsersPage />} />
              <Route path="admin/namnder" element={<StructurePage key="bodies" section="bodies" />} />
              <Route path="admin/avdelningar" element={<StructurePage key="departments" section="departments" />} />
              <Route path="admin/logg" element={<AuditPage />} />
              <Route path="arenden" element={<CaseListPage />} />
              <Route path="arenden/nytt" element={<NewCasePage />} />
              <Route path="arenden/importera" element={<CaseImportPage />} />
              <Route path="arenden/:caseId" element={<CasePage />} />
              <Route path="sammantraden" element={<MeetingsPage />} />
              <Route path="sammantraden/:meetingId" element={<MeetingPage />} />
              <Route path="uppdrag" element={<AssignmentsPage />} />
              <Route path="uppfoljning" element={<FollowUpPage />} />
              <Route path="checklista/*" element={<ChecklistRoutes />} />
              <Route path="natverk/*" element={<NetworkRoutes />} />
              <Route path="statistik" element={<StatisticsPage />} />
              <Route path="statistik/importera" element={<IndicatorImportPage />} />
              <Route path="statistik/indikatorer/:indicatorId" element={<IndicatorPage />} />
              <Route path="statistik/dataset" element={<DatasetsPage />} />
              <Route path="statistik/dataset/:datasetId" element={<DatasetPage />} />
              <Route path="statistik/installningar" element={<StatisticsSettingsPage />} />
              <Route path="statistik/skillnader" element={<DifferenceListPage />} />
              <Route path="statistik/skillnader/:differenceId" element={<DifferencePage />} />
              <Route path="statistik/uppfoljning" element={<DifferenceReportPage />} />
              <Route path="admin/checklistor" element={<ChecklistDefinitionsPage />} />
            </Route>
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </SessionProvider>
  );
}
