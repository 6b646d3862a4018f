import { useTranslation } from "react-i18next";
import {
  ANALYSIS_DIMENSION_LABELS,
  ANALYSIS_DIMENSIONS,
  type LocalisedText,
  NATIONAL_SUBGOALS,
} from "../../../../core/index.js";
import { FieldMessages, fieldMessageIds } from "../../../components/field-messages.js";

/** A text of the core's data in the interface's language. */
export function useLocalised(): (text: LocalisedText) => string {
  const { i18n } = useTranslation();
  return (text) => (i18n.language === "en" ? text.en : text.sv);
}

interface SubgoalFieldsProps {
  readonly id: string;
  readonly value: readonly number[];
  readonly onValueChange: (value: readonly number[]) => void;
  readonly error?: string | undefined;
}

/**
 * The six national sub-goals as checkboxes; a ticked one shows the questions an analysis
 * touching it should answer, right under it, so they are read in place.
 */
export function SubgoalFields({ id, value, onValueChange, error }: SubgoalFieldsProps) {
  const { t } = useTranslation();
  const text = useLocalised();
  const hint = t("differencePages.analysis.subgoalsHint");
  const { describedBy } = fieldMessageIds(id, hint, error);
  const toggle = (no: number, checked: boolean) =>
    onValueChange(checked ? [...value, no].sort((a, b) => a - b) : value.filter((other) => other !== no));
  return (
    <fieldset id={id} className="checkboxes subgoal-fields" aria-describedby={describedBy}>
      <legend>{t("differencePages.analysis.subgoals")}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      {NATIONAL_SUBGOALS.map((goal) => {
        const checked = value.includes(goal.no);
        return (
          <div key={goal.no} className="subgoal">
            <div className="checkbox">
              <input
                type="checkbox"
                id={`${id}-${goal.no}`}
                checked={checked}
                onChange={(event) => toggle(goal.no, event.target.checked)}
              />
              <label htmlFor={`${id}-${goal.no}`}>
                {t("differencePages.analysis.subgoalName", { no: goal.no, title: text(goal.title) })}
              </label>
            </div>
            {checked && (
              <div className="subgoal-questions">
                <p id={`${id}-${goal.no}-questions`} className="subgoal-questions-heading">
                  {t("differencePages.analysis.questionsFor", { no: goal.no })}
                </p>
                <ul aria-labelledby={`${id}-${goal.no}-questions`}>
                  {goal.questions.map((question) => (
                    <li key={question.sv}>{text(question)}</li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

interface DimensionFieldsProps {
  readonly id: string;
  readonly value: readonly string[];
  readonly onValueChange: (value: readonly string[]) => void;
}

/** The reminder of the other dimensions than sex, ticked for those the analysis took into account. */
export function DimensionFields({ id, value, onValueChange }: DimensionFieldsProps) {
  const { t } = useTranslation();
  const text = useLocalised();
  const hint = t("differencePages.analysis.dimensionsHint");
  const { describedBy } = fieldMessageIds(id, hint, undefined);
  const toggle = (key: string, checked: boolean) =>
    onValueChange(checked ? [...value, key] : value.filter((other) => other !== key));
  return (
    <fieldset id={id} className="checkboxes dimension-fields" aria-describedby={describedBy}>
      <legend>{t("differencePages.analysis.dimensions")}</legend>
      <FieldMessages id={id} hint={hint} />
      {ANALYSIS_DIMENSIONS.map((key) => (
        <div key={key} className="checkbox">
          <input
            type="checkbox"
            id={`${id}-${key}`}
            checked={value.includes(key)}
            onChange={(event) => toggle(key, event.target.checked)}
          />
          <label htmlFor={`${id}-${key}`}>{text(ANALYSIS_DIMENSION_LABELS[key])}</label>
        </div>
      ))}
    </fieldset>
  );
}
