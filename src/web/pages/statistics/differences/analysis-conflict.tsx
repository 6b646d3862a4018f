import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { DifferenceView } from "../../../api/difference-api.js";
import { TableRegion } from "../../../components/table-region.js";
import { formatDateTime } from "../../cases/case-format.js";
import { type AnalysisDraft, draftOf } from "./analysis-draft.js";
import { useLocalisedLists } from "./analysis-view.js";

interface AnalysisConflictProps {
  readonly id: string;
  /** The analysis somebody else saved; null while it is fetched or when fetching failed. */
  readonly newer: DifferenceView | null;
  readonly failed: boolean;
  readonly mine: AnalysisDraft;
  readonly onTakeNewer: (newer: DifferenceView) => void;
  readonly onKeepMine: (newer: DifferenceView) => void;
  readonly onRetryFetch: () => void;
}

/**
 * Somebody else saved the analysis after it was opened here. Nothing was overwritten and the
 * user's text stays in the form: the panel shows the saved analysis beside the user's own, and
 * the user chooses which one stands. The heading takes focus when the panel appears.
 */
export function AnalysisConflict({
  id,
  newer,
  failed,
  mine,
  onTakeNewer,
  onKeepMine,
  onRetryFetch,
}: AnalysisConflictProps) {
  const { t, i18n } = useTranslation();
  const lists = useLocalisedLists();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const text = (value: string) => (value.trim() === "" ? t("differencePages.conflict.empty") : value);
  const theirs = newer ? draftOf(newer.analysis) : null;
  const judgment = (value: AnalysisDraft["judgment"]) =>
    value === "" ? t("differencePages.analysis.notJudged") : t(`differencePages.analysis.judgments.${value}`);
  const rows: readonly [string, (draft: AnalysisDraft) => string][] = [
    [t("differencePages.analysis.problem"), (d) => text(d.problem)],
    [t("differencePages.analysis.goalsAndMethods"), (d) => text(d.goalsAndMethods)],
    [t("differencePages.analysis.explanation"), (d) => text(d.explanation)],
    [t("differencePages.analysis.judgment"), (d) => judgment(d.judgment)],
    [t("differencePages.analysis.judgmentReason"), (d) => text(d.judgmentReason)],
    [t("differencePages.analysis.subgoals"), (d) => text(lists.subgoals(d.subgoals))],
    [t("differencePages.analysis.dimensions"), (d) => text(lists.dimensions(d.dimensionsConsidered))],
  ];
  const savedAt = newer?.analysis.analysedAt ? formatDateTime(newer.analysis.analysedAt, i18n.language) : "";
  return (
    <section className="conflict-panel analysis-conflict" aria-labelledby={`${id}-heading`} id={id}>
      <h3 id={`${id}-heading`} tabIndex={-1} ref={heading}>
        {t("differencePages.conflict.heading")}
      </h3>
      <div role="alert" className="alert alert-error">
        <p className="alert-message">{t("differencePages.conflict.message")}</p>
      </div>
      {failed && (
        <p>
          {t("differencePages.conflict.fetchFailed")}{" "}
          <button type="button" className="button-secondary" onClick={onRetryFetch}>
            {t("differencePages.conflict.fetchAgain")}
          </button>
        </p>
      )}
      {newer && theirs && (
        <>
          <TableRegion labelledBy="analysis-conflict-caption" className="scroll-contained">
            <table className="conflict-table">
              <caption id="analysis-conflict-caption">{t("differencePages.conflict.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("differencePages.conflict.what")}</th>
                  <th scope="col">
                    {newer.analysis.analysedBy
                      ? t("differencePages.conflict.theirsBy", { name: newer.analysis.analysedBy, time: savedAt })
                      : t("differencePages.conflict.theirs", { time: savedAt })}
                  </th>
                  <th scope="col">{t("differencePages.conflict.mine")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(([label, read]) => (
                  <tr key={label}>
                    <th scope="row">{label}</th>
                    <td className="preserve-lines">{read(theirs)}</td>
                    <td className="preserve-lines">{read(mine)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
          <div className="actions">
            <button type="button" className="button-secondary" onClick={() => onTakeNewer(newer)}>
              {t("differencePages.conflict.takeNewer")}
            </button>
            <button type="button" onClick={() => onKeepMine(newer)}>
              {t("differencePages.conflict.keepMine")}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
