import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { MatterPart } from "../../../core/index.js";
import { TextField } from "../../components/text-field.js";
import { buttonAfterMove, ItemMoves } from "./item-moves.js";
import { moved, replaced, useFocusAfterRender, useListKeys, without } from "./list-items.js";
import { TextAreaField } from "./text-area-field.js";

interface MatterFieldProps {
  readonly parts: readonly MatterPart[];
  /** The reviewer's comment on the section, shown under its heading. */
  readonly comment?: ReactNode;
  readonly onChange: (parts: MatterPart[]) => void;
}

/** Ärendet: parts with free sub-headings (Bakgrund, Genomförda åtgärder …), added, removed and ordered. */
export function MatterField({ parts, onChange, comment }: MatterFieldProps) {
  const { t } = useTranslation();
  const keys = useListKeys(parts.length);
  const focusLater = useFocusAfterRender();
  const [announcement, setAnnouncement] = useState("");

  const add = () => {
    const key = keys.add();
    onChange([...parts, { heading: "", text: "" }]);
    focusLater(`matter-heading-${key}`);
    setAnnouncement("");
  };
  const remove = (index: number) => {
    // The item before the removed one takes focus; the one after it when the first is removed.
    const next = keys.keys[index - 1] ?? keys.keys[index + 1];
    keys.remove(index);
    onChange(without(parts, index));
    focusLater(next ? `matter-heading-${next}` : "matter-add");
    setAnnouncement(t("casePages.matter.removed", { number: index + 1 }));
  };
  const move = (from: number, to: number) => {
    const key = keys.keys[from];
    keys.move(from, to);
    onChange(moved(parts, from, to));
    if (key) focusLater(buttonAfterMove("matter", key, from, to, parts.length));
    setAnnouncement(t("casePages.matter.moved", { from: from + 1, to: to + 1 }));
  };

  return (
    <div className="case-section">
      <h2 id="section-matter-heading">{t("cases.sections.matter")}</h2>
      <p className="hint" id="matter-hint">
        {t("casePages.matter.hint")}
      </p>
      {comment}
      {parts.length === 0 && <p>{t("casePages.matter.empty")}</p>}
      <ol className="case-item-list">
        {parts.map((part, index) => {
          const key = keys.keys[index] ?? String(index);
          const name = t("casePages.matter.part", { number: index + 1 });
          return (
            <li key={key} className="case-item">
              <fieldset>
                <legend>{part.heading.trim() ? `${name}: ${part.heading.trim()}` : name}</legend>
                <TextField
                  id={`matter-heading-${key}`}
                  label={t("casePages.matter.heading")}
                  value={part.heading}
                  autoComplete="off"
                  onValueChange={(heading) => onChange(replaced(parts, index, { ...part, heading }))}
                />
                <TextAreaField
                  id={`matter-text-${key}`}
                  label={t("casePages.matter.text")}
                  value={part.text}
                  rows={6}
                  onValueChange={(text) => onChange(replaced(parts, index, { ...part, text }))}
                />
                <ItemMoves
                  idPrefix="matter"
                  itemKey={key}
                  index={index}
                  count={parts.length}
                  name={name}
                  onMove={move}
                  onRemove={remove}
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button-secondary" id="matter-add" onClick={add}>
        {t("casePages.matter.add")}
      </button>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </div>
  );
}
