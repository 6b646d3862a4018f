import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { ChecklistSummary } from "../../api/checklist-types.js";
import { useScoreFormats } from "./checklist-format.js";

/** A checklist's latest version to read: name, scale and anchors, items; built-in ones cannot be changed. */
export function DefinitionDetails({
  checklist,
  onClose,
}: {
  readonly checklist: ChecklistSummary;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const formats = useScoreFormats();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { definition, version } = checklist.latest;
  return (
    <section className="definition-details" aria-labelledby="definition-details-heading">
      <h2 id="definition-details-heading" tabIndex={-1} ref={heading}>
        {t("checklistPages.common.checklistVersion", { name: formats.text(definition.name), version })}
      </h2>
      {checklist.builtIn && <p>{t("checklistPages.definitions.builtInText")}</p>}
      <h3>{t("checklistPages.definitions.scale")}</h3>
      <p>
        {t("checklistPages.scale.range", {
          min: formats.score(definition.scale.min),
          max: formats.score(definition.scale.max),
          step: formats.score(definition.scale.step),
        })}
      </p>
      {definition.anchors.length > 0 && (
        <dl className="scale-anchors">
          {definition.anchors.map((anchor) => (
            <div key={anchor.value}>
              <dt>{formats.score(anchor.value)}</dt>
              <dd>{formats.text(anchor.text)}</dd>
            </div>
          ))}
        </dl>
      )}
      <h3>{t("checklistPages.definitions.items")}</h3>
      <ol className="definition-items">
        {definition.items.map((item) => (
          <li key={item.no}>{formats.text(item.text)}</li>
        ))}
      </ol>
      <button type="button" className="button-secondary" onClick={onClose}>
        {t("checklistPages.definitions.close")}
      </button>
    </section>
  );
}
