import { useTranslation } from "react-i18next";
import type { ChecklistDefinition } from "../../../core/index.js";
import { useScoreFormats } from "./checklist-format.js";

/** What the scale's points mean: its range and step, and each anchor text beside its value. */
export function ScaleExplanation({
  definition,
  headingId,
}: {
  readonly definition: ChecklistDefinition;
  readonly headingId: string;
}) {
  const { t } = useTranslation();
  const formats = useScoreFormats();
  const { min, max, step } = definition.scale;
  return (
    <section aria-labelledby={headingId} className="checklist-scale">
      <h2 id={headingId}>{t("checklistPages.scale.heading")}</h2>
      <p>
        {t("checklistPages.scale.range", {
          min: formats.score(min),
          max: formats.score(max),
          step: formats.score(step),
        })}
      </p>
      {definition.anchors.length > 0 && (
        <dl className="scale-anchors">
          {[...definition.anchors]
            .sort((a, b) => a.value - b.value)
            .map((anchor) => (
              <div key={anchor.value}>
                <dt>{formats.score(anchor.value)}</dt>
                <dd>{formats.text(anchor.text)}</dd>
              </div>
            ))}
        </dl>
      )}
      <p className="hint">{t("checklistPages.scale.between")}</p>
    </section>
  );
}
