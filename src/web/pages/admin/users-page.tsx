import { useState } from "react";
import { useTranslation } from "react-i18next";
import { listMembers } from "../../api/jamt-api.js";
import type { Member } from "../../api/types.js";
import { ErrorAlert } from "../../components/form-alert.js";
import { Loading } from "../../components/loading.js";
import { PageHeading } from "../../components/page-heading.js";
import { StatusMessage } from "../../components/status-message.js";
import { useDocumentTitle } from "../../hooks/use-document-title.js";
import { useResource } from "../../hooks/use-resource.js";
import { can, useMembership } from "../../session/organisation-context.js";
import { useMe, useSession } from "../../session/session.js";
import { AddMemberForm } from "./add-member-form.js";
import { MembersTable } from "./members-table.js";

/** Members of the organisation; administrators also add members and change their roles. */
export function UsersPage() {
  const { t } = useTranslation();
  const membership = useMembership();
  const me = useMe();
  const { refresh } = useSession();
  const orgId = membership.organisation.id;
  const { resource, update } = useResource(orgId, (signal) => listMembers(orgId, signal));
  const [status, setStatus] = useState<string | null>(null);
  const manage = can(membership, "users.manage");
  useDocumentTitle(t("ui.users.title"), membership.organisation.name);

  const onRolesSaved = (before: Member, after: Member | undefined) => {
    update((members) =>
      after
        ? members.map((m) => (m.userId === after.userId ? after : m))
        : members.filter((m) => m.userId !== before.userId),
    );
    setStatus(
      after
        ? t("ui.users.rolesSaved", { name: before.displayName })
        : t("ui.users.memberRemoved", { name: before.displayName }),
    );
    if (before.userId === me.id) void refresh();
  };

  const onAdded = (member: Member) => {
    update((members) => [...members.filter((m) => m.userId !== member.userId), member]);
    setStatus(t("ui.users.added", { name: member.displayName }));
  };

  return (
    <>
      <PageHeading>{t("ui.users.title")}</PageHeading>
      <p>{t("ui.users.intro")}</p>
      <StatusMessage message={status} />
      {resource.state === "loading" && <Loading />}
      {resource.state === "failed" && <ErrorAlert message={resource.error.message} />}
      {resource.state === "ready" && (
        <MembersTable
          orgId={orgId}
          members={resource.data}
          manage={manage}
          onRolesSaved={onRolesSaved}
          onEditStart={() => setStatus(null)}
        />
      )}
      {manage && resource.state === "ready" && <AddMemberForm orgId={orgId} onAdded={onAdded} />}
    </>
  );
}
