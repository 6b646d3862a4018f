import { Fragment, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ROLES } from "../../../core/index.js";
import type { Member } from "../../api/types.js";
import { MemberRolesForm } from "./member-roles-form.js";

interface MembersTableProps {
  readonly orgId: string;
  readonly members: readonly Member[];
  /** Whether the user may change roles (users.manage). */
  readonly manage: boolean;
  readonly onRolesSaved: (before: Member, after: Member | undefined) => void;
  readonly onEditStart: () => void;
}

/** Name, e-mail and roles of each member; with `manage`, a row opens a form to change the roles. */
export function MembersTable({ orgId, members, manage, onRolesSaved, onEditStart }: MembersTableProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const returnFocusTo = useRef<string | null>(null);
  const columns = manage ? 5 : 4;

  useEffect(() => {
    if (editing !== null || returnFocusTo.current === null) return;
    const target =
      document.getElementById(`edit-roles-${returnFocusTo.current}`) ?? document.getElementById("page-heading");
    returnFocusTo.current = null;
    target?.focus();
  }, [editing]);

  const close = (userId: string) => {
    returnFocusTo.current = userId;
    setEditing(null);
  };

  return (
    <>
      <p>{t("ui.users.count", { count: members.length })}</p>
      <div className="table-wrapper">
        <table>
          <caption>{t("ui.users.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("ui.users.name")}</th>
              <th scope="col">{t("ui.users.email")}</th>
              <th scope="col">{t("ui.users.roles")}</th>
              <th scope="col">{t("ui.users.status")}</th>
              {manage && <th scope="col">{t("ui.users.actions")}</th>}
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <Fragment key={member.userId}>
                <tr>
                  <th scope="row">{member.displayName}</th>
                  <td>{member.email}</td>
                  <td>
                    {ROLES.filter((role) => member.roles.includes(role))
                      .map((role) => t(`roles.${role}`))
                      .join(", ")}
                  </td>
                  <td>{member.active ? t("ui.users.active") : t("ui.users.inactive")}</td>
                  {manage && (
                    <td>
                      <button
                        type="button"
                        className="button-secondary"
                        id={`edit-roles-${member.userId}`}
                        aria-expanded={editing === member.userId}
                        aria-controls={editing === member.userId ? `roles-form-${member.userId}` : undefined}
                        onClick={() => {
                          onEditStart();
                          setEditing(editing === member.userId ? null : member.userId);
                        }}
                      >
                        {t("ui.users.editRoles")}
                        <span className="visually-hidden"> {member.displayName}</span>
                      </button>
                    </td>
                  )}
                </tr>
                {editing === member.userId && (
                  <tr className="edit-row">
                    <td colSpan={columns} id={`roles-form-${member.userId}`}>
                      <MemberRolesForm
                        orgId={orgId}
                        member={member}
                        onCancel={() => close(member.userId)}
                        onSaved={(after) => {
                          onRolesSaved(member, after);
                          close(member.userId);
                        }}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
