import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { CaseView } from "../../api/case-types.js";
import { organisationPath } from "../../session/home-path.js";

/** What happened to one file: not yet sent, made into a case, or refused with the API's reason. */
export type FileResult =
  | { readonly kind: "waiting"; readonly fileName: string }
  | { readonly kind: "created"; readonly fileName: string; readonly view: CaseView }
  | { readonly kind: "failed"; readonly fileName: string; readonly message: string };

/** One line per file, in the order chosen: a sign and a word for the outcome (never colour alone). */
export function ImportResults({ orgId, results }: { readonly orgId: string; readonly results: readonly FileResult[] }) {
  const { t } = useTranslation();
  if (results.length === 0) return <p className="hint">{t("casePages.import.noResults")}</p>;
  return (
    <ul className="import-list">
      {results.map((result, index) => (
        <li key={index} className={`import-item import-${result.kind}`}>
          <span className="import-icon" aria-hidden="true">
            {result.kind === "created" ? "✓" : result.kind === "failed" ? "✗" : "…"}
          </span>
          <span className="import-file">{result.fileName}</span>{" "}
          {result.kind === "waiting" && <span className="import-state">{t("casePages.import.waiting")}</span>}
          {result.kind === "created" && (
            <>
              <span className="import-state">{t("casePages.import.created")}</span>{" "}
              <Link to={organisationPath(orgId, `arenden/${encodeURIComponent(result.view.id)}`)}>
                {t("casePages.import.caseLink", {
                  diarienummer: result.view.diarienummer ?? t("casePages.noDiarienummer"),
                  title: result.view.title,
                })}
              </Link>
            </>
          )}
          {result.kind === "failed" && (
            <>
              <span className="import-state">{t("casePages.import.failed")}</span> {result.message}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
