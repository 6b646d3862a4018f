import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { buttonAfterMove, ItemMoves } from "./item-moves.js";
import { moved, replaced, useFocusAfterRender, useListKeys, without } from "./list-items.js";
import { TextAreaField } from "./text-area-field.js";

interface ProposalFieldProps {
  readonly points: readonly string[];
  /** The reviewer's comment on the section, shown under its heading. */
  readonly comment?: ReactNode;
  readonly onChange: (points: string[]) => void;
  /** The id of the reviewer's comment on the section, read with the heading's first field. */
  readonly commentId?: string | undefined;
}

/** Förslag till beslut: numbered points that can be added, removed and put in order. */
export function ProposalField({ points, onChange, commentId, comment }: ProposalFieldProps) {
  const { t } = useTranslation();
  const keys = useListKeys(points.length);
  const focusLater = useFocusAfterRender();
  const [announcement, setAnnouncement] = useState("");

  const add = () => {
    const key = keys.add();
    onChange([...points, ""]);
    focusLater(`proposal-${key}`);
    setAnnouncement("");
  };
  const remove = (index: number) => {
    // The item before the removed one takes focus; the one after it when the first is removed.
    const next = keys.keys[index - 1] ?? keys.keys[index + 1];
    keys.remove(index);
    onChange(without(points, index));
    focusLater(next ? `proposal-${next}` : "proposal-add");
    setAnnouncement(t("casePages.proposal.removed", { number: index + 1 }));
  };
  const move = (from: number, to: number) => {
    const key = keys.keys[from];
    keys.move(from, to);
    onChange(moved(points, from, to));
    if (key) focusLater(buttonAfterMove("proposal", key, from, to, points.length));
    setAnnouncement(t("casePages.proposal.moved", { from: from + 1, to: to + 1 }));
  };

  return (
    <div className="case-section">
      <h2 id="section-proposal-heading">{t("cases.sections.proposal")}</h2>
      <p className="hint" id="proposal-hint">
        {t("casePages.proposal.hint")}
      </p>
      {comment}
      {points.length === 0 && <p>{t("casePages.proposal.empty")}</p>}
      <ol className="case-item-list">
        {points.map((point, index) => {
          const key = keys.keys[index] ?? String(index);
          return (
            <li key={key} className="case-item">
              <TextAreaField
                id={`proposal-${key}`}
                label={t("casePages.proposal.point", { number: index + 1 })}
                value={point}
                rows={3}
                aria-describedby={index === 0 ? [`proposal-hint`, commentId].filter(Boolean).join(" ") : undefined}
                onValueChange={(text) => onChange(replaced(points, index, text))}
              />
              <ItemMoves
                idPrefix="proposal"
                itemKey={key}
                index={index}
                count={points.length}
                name={t("casePages.proposal.point", { number: index + 1 })}
                onMove={move}
                onRemove={remove}
              />
            </li>
          );
        })}
      </ol>
      <button type="button" className="button-secondary" id="proposal-add" onClick={add}>
        {t("casePages.proposal.add")}
      </button>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </div>
  );
}
