import { useTranslation } from "react-i18next";

interface ItemMovesProps {
  /** Buttons get the ids `${idPrefix}-up-${itemKey}`, `-down-` and `-remove-`. */
  readonly idPrefix: string;
  readonly itemKey: string;
  readonly index: number;
  readonly count: number;
  /** What the buttons act on, e.g. "Punkt 2"; part of each button's name. */
  readonly name: string;
  readonly onMove: (from: number, to: number) => void;
  readonly onRemove: (index: number) => void;
}

/** Move up, move down and remove, for one item of an ordered list; each button names its item. */
export function ItemMoves({ idPrefix, itemKey, index, count, name, onMove, onRemove }: ItemMovesProps) {
  const { t } = useTranslation();
  return (
    <div className="case-item-moves">
      <button
        type="button"
        className="button-secondary"
        id={`${idPrefix}-up-${itemKey}`}
        disabled={index === 0}
        onClick={() => onMove(index, index - 1)}
      >
        {t("casePages.items.moveUp")}
        <span className="visually-hidden"> {name}</span>
      </button>
      <button
        type="button"
        className="button-secondary"
        id={`${idPrefix}-down-${itemKey}`}
        disabled={index === count - 1}
        onClick={() => onMove(index, index + 1)}
      >
        {t("casePages.items.moveDown")}
        <span className="visually-hidden"> {name}</span>
      </button>
      <button
        type="button"
        className="button-secondary"
        id={`${idPrefix}-remove-${itemKey}`}
        onClick={() => onRemove(index)}
      >
        {t("casePages.items.remove")}
        <span className="visually-hidden"> {name}</span>
      </button>
    </div>
  );
}

/**
 * The button to focus after moving an item to `to`: the same button again, unless the item
 * now stands at that end of the list (and the button is disabled); then the other one.
 */
export function buttonAfterMove(idPrefix: string, itemKey: string, from: number, to: number, count: number): string {
  const up = to < from;
  const atEnd = up ? to === 0 : to === count - 1;
  const direction = up !== atEnd ? "up" : "down";
  return `${idPrefix}-${direction}-${itemKey}`;
}
