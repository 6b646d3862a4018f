import { useState } from "react";
import { useTranslation } from "react-i18next";
import { submitCase } from "../../api/case-api.js";
import type { CaseView } from "../../api/case-types.js";
import { ErrorAlert } from "../../components/form-alert.js";
import { problemsFromError } from "../../hooks/form-problems.js";

interface SubmitPanelProps {
  readonly orgId: string;
  readonly caseId: string;
  readonly genderSectionWritten: boolean;
  /** Saving has stopped (a conflict, or the case was locked): nothing may be submitted until it is resolved. */
  readonly blocked: boolean;
  readonly flush: () => Promise<void>;
  readonly hasUnsavedChanges: () => boolean;
  readonly onSubmitted: (view: CaseView) => void;
}

/**
 * "Skicka till granskning": saves what is unsaved, then submits. The button is disabled, with
 * the reason beside it, while the gender impact section is empty; the API's refusal is shown.
 */
export function SubmitPanel({
  orgId,
  caseId,
  genderSectionWritten,
  blocked,
  flush,
  hasUnsavedChanges,
  onSubmitted,
}: SubmitPanelProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const reason = !genderSectionWritten
    ? t("casePages.submit.needsGenderSection")
    : blocked
      ? t("casePages.submit.blocked")
      : null;

  const submit = async () => {
    setFailure(null);
    setBusy(true);
    try {
      await flush();
      if (hasUnsavedChanges()) {
        setFailure(t("casePages.submit.unsaved"));
        return;
      }
      onSubmitted(await submitCase(orgId, caseId));
    } catch (error) {
      setFailure(problemsFromError(error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="submit-panel" aria-labelledby="submit-heading">
      <h2 id="submit-heading">{t("casePages.submit.heading")}</h2>
      <p>{t("casePages.submit.intro")}</p>
      {reason && (
        <p id="submit-reason" className="blocked-reason">
          {reason}
          {!genderSectionWritten && (
            <>
              {" "}
              <a
                href="#section-genderImpact"
                onClick={(event) => {
                  const field = document.getElementById("section-genderImpact");
                  if (!field) return;
                  event.preventDefault();
                  field.focus();
                }}
              >
                {t("casePages.submit.toGenderSection")}
              </a>
            </>
          )}
        </p>
      )}
      {failure && <ErrorAlert message={failure} />}
      <button
        type="button"
        disabled={busy || reason !== null}
        aria-describedby={reason ? "submit-reason" : undefined}
        onClick={() => void submit()}
      >
        {busy ? t("casePages.submit.submitting") : t("casePages.submit.button")}
      </button>
    </section>
  );
}
