import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { MIN_PASSWORD_LENGTH, type Role } from "../../../core/index.js";
import { addMember } from "../../api/jamt-api.js";
import type { Member } from "../../api/types.js";
import { FormAlert } from "../../components/form-alert.js";
import { RoleCheckboxes } from "../../components/role-checkboxes.js";
import { TextField } from "../../components/text-field.js";
import { type FormProblems, looksLikeEmail, problemsFromChecks, problemsFromError } from "../../hooks/form-problems.js";

const FIELDS = ["email", "displayName", "password", "roles"];

/** Adds a person to the organisation: a new account, or an existing one by its e-mail address. */
export function AddMemberForm({
  orgId,
  onAdded,
}: {
  readonly orgId: string;
  readonly onAdded: (member: Member) => void;
}) {
  const { t } = useTranslation();
  const [email, setEmail] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [password, setPassword] = useState("");
  const [roles, setRoles] = useState<Role[]>([]);
  const [problems, setProblems] = useState<FormProblems | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const required = (label: string) => t("ui.form.required", { field: label.toLowerCase() });
    const found = problemsFromChecks(t("ui.form.errorSummary"), {
      email: email.trim() === "" ? required(t("ui.users.email")) : !looksLikeEmail(email) && t("ui.form.invalidEmail"),
      displayName: displayName.trim() === "" && required(t("ui.users.displayName")),
      password:
        password !== "" &&
        [...password].length < MIN_PASSWORD_LENGTH &&
        t("ui.account.tooShort", { minimum: MIN_PASSWORD_LENGTH }),
      roles: roles.length === 0 && t("ui.users.rolesRequired"),
    });
    setProblems(found);
    if (found) return;
    setBusy(true);
    try {
      const member = await addMember(orgId, {
        email: email.trim(),
        displayName: displayName.trim(),
        ...(password === "" ? {} : { password }),
        roles,
      });
      setEmail("");
      setDisplayName("");
      setPassword("");
      setRoles([]);
      onAdded(member);
    } catch (error) {
      setProblems(problemsFromError(error, { duplicate_member: "email", password_too_short: "password" }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="add-member-heading">
      <h2 id="add-member-heading">{t("ui.users.addHeading")}</h2>
      <p>{t("ui.users.addIntro")}</p>
      <form noValidate onSubmit={submit} className="form">
        <FormAlert problems={problems} idPrefix="add-member" fields={FIELDS} />
        <TextField
          id="add-member-email"
          label={t("ui.users.email")}
          type="email"
          autoComplete="off"
          required
          value={email}
          onValueChange={setEmail}
          error={problems?.fields.email}
        />
        <TextField
          id="add-member-displayName"
          label={t("ui.users.displayName")}
          autoComplete="off"
          required
          value={displayName}
          onValueChange={setDisplayName}
          error={problems?.fields.displayName}
        />
        <TextField
          id="add-member-password"
          label={t("ui.users.password")}
          hint={t("ui.users.passwordHint", { minimum: MIN_PASSWORD_LENGTH })}
          type="password"
          autoComplete="new-password"
          value={password}
          onValueChange={setPassword}
          error={problems?.fields.password}
        />
        <RoleCheckboxes
          id="add-member-roles"
          legend={t("ui.users.roles")}
          value={roles}
          onValueChange={setRoles}
          error={problems?.fields.roles}
        />
        <button type="submit" disabled={busy}>
          {busy ? t("ui.saving") : t("ui.users.add")}
        </button>
      </form>
    </section>
  );
}
