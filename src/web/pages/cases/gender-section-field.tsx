import { type ReactNode, useDeferredValue, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { analyseGenderSection } from "../../../core/analysis/index.js";
import { AnalysisPanel } from "./analysis-panel.js";
import { localeOf } from "./case-format.js";
import { GuidingQuestions } from "./guiding-questions.js";
import { NeutralTerms } from "./neutral-terms.js";
import { TextAreaField } from "./text-area-field.js";

interface GenderSectionFieldProps {
  readonly value: string;
  readonly onChange: (text: string) => void;
  readonly commentId?: string | undefined;
  /** The reviewer's comment on the section, shown under the heading. */
  readonly comment?: ReactNode;
}

/**
 * Beslutsförslagets påverkan avseende jämställdhet: the required section, with the analyser's
 * result beside it (below it on narrow screens), updated as the officer types.
 */
export function GenderSectionField({ value, onChange, commentId, comment }: GenderSectionFieldProps) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const text = useDeferredValue(value);
  const analysis = useMemo(() => analyseGenderSection(text, { locale }), [text, locale]);
  return (
    <div className="case-section gender-section">
      <div className="gender-layout">
        <div className="gender-main">
          <TextAreaField
            id="section-genderImpact"
            heading="h2"
            label={
              <>
                {t("cases.sections.genderImpact")}{" "}
                <span className="required-marker">{t("casePages.editor.required")}</span>
              </>
            }
            hint={t("casePages.gender.hint")}
            value={value}
            rows={14}
            required
            aria-describedby={commentId}
            note={comment}
            onValueChange={onChange}
          />
          <NeutralTerms id="gender-mirror" text={analysis.genderSection.text} terms={analysis.neutralTerms} />
          <GuidingQuestions />
        </div>
        <AnalysisPanel analysis={analysis} idPrefix="gender-analysis" live />
      </div>
    </div>
  );
}
