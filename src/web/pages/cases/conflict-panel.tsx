import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { CaseSectionKey } from "../../../core/index.js";
import { formatDateTime } from "./case-format.js";
import { changedSections, sectionText } from "./section-text.js";
import type { CaseDraft, NewerVersion } from "./use-autosave.js";

interface ConflictPanelProps {
  readonly id: string;
  readonly message: string;
  readonly newer: NewerVersion | null;
  readonly mine: CaseDraft;
  readonly onTakeNewer: () => void;
  readonly onKeepMine: () => void;
  readonly onRetryFetch: () => void;
}

/**
 * Somebody saved the case while the officer was writing. Shows the API's message, then the
 * newer text beside the officer's unsaved text, section by section, so nothing is lost; the
 * officer takes over the newer version (and copies from their own) or, knowingly, saves
 * their own on top.
 */
export function ConflictPanel({ id, message, newer, mine, onTakeNewer, onKeepMine, onRetryFetch }: ConflictPanelProps) {
  const { t, i18n } = useTranslation();
  const differing: CaseSectionKey[] = newer ? changedSections(newer.view.sections, mine.sections) : [];
  const titleDiffers = newer !== null && newer.view.title !== mine.title;
  return (
    <section className="conflict-panel" aria-labelledby={`${id}-heading`} id={id}>
      <h2 id={`${id}-heading`} tabIndex={-1}>
        {t("casePages.conflict.heading")}
      </h2>
      <div role="alert" className="alert alert-error">
        <p className="alert-message">{message}</p>
      </div>
      {!newer && (
        <p>
          {t("casePages.conflict.fetchFailed")}{" "}
          <button type="button" className="button-secondary" onClick={onRetryFetch}>
            {t("casePages.conflict.fetchAgain")}
          </button>
        </p>
      )}
      {newer && (
        <>
          <p>
            {newer.savedByName
              ? t("casePages.conflict.newerBy", {
                  version: newer.view.version,
                  name: newer.savedByName,
                  time: formatDateTime(newer.view.updatedAt, i18n.language),
                })
              : t("casePages.conflict.newer", {
                  version: newer.view.version,
                  time: formatDateTime(newer.view.updatedAt, i18n.language),
                })}
          </p>
          {differing.length === 0 && !titleDiffers && <p>{t("casePages.conflict.noDifference")}</p>}
          {titleDiffers && (
            <SideBySide
              id={`${id}-title`}
              heading={t("casePages.editor.title")}
              newer={newer.view.title}
              mine={mine.title}
            />
          )}
          {differing.map((key) => (
            <SideBySide
              key={key}
              id={`${id}-${key}`}
              heading={t(`cases.sections.${key}`)}
              newer={sectionText(newer.view.sections, key)}
              mine={sectionText(mine.sections, key)}
            />
          ))}
          <p>{t("casePages.conflict.choose")}</p>
          <div className="actions">
            <button type="button" onClick={onTakeNewer}>
              {t("casePages.conflict.takeNewer")}
            </button>
            <button type="button" className="button-secondary" onClick={onKeepMine}>
              {t("casePages.conflict.keepMine")}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

/** The officer's own text after taking over the newer version: read-only, to copy from, until dismissed. */
export function OwnCopyPanel({
  id,
  own,
  current,
  onDismiss,
}: {
  readonly id: string;
  readonly own: CaseDraft;
  readonly current: CaseDraft;
  readonly onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const differing = changedSections(current.sections, own.sections);
  return (
    <section className="conflict-panel" aria-labelledby={`${id}-heading`} id={id}>
      <h2 id={`${id}-heading`} tabIndex={-1} ref={heading}>
        {t("casePages.ownCopy.heading")}
      </h2>
      <p>{t("casePages.ownCopy.intro")}</p>
      {own.title !== current.title && (
        <CopyField
          id={`${id}-title`}
          label={t("casePages.ownCopy.field", { section: t("casePages.editor.title") })}
          text={own.title}
        />
      )}
      {differing.map((key) => (
        <CopyField
          key={key}
          id={`${id}-${key}`}
          label={t("casePages.ownCopy.field", { section: t(`cases.sections.${key}`) })}
          text={sectionText(own.sections, key)}
        />
      ))}
      {differing.length === 0 && own.title === current.title && <p>{t("casePages.ownCopy.same")}</p>}
      <button type="button" className="button-secondary" onClick={onDismiss}>
        {t("casePages.ownCopy.dismiss")}
      </button>
    </section>
  );
}

function SideBySide({
  id,
  heading,
  newer,
  mine,
}: {
  readonly id: string;
  readonly heading: string;
  readonly newer: string;
  readonly mine: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="side-by-side">
      <h3>{heading}</h3>
      <div className="side-by-side-columns">
        <CopyField id={`${id}-newer`} label={t("casePages.conflict.newerText")} text={newer} />
        <CopyField id={`${id}-mine`} label={t("casePages.conflict.myText")} text={mine} />
      </div>
    </div>
  );
}

/** A read-only text to select and copy from (a read-only textarea, so keyboard users can select in it). */
function CopyField({ id, label, text }: { readonly id: string; readonly label: string; readonly text: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        className="case-textarea"
        readOnly
        value={text}
        rows={Math.min(12, Math.max(3, text.split("\n").length + 1))}
      />
    </div>
  );
}
