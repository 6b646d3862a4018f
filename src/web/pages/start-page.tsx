import { useTranslation } from "react-i18next";
import { ROLES } from "../../core/index.js";
import { PageHeading } from "../components/page-heading.js";
import { useDocumentTitle } from "../hooks/use-document-title.js";
import { useMembership } from "../session/organisation-context.js";
import { useMe } from "../session/session.js";
import { RoleCard } from "./role-card.js";

/** The start page of one organisation: a greeting and one card per role the user holds there. */
export function StartPage() {
  const { t } = useTranslation();
  const me = useMe();
  const membership = useMembership();
  const { organisation, roles } = membership;
  useDocumentTitle(organisation.name);
  return (
    <>
      <PageHeading>{organisation.name}</PageHeading>
      <p className="lead">{t("ui.start.greeting", { name: me.displayName })}</p>
      <p>
        {t("ui.start.intro")} {t("ui.start.kind", { kind: t(`organisationKinds.${organisation.kind}`) })}
      </p>
      <h2>{t("ui.start.yourRoles")}</h2>
      {roles.length === 0 && <p>{t("ui.start.noRoles")}</p>}
      <ul className="cards">
        {ROLES.filter((role) => roles.includes(role)).map((role) => (
          <li key={role}>
            <RoleCard role={role} membership={membership} />
          </li>
        ))}
      </ul>
    </>
  );
}
