import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation } from "react-router";
import { FormAlert } from "../components/form-alert.js";
import { PageHeading } from "../components/page-heading.js";
import { StatusMessage } from "../components/status-message.js";
import { TextField } from "../components/text-field.js";
import { type FormProblems, looksLikeEmail, problemsFromChecks, problemsFromError } from "../hooks/form-problems.js";
import { useDocumentTitle } from "../hooks/use-document-title.js";
import { homePath } from "../session/home-path.js";
import { useSession } from "../session/session.js";

/** What the login page is told by whoever sent the user there. */
export interface LoginPageState {
  /** The page to return to after login. */
  readonly from?: string;
  readonly notice?: "loggedOut" | "sessionEnded";
}

const FIELDS = ["email", "password"];

export function LoginPage() {
  const { t } = useTranslation();
  const { session, login } = useSession();
  const state = (useLocation().state ?? {}) as LoginPageState;
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [problems, setProblems] = useState<FormProblems | null>(null);
  const [busy, setBusy] = useState(false);
  useDocumentTitle(t("ui.login.title"));

  if (session.status === "authenticated") return <Navigate to={state.from ?? homePath(session.me)} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = problemsFromChecks(t("ui.form.errorSummary"), {
      email:
        email.trim() === ""
          ? t("ui.form.required", { field: t("ui.login.email").toLowerCase() })
          : !looksLikeEmail(email) && t("ui.form.invalidEmail"),
      password: password === "" && t("ui.form.required", { field: t("ui.login.password").toLowerCase() }),
    });
    setProblems(found);
    if (found) return;
    setBusy(true);
    try {
      await login(email.trim(), password);
    } catch (error) {
      setProblems(problemsFromError(error));
      setBusy(false);
    }
  };

  return (
    <div className="narrow">
      <PageHeading>{t("ui.login.title")}</PageHeading>
      <StatusMessage message={state.notice ? t(`ui.login.${state.notice}`) : null} />
      <p>{t("ui.login.intro")}</p>
      <form noValidate onSubmit={submit} className="form">
        <FormAlert problems={problems} idPrefix="login" fields={FIELDS} />
        <TextField
          id="login-email"
          label={t("ui.login.email")}
          type="email"
          autoComplete="username"
          required
          value={email}
          onValueChange={setEmail}
          error={problems?.fields.email}
        />
        <TextField
          id="login-password"
          label={t("ui.login.password")}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onValueChange={setPassword}
          error={problems?.fields.password}
        />
        <button type="submit" disabled={busy}>
          {busy ? t("ui.login.submitting") : t("ui.login.submit")}
        </button>
      </form>
    </div>
  );
}
