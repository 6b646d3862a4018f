import { Navigate, Outlet, useLocation } from "react-router";
import { Loading } from "../components/loading.js";
import type { LoginPageState } from "../pages/login-page.js";
import { useSession } from "./session.js";

/** Shows the nested routes to a logged-in user; sends anyone else to the login page, saying why. */
export function RequireLogin() {
  const { session } = useSession();
  const location = useLocation();
  if (session.status === "loading") return <Loading />;
  if (session.status === "anonymous") {
    const state: LoginPageState =
      session.reason === "loggedOut"
        ? { notice: "loggedOut" }
        : {
            from: `${location.pathname}${location.search}`,
            ...(session.reason === "ended" ? { notice: "sessionEnded" } : {}),
          };
    return <Navigate to="/logga-in" replace state={state} />;
  }
  return <Outlet />;
}
