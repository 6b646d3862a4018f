import { useTranslation } from "react-i18next";
import { formatTime } from "./case-format.js";
import type { SaveStatus } from "./use-autosave.js";

interface AutosaveStatusProps {
  readonly status: SaveStatus;
  readonly onRetry: () => void;
  /** The id of the conflict panel, linked to from the bar. */
  readonly conflictId: string;
}

/**
 * The editor's saving state, always in view at the bottom of the editor. Only the outcome
 * ("Sparat kl. 14:32", a failure) is announced, so that screen readers are not told
 * "Sparar …" after every pause in typing.
 */
export function AutosaveStatus({ status, onRetry, conflictId }: AutosaveStatusProps) {
  const { t, i18n } = useTranslation();
  const savedAt = "savedAt" in status ? status.savedAt : null;
  const savedText = savedAt ? t("casePages.autosave.savedAt", { time: formatTime(savedAt, i18n.language) }) : "";
  const visible = (() => {
    switch (status.kind) {
      case "clean":
        return savedText || t("casePages.autosave.idle");
      case "pending":
        return t("casePages.autosave.pending");
      case "saving":
        return t("casePages.autosave.saving");
      default:
        return "";
    }
  })();
  const problem = status.kind === "failed" || status.kind === "conflict" || status.kind === "locked";
  return (
    <div className={problem ? "autosave-bar autosave-problem" : "autosave-bar"}>
      {visible !== "" && <p className="autosave-state">{visible}</p>}
      <p role="status" className="visually-hidden">
        {status.kind === "clean" ? savedText : ""}
      </p>
      <div role="alert" className="autosave-alert">
        {status.kind === "failed" && (
          <p>
            <span className="alert-message">{t("casePages.autosave.failed")}</span> {status.message}{" "}
            <button type="button" className="button-secondary" onClick={onRetry}>
              {t("casePages.autosave.retry")}
            </button>
          </p>
        )}
        {status.kind === "conflict" && (
          <p>
            <span className="alert-message">{t("casePages.autosave.stopped")}</span>{" "}
            <a href={`#${conflictId}`}>{t("casePages.autosave.toConflict")}</a>
          </p>
        )}
        {status.kind === "locked" && <p className="alert-message">{status.message}</p>}
      </div>
    </div>
  );
}
