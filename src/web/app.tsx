import { BrowserRouter, Route, Routes } from "react-router";
import { Layout } from "./components/layout.js";
import { RouteFocus } from "./components/route-focus.js";
import { AccountPage } from "./pages/account-page.js";
import { AuditPage } from "./pages/admin/audit-page.js";
import { StructurePage } from "./pages/admin/structure-page.js";
import { UsersPage } from "./pages/admin/users-page.js";
import { HomePage } from "./pages/home-page.js";
import { LoginPage } from "./pages/login-page.js";
import { NotFoundPage } from "./pages/not-found-page.js";
import { OrganisationScope } from "./pages/organisation-scope.js";
import { StartPage } from "./pages/start-page.js";
import { RequireLogin } from "./session/require-login.js";
import { SessionProvider } from "./session/session.js";

/** The routes; Swedish paths, as users see them in the address bar. */
export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <RouteFocus />
        <Routes>
          <Route element={<Layout />}>
            <Route path="logga-in" element={<LoginPage />} />
            <Route element={<RequireLogin />}>
              <Route index element={<HomePage />} />
              <Route path="konto" element={<AccountPage />} />
              <Route path="org/:orgId" element={<OrganisationScope />}>
                <Route index element={<StartPage />} />
                <Route path="admin/anvandare" element={<UsersPage />} />
                <Route path="admin/namnder" element={<StructurePage key="bodies" section="bodies" />} />
                <Route path="admin/avdelningar" element={<StructurePage key="departments" section="departments" />} />
                <Route path="admin/logg" element={<AuditPage />} />
              </Route>
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </SessionProvider>
    </BrowserRouter>
  );
}
