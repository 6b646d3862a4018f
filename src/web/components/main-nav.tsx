import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import type { Membership } from "../api/types.js";
import { DifferencesNavLink } from "../pages/statistics/differences/differences-nav-link.js";
import { StatisticsNavLink } from "../pages/statistics/indicators/statistics-nav-link.js";
import { organisationPath } from "../session/home-path.js";
import { can } from "../session/organisation-context.js";

/** The main menu; administration links only for those whose roles grant them. */
export function MainNav({ membership }: { readonly membership: Membership | undefined }) {
  const { t } = useTranslation();
  const orgId = membership?.organisation.id;
  // A network organiser (such as SKR) runs networks; it has no cases or checklist of its own.
  const ownWork = membership?.organisation.kind !== "network_organiser";
  return (
    <nav className="main-nav" aria-label={t("ui.nav.label")}>
      <ul className="container">
        {orgId !== undefined && (
          <li>
            <NavLink to={organisationPath(orgId)} end>
              {t("ui.nav.start")}
            </NavLink>
          </li>
        )}
        {orgId !== undefined && ownWork && can(membership, "cases.read") && (
          <>
            <li>
              <NavLink to={organisationPath(orgId, "arenden")}>{t("ui.nav.cases")}</NavLink>
            </li>
            <li>
              <NavLink to={organisationPath(orgId, "sammantraden")}>{t("ui.nav.meetings")}</NavLink>
            </li>
            <li>
              <NavLink to={organisationPath(orgId, "uppdrag")}>{t("ui.nav.assignments")}</NavLink>
            </li>
          </>
        )}
        {orgId !== undefined && ownWork && can(membership, "followup.read") && (
          <li>
            <NavLink to={organisationPath(orgId, "uppfoljning")}>{t("ui.nav.followUp")}</NavLink>
          </li>
        )}
        {orgId !== undefined && ownWork && can(membership, "checklist.read") && (
          <li>
            <NavLink to={organisationPath(orgId, "checklista")}>{t("ui.nav.checklist")}</NavLink>
          </li>
        )}
        {orgId !== undefined && ownWork && can(membership, "statistics.read") && (
          <li>
            <StatisticsNavLink orgId={orgId} />
          </li>
        )}
        {orgId !== undefined && ownWork && can(membership, "statistics.read") && (
          <li>
            <DifferencesNavLink orgId={orgId} />
          </li>
        )}
        {orgId !== undefined && can(membership, "checklist.read") && (
          <li>
            <NavLink to={organisationPath(orgId, "natverk")}>{t("ui.nav.networks")}</NavLink>
          </li>
        )}
        <li>
          <NavLink to="/regler">{t("ui.nav.rules")}</NavLink>
        </li>
        {orgId !== undefined && can(membership, "users.manage") && (
          <li>
            <NavLink to={organisationPath(orgId, "admin/anvandare")}>{t("ui.nav.users")}</NavLink>
          </li>
        )}
        {orgId !== undefined && can(membership, "structure.manage") && (
          <>
            <li>
              <NavLink to={organisationPath(orgId, "admin/namnder")}>{t("ui.nav.bodies")}</NavLink>
            </li>
            <li>
              <NavLink to={organisationPath(orgId, "admin/avdelningar")}>{t("ui.nav.departments")}</NavLink>
            </li>
          </>
        )}
        {orgId !== undefined && can(membership, "checklists.define") && (
          <li>
            <NavLink to={organisationPath(orgId, "admin/checklistor")}>{t("ui.nav.checklists")}</NavLink>
          </li>
        )}
        {orgId !== undefined && can(membership, "audit.read") && (
          <li>
            <NavLink to={organisationPath(orgId, "admin/logg")}>{t("ui.nav.audit")}</NavLink>
          </li>
        )}
        <li>
          <NavLink to="/konto">{t("ui.nav.account")}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
