import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type CaseBrief, getCase } from "../../api/decision-api.js";
import { ErrorAlert } from "../../components/form-alert.js";
import { Loading } from "../../components/loading.js";
import { problemsFromError } from "../../hooks/form-problems.js";

type State =
  | { readonly kind: "closed" }
  | { readonly kind: "loading" }
  | { readonly kind: "failed"; readonly message: string }
  | { readonly kind: "ready"; readonly data: CaseBrief };

/**
 * The case's section "Beslutsförslagets påverkan avseende jämställdhet", folded away and
 * loaded when first opened, so that the members can read what they take a position on.
 */
export function GenderSectionPreview({ orgId, caseId }: { readonly orgId: string; readonly caseId: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: "closed" });

  const load = () => {
    if (state.kind !== "closed" && state.kind !== "failed") return;
    setState({ kind: "loading" });
    getCase(orgId, caseId).then(
      (data) => setState({ kind: "ready", data }),
      (error: unknown) => setState({ kind: "failed", message: problemsFromError(error).message }),
    );
  };

  return (
    <details
      className="gender-preview"
      onToggle={(event) => {
        if (event.currentTarget.open) load();
      }}
    >
      <summary>{t("cases.sections.genderImpact")}</summary>
      <div className="gender-preview-body">
        {state.kind === "loading" && <Loading />}
        {state.kind === "failed" && <ErrorAlert message={state.message} />}
        {state.kind === "ready" && (
          <>
            {state.data.submission && (
              <p>
                {t("decisionPages.meeting.analysisVerdict", {
                  verdict: t(`analysis.verdicts.${state.data.submission.verdict}`),
                  score: state.data.submission.score,
                })}{" "}
                <Link to="/regler">{t("decisionPages.meeting.rulesLink")}</Link>
              </p>
            )}
            {state.data.sections.genderImpact.trim() === "" ? (
              <p>{t("decisionPages.meeting.analysisEmpty")}</p>
            ) : (
              <blockquote className="gender-text preserve-lines">{state.data.sections.genderImpact}</blockquote>
            )}
          </>
        )}
      </div>
    </details>
  );
}
