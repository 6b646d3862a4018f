import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { MessageKey, Role } from "../../core/index.js";
import type { Membership } from "../api/types.js";
import { organisationPath } from "../session/home-path.js";
import { can } from "../session/organisation-context.js";

/** Roles for which a later version brings more (their `ui.roleInfo.<role>.coming` text says what). */
const STILL_TO_COME: readonly Role[] = ["administrator"];

/** Roles that document the analysis of flagged differences between women and men. */
const DIFFERENCE_ROLES: readonly Role[] = ["reviewer", "analyst", "manager"];

/** Roles whose work includes the checklist and the networks (everyone may read them; these take part). */
const CHECKLIST_ROLES: readonly Role[] = ["reviewer", "elected_member", "analyst", "manager", "administrator"];

interface RoleCardProps {
  readonly role: Role;
  readonly membership: Membership;
}

/**
 * What a role does in Jämt, links to what already exists for it, and what is still to come
 * (as text, never as links to pages that do not exist yet).
 */
export function RoleCard({ role, membership }: RoleCardProps) {
  const { t } = useTranslation();
  const orgId = membership.organisation.id;
  const headingId = `role-${role}`;
  const links: { to: string; label: string }[] = [];
  const add = (path: string, label: MessageKey) => links.push({ to: organisationPath(orgId, path), label: t(label) });
  if (role === "case_officer") {
    add("arenden", "ui.start.casesLink");
    if (can(membership, "cases.write")) add("arenden/nytt", "ui.start.newCaseLink");
    if (can(membership, "cases.write")) add("arenden/importera", "ui.start.importLink");
  }
  if (role === "reviewer") add("arenden?status=submitted", "ui.start.toReviewLink");
  if (role === "secretary") {
    add("sammantraden", "ui.start.meetingsLink");
    add("arenden?status=approved", "ui.start.approvedLink");
  }
  if (role === "elected_member") {
    add("sammantraden", "ui.start.meetingsLink");
    add("arenden", "ui.start.casesLink");
  }
  if (role === "analyst" || role === "elected_member") add("uppfoljning", "ui.start.followUpLink");
  if (role === "manager") add("uppdrag", "ui.start.assignmentsLink");
  if (role === "analyst" || role === "elected_member") add("statistik", "ui.start.statisticsLink");
  if (role === "analyst" && can(membership, "statistics.manage")) add("statistik/dataset", "ui.start.datasetsLink");
  if (DIFFERENCE_ROLES.includes(role) || role === "elected_member")
    add("statistik/skillnader", "ui.start.differencesLink");
  if (role === "network_coordinator" && can(membership, "checklist.read")) {
    add("natverk", "ui.start.runNetworksLink");
    add("checklista", "ui.start.checklistLink");
  }
  if (CHECKLIST_ROLES.includes(role) && can(membership, "checklist.read")) {
    add("checklista", "ui.start.checklistLink");
    add("natverk", "ui.start.networksLink");
  }
  if (role === "case_officer" || role === "reviewer") links.push({ to: "/regler", label: t("ui.start.rulesLink") });
  if (role === "administrator") {
    if (can(membership, "users.manage"))
      links.push({ to: organisationPath(orgId, "admin/anvandare"), label: t("ui.start.usersLink") });
    if (can(membership, "structure.manage")) {
      links.push({ to: organisationPath(orgId, "admin/namnder"), label: t("ui.start.bodiesLink") });
      links.push({ to: organisationPath(orgId, "admin/avdelningar"), label: t("ui.start.departmentsLink") });
    }
    if (can(membership, "checklists.define")) add("admin/checklistor", "ui.start.checklistsLink");
    if (can(membership, "statistics.settings")) add("statistik/installningar", "ui.start.statisticsSettingsLink");
    if (can(membership, "audit.read"))
      links.push({ to: organisationPath(orgId, "admin/logg"), label: t("ui.start.auditLink") });
  }
  links.push({ to: "/konto", label: t("ui.start.accountLink") });
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(`roles.${role}`)}</h3>
      <p>{t(`ui.roleInfo.${role}.description`)}</p>
      <h4>{t("ui.start.availableNow")}</h4>
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <Link to={link.to}>{link.label}</Link>
          </li>
        ))}
      </ul>
      {STILL_TO_COME.includes(role) && (
        <p className="coming">
          {t("ui.start.comingLater", { features: t(`ui.roleInfo.${role}.coming` as MessageKey) })}
        </p>
      )}
    </section>
  );
}
