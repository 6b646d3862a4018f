import { diffWords } from "diff";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { CASE_SECTION_KEYS } from "../../../core/index.js";
import type { VersionDetail } from "../../api/case-types.js";
import { sectionText } from "./section-text.js";

/** What changed between two versions, section by section: inserted words in <ins>, deleted in <del>. */
export function VersionDiff({ from, to }: { readonly from: VersionDetail; readonly to: VersionDetail }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const parts = [
    { key: "title", name: t("casePages.editor.title"), before: from.title, after: to.title },
    ...CASE_SECTION_KEYS.map((key) => ({
      key,
      name: t(`cases.sections.${key}`),
      before: sectionText(from.sections, key),
      after: sectionText(to.sections, key),
    })),
  ];
  const changed = parts.filter((part) => part.before !== part.after);
  const unchanged = parts.filter((part) => part.before === part.after);
  return (
    <section className="version-diff" aria-labelledby="version-diff-heading">
      <h3 id="version-diff-heading" tabIndex={-1} ref={heading}>
        {t("casePages.versions.diffHeading", { from: from.version, to: to.version })}
      </h3>
      <p className="hint">{t("casePages.versions.diffLegend")}</p>
      {changed.length === 0 && <p>{t("casePages.versions.noChanges")}</p>}
      {changed.map((part) => (
        <div key={part.key} className="diff-part">
          <h4>{part.name}</h4>
          <p className="diff-text">
            {diffWords(part.before, part.after).map((change, index) =>
              change.added ? (
                <ins key={index}>
                  <span className="visually-hidden">{t("casePages.versions.insertedStart")}</span>
                  {change.value}
                  <span className="visually-hidden">{t("casePages.versions.insertedEnd")}</span>
                </ins>
              ) : change.removed ? (
                <del key={index}>
                  <span className="visually-hidden">{t("casePages.versions.deletedStart")}</span>
                  {change.value}
                  <span className="visually-hidden">{t("casePages.versions.deletedEnd")}</span>
                </del>
              ) : (
                <span key={index}>{change.value}</span>
              ),
            )}
          </p>
        </div>
      ))}
      {changed.length > 0 && unchanged.length > 0 && (
        <p>{t("casePages.versions.unchanged", { sections: unchanged.map((part) => part.name).join(", ") })}</p>
      )}
    </section>
  );
}
