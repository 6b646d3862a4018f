import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { AssessmentItem } from "../../api/checklist-types.js";
import { formatDateTime } from "../cases/case-format.js";
import { type CaseOption, linkText } from "./evidence-links.js";
import type { ItemDraft } from "./item-state.js";
import { ScoreValue } from "./score-value.js";

interface ItemConflictProps {
  readonly id: string;
  readonly itemNo: number;
  readonly message: string;
  readonly newer: AssessmentItem | null;
  readonly mine: ItemDraft;
  readonly cases: readonly CaseOption[];
  readonly onTakeNewer: () => void;
  readonly onKeepMine: () => void;
  readonly onRetryFetch: () => void;
}

/**
 * Somebody else saved this item after it was opened here. Nothing was overwritten: the panel
 * shows the other person's saved value beside the user's own, and the user chooses which one
 * stays. The heading takes focus when the panel appears.
 */
export function ItemConflict({
  id,
  itemNo,
  message,
  newer,
  mine,
  cases,
  onTakeNewer,
  onKeepMine,
  onRetryFetch,
}: ItemConflictProps) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const names = new Map(cases.map((c) => [c.id, c.label]));
  const links = (list: ItemDraft["links"]) =>
    list.length === 0
      ? t("checklistPages.conflict.noLinks")
      : list.map((link) => linkText(link, names, t("checklistPages.links.unknownCase"))).join("; ");
  const text = (value: string) => (value.trim() === "" ? t("checklistPages.conflict.empty") : value);
  return (
    <section className="conflict-panel item-conflict" aria-labelledby={`${id}-heading`} id={id}>
      <h3 id={`${id}-heading`} tabIndex={-1} ref={heading}>
        {t("checklistPages.conflict.heading", { no: itemNo })}
      </h3>
      <div role="alert" className="alert alert-error">
        <p className="alert-message">{message}</p>
      </div>
      {!newer ? (
        <p>
          {t("checklistPages.conflict.fetchFailed")}{" "}
          <button type="button" className="button-secondary" onClick={onRetryFetch}>
            {t("checklistPages.conflict.fetchAgain")}
          </button>
        </p>
      ) : (
        <>
          <div className="table-wrapper scroll-contained">
            <table className="conflict-table">
              <caption>{t("checklistPages.conflict.caption", { no: itemNo })}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">{t("checklistPages.conflict.what")}</span>
                  </th>
                  <th scope="col">
                    {newer.updatedBy
                      ? t("checklistPages.conflict.theirsBy", {
                          name: newer.updatedBy,
                          time: formatDateTime(newer.updatedAt, i18n.language),
                        })
                      : t("checklistPages.conflict.theirs", { time: formatDateTime(newer.updatedAt, i18n.language) })}
                  </th>
                  <th scope="col">{t("checklistPages.conflict.mine")}</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{t("checklistPages.item.score")}</th>
                  <td>
                    <ScoreValue score={newer.score} />
                  </td>
                  <td>
                    <ScoreValue score={mine.score} />
                  </td>
                </tr>
                <tr>
                  <th scope="row">{t("checklistPages.item.comment")}</th>
                  <td className="preserve-lines">{text(newer.comment)}</td>
                  <td className="preserve-lines">{text(mine.comment)}</td>
                </tr>
                <tr>
                  <th scope="row">{t("checklistPages.item.evidence")}</th>
                  <td className="preserve-lines">{text(newer.evidence.text)}</td>
                  <td className="preserve-lines">{text(mine.evidenceText)}</td>
                </tr>
                <tr>
                  <th scope="row">{t("checklistPages.item.links")}</th>
                  <td>{links(newer.evidence.links)}</td>
                  <td>{links(mine.links)}</td>
                </tr>
              </tbody>
            </table>
          </div>
          <p>{t("checklistPages.conflict.choose")}</p>
          <div className="actions">
            <button type="button" onClick={onTakeNewer}>
              {t("checklistPages.conflict.takeNewer")}
            </button>
            <button type="button" className="button-secondary" onClick={onKeepMine}>
              {t("checklistPages.conflict.keepMine")}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
