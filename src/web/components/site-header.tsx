import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { useCurrentMembership } from "../session/current-membership.js";
import { organisationPath } from "../session/home-path.js";
import { useSession } from "../session/session.js";
import { LanguageSwitch } from "./language-switch.js";
import { MainNav } from "./main-nav.js";
import { OrganisationSwitcher } from "./organisation-switcher.js";

/** App name, organisation switcher, who is logged in, language switch, logout, and the main menu. */
export function SiteHeader() {
  const { t } = useTranslation();
  const { session, logout } = useSession();
  const membership = useCurrentMembership();
  const me = session.status === "authenticated" ? session.me : null;
  const onLoginPage = useLocation().pathname === "/logga-in";
  const home = membership ? organisationPath(membership.organisation.id) : "/";
  return (
    <header className="site-header">
      <div className="container header-bar">
        <Link to={home} className="brand">
          {t("appName")}
        </Link>
        <div className="header-tools">
          {me && <OrganisationSwitcher memberships={me.memberships} currentId={membership?.organisation.id} />}
          {me && (
            <p className="current-user">
              <span className="visually-hidden">{t("ui.header.loggedInAs")} </span>
              {me.displayName}
            </p>
          )}
          <LanguageSwitch />
          {session.status === "anonymous" && !onLoginPage && <Link to="/logga-in">{t("ui.header.login")}</Link>}
          {me && (
            <button type="button" className="button-link" onClick={() => void logout()}>
              {t("ui.header.logout")}
            </button>
          )}
        </div>
      </div>
      {me && <MainNav membership={membership} />}
    </header>
  );
}
