import { useTranslation } from "react-i18next";
import { type ChecklistDefinition, type ItemScore, scalePoints } from "../../../core/index.js";
import { FieldMessages, fieldMessageIds } from "../../components/field-messages.js";
import { useScoreFormats } from "./checklist-format.js";

interface ScoreRadiosProps {
  /** The fieldset's id; the radios get `${id}-0`, `${id}-1`, … and `${id}-unscored`. */
  readonly id: string;
  readonly legend: string;
  readonly definition: ChecklistDefinition;
  readonly value: ItemScore;
  readonly onValueChange: (score: ItemScore) => void;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
}

/**
 * One radio per point of the checklist's scale, from the lowest, each with its anchor text
 * when it has one ("1 Ej påbörjat / finns inte"), and "Ej bedömd" last: leaving an item
 * unscored is a choice of its own, never the same as the lowest score.
 */
export function ScoreRadios({ id, legend, definition, value, onValueChange, hint, error }: ScoreRadiosProps) {
  const { t } = useTranslation();
  const formats = useScoreFormats();
  const { describedBy } = fieldMessageIds(id, hint, error);
  const anchors = new Map(definition.anchors.map((anchor) => [anchor.value, formats.text(anchor.text)]));
  const classes = ["radios", "score-radios", error ? "field-invalid" : undefined].filter(Boolean).join(" ");
  return (
    <fieldset id={id} className={classes} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className="score-options">
        {scalePoints(definition.scale).map((point, index) => {
          const anchor = anchors.get(point);
          return (
            <div className={anchor ? "radio score-option score-anchored" : "radio score-option"} key={point}>
              <input
                type="radio"
                id={`${id}-${index}`}
                name={id}
                checked={value === point}
                onChange={() => onValueChange(point)}
              />
              <label htmlFor={`${id}-${index}`}>
                <span className="score-point">{formats.score(point)}</span>
                {anchor && <span className="score-anchor"> {anchor}</span>}
              </label>
            </div>
          );
        })}
        <div className="radio score-option score-unscored">
          <input
            type="radio"
            id={`${id}-unscored`}
            name={id}
            checked={value === null}
            onChange={() => onValueChange(null)}
          />
          <label htmlFor={`${id}-unscored`}>{t("checklistPages.common.unscored")}</label>
        </div>
      </div>
    </fieldset>
  );
}
