import { type ReactNode, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { analyseGenderSection } from "../../../core/analysis/index.js";
import type { CaseSectionKey, CaseSections } from "../../../core/index.js";
import type { SectionComments } from "../../api/case-types.js";
import { AnalysisPanel } from "./analysis-panel.js";
import { localeOf } from "./case-format.js";
import { MarkedText, NeutralTermCounts } from "./neutral-terms.js";
import { SectionComment } from "./section-comment.js";

interface CaseSectionsViewProps {
  readonly sections: CaseSections;
  /** The latest review's comments, shown at their sections. */
  readonly comments: SectionComments;
}

/** The case read-only, in template order, with the analyser's result beside the gender section. */
export function CaseSectionsView({ sections, comments }: CaseSectionsViewProps) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const analysis = useMemo(
    () => analyseGenderSection(sections.genderImpact, { locale }),
    [sections.genderImpact, locale],
  );
  const section = (key: CaseSectionKey, content: ReactNode, empty: boolean) => (
    <div className="case-section" key={key}>
      <h2 id={`section-${key}-heading`}>{t(`cases.sections.${key}`)}</h2>
      <SectionComment sectionKey={key} comment={comments[key]} />
      {empty ? <p className="not-filled">{t("casePages.view.notFilledIn")}</p> : content}
    </div>
  );
  return (
    <div className="case-sections">
      {section(
        "proposal",
        <ol className="proposal-points">
          {sections.proposal.map((point, index) => (
            <li key={index} className="case-lines">
              {point}
            </li>
          ))}
        </ol>,
        sections.proposal.length === 0,
      )}
      {section("statement", <Text text={sections.statement} />, !sections.statement.trim())}
      {section("summary", <Text text={sections.summary} />, !sections.summary.trim())}
      {section(
        "matter",
        sections.matter.map((part, index) => (
          <div key={index}>
            {part.heading.trim() && <h3>{part.heading}</h3>}
            <Text text={part.text} />
          </div>
        )),
        sections.matter.length === 0,
      )}
      <div className="case-section gender-section">
        <div className="gender-layout">
          <div className="gender-main">
            <h2 id="section-genderImpact-heading">{t("cases.sections.genderImpact")}</h2>
            <SectionComment sectionKey="genderImpact" comment={comments.genderImpact} />
            {sections.genderImpact.trim() ? (
              <>
                <p className="case-lines case-marked" id="view-gender-text">
                  <MarkedText text={analysis.genderSection.text} terms={analysis.neutralTerms} />
                </p>
                {analysis.neutralTerms.length > 0 && (
                  <div className="neutral-terms">
                    <h3>{t("casePages.neutral.heading")}</h3>
                    <NeutralTermCounts text={analysis.genderSection.text} terms={analysis.neutralTerms} />
                  </div>
                )}
              </>
            ) : (
              <p className="not-filled">{t("casePages.view.genderMissing")}</p>
            )}
          </div>
          <AnalysisPanel analysis={analysis} idPrefix="view-analysis" />
        </div>
      </div>
      {section("basis", <Text text={sections.basis} />, !sections.basis.trim())}
      {section("attachments", <Text text={sections.attachments} />, !sections.attachments.trim())}
      {section(
        "recipients",
        <ul>
          {sections.recipients.map((recipient, index) => (
            <li key={index}>{recipient}</li>
          ))}
        </ul>,
        sections.recipients.length === 0,
      )}
    </div>
  );
}

/** Text with its line breaks; blank lines separate paragraphs. */
function Text({ text }: { readonly text: string }) {
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== "");
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index} className="case-lines">
          {paragraph}
        </p>
      ))}
    </>
  );
}
