import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { MIN_PASSWORD_LENGTH } from "../../core/index.js";
import { changePassword } from "../api/jamt-api.js";
import { FormAlert } from "../components/form-alert.js";
import { StatusMessage } from "../components/status-message.js";
import { TextField } from "../components/text-field.js";
import { type FormProblems, problemsFromChecks, problemsFromError } from "../hooks/form-problems.js";

const FIELDS = ["currentPassword", "newPassword", "repeatPassword"];

/** Current, new and repeated password; the repeat and the length are checked before sending. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [repeat, setRepeat] = useState("");
  const [problems, setProblems] = useState<FormProblems | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const found = problemsFromChecks(t("ui.form.errorSummary"), {
      currentPassword: current === "" && t("ui.account.currentRequired"),
      newPassword: [...next].length < MIN_PASSWORD_LENGTH && t("ui.account.tooShort", { minimum: MIN_PASSWORD_LENGTH }),
      repeatPassword: repeat !== next && t("ui.account.mismatch"),
    });
    setProblems(found);
    if (found) return;
    setBusy(true);
    try {
      await changePassword(current, next);
      setCurrent("");
      setNext("");
      setRepeat("");
      setDone(t("ui.account.changed"));
    } catch (error) {
      setProblems(
        problemsFromError(error, {
          wrong_current_password: "currentPassword",
          password_too_short: "newPassword",
          password_too_long: "newPassword",
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="change-password-heading">
      <h2 id="change-password-heading">{t("ui.account.changePassword")}</h2>
      <StatusMessage message={done} />
      <form noValidate onSubmit={submit} className="form">
        <FormAlert problems={problems} idPrefix="password" fields={FIELDS} />
        <TextField
          id="password-currentPassword"
          label={t("ui.account.currentPassword")}
          type="password"
          autoComplete="current-password"
          required
          value={current}
          onValueChange={setCurrent}
          error={problems?.fields.currentPassword}
        />
        <TextField
          id="password-newPassword"
          label={t("ui.account.newPassword")}
          hint={t("ui.account.newPasswordHint", { minimum: MIN_PASSWORD_LENGTH })}
          type="password"
          autoComplete="new-password"
          required
          value={next}
          onValueChange={setNext}
          error={problems?.fields.newPassword}
        />
        <TextField
          id="password-repeatPassword"
          label={t("ui.account.repeatPassword")}
          type="password"
          autoComplete="new-password"
          required
          value={repeat}
          onValueChange={setRepeat}
          error={problems?.fields.repeatPassword}
        />
        <button type="submit" disabled={busy}>
          {busy ? t("ui.saving") : t("ui.account.submit")}
        </button>
      </form>
    </section>
  );
}
