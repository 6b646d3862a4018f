import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useParams } from "react-router";
import { getOrganisation } from "../api/jamt-api.js";
import { ErrorAlert } from "../components/form-alert.js";
import { Loading } from "../components/loading.js";
import { PageHeading } from "../components/page-heading.js";
import { useDocumentTitle } from "../hooks/use-document-title.js";
import { useResource } from "../hooks/use-resource.js";
import { organisationPath, rememberOrganisation } from "../session/home-path.js";
import { OrganisationContext } from "../session/organisation-context.js";
import { useMe } from "../session/session.js";

/** The pages under /org/:orgId: provides the user's membership there, or says the organisation is not theirs. */
export function OrganisationScope() {
  const { orgId = "" } = useParams();
  const me = useMe();
  const membership = me.memberships.find((m) => m.organisation.id === orgId);
  useEffect(() => {
    if (membership) rememberOrganisation(membership.organisation.id);
  }, [membership]);
  if (!membership) return <OrganisationNotFound orgId={orgId} />;
  return (
    <OrganisationContext.Provider value={membership}>
      <Outlet />
    </OrganisationContext.Provider>
  );
}

/** Asks the API about an organisation the user is not a member of, and shows its answer (normally 404). */
function OrganisationNotFound({ orgId }: { readonly orgId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const { resource } = useResource(orgId, (signal) => getOrganisation(orgId, signal));
  useDocumentTitle(t("ui.orgNotFound.title"));
  return (
    <>
      <PageHeading>{t("ui.orgNotFound.title")}</PageHeading>
      {resource.state === "loading" && <Loading />}
      {resource.state === "failed" && <ErrorAlert message={resource.error.message} />}
      {resource.state === "ready" && (
        <p>
          {resource.data.name}: {t("ui.start.noRoles")}
        </p>
      )}
      {me.memberships.length > 0 && (
        <>
          <h2>{t("ui.orgNotFound.yourOrganisations")}</h2>
          <ul>
            {me.memberships.map((m) => (
              <li key={m.organisation.id}>
                <Link to={organisationPath(m.organisation.id)}>{m.organisation.name}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
