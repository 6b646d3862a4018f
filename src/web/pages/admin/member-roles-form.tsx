import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ROLES, type Role } from "../../../core/index.js";
import { setMemberRoles } from "../../api/jamt-api.js";
import type { Member } from "../../api/types.js";
import { FormAlert } from "../../components/form-alert.js";
import { RoleCheckboxes } from "../../components/role-checkboxes.js";
import { type FormProblems, problemsFromError } from "../../hooks/form-problems.js";

interface MemberRolesFormProps {
  readonly orgId: string;
  readonly member: Member;
  /** Called with the updated member, or undefined when no roles were left and the member was removed. */
  readonly onSaved: (member: Member | undefined) => void;
  readonly onCancel: () => void;
}

/** Checkboxes for a member's roles; saving with none checked removes the member from the organisation. */
export function MemberRolesForm({ orgId, member, onSaved, onCancel }: MemberRolesFormProps) {
  const { t } = useTranslation();
  const [roles, setRoles] = useState<Role[]>([...member.roles]);
  const [problems, setProblems] = useState<FormProblems | null>(null);
  const [busy, setBusy] = useState(false);
  const idPrefix = `member-${member.userId}`;

  useEffect(() => {
    document.getElementById(`${idPrefix}-roles-${ROLES[0]}`)?.focus();
  }, [idPrefix]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (roles.length === 0 && !window.confirm(t("ui.users.confirmRemove", { name: member.displayName }))) return;
    setBusy(true);
    try {
      const saved = await setMemberRoles(orgId, member.userId, roles);
      onSaved(saved);
    } catch (error) {
      setProblems(problemsFromError(error, { last_administrator: "roles" }));
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={submit} className="form inline-form">
      <FormAlert problems={problems} idPrefix={idPrefix} fields={["roles"]} />
      <RoleCheckboxes
        id={`${idPrefix}-roles`}
        legend={t("ui.users.rolesFor", { name: member.displayName })}
        hint={t("ui.users.removeHint")}
        value={roles}
        onValueChange={setRoles}
        error={problems?.fields.roles}
      />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? t("ui.saving") : t("ui.users.saveRoles")}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t("ui.form.cancel")}
        </button>
      </div>
    </form>
  );
}
