import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { CaseSections } from "../../../core/index.js";
import type { CaseView, SectionComments } from "../../api/case-types.js";
import { SelectField } from "../../components/select-field.js";
import { TextField } from "../../components/text-field.js";
import { AutosaveStatus } from "./autosave-status.js";
import { activeUnits, type CaseLookups } from "./case-lookups.js";
import { ConflictPanel, OwnCopyPanel } from "./conflict-panel.js";
import { GenderSectionField } from "./gender-section-field.js";
import { MatterField } from "./matter-field.js";
import { ProposalField } from "./proposal-field.js";
import { RecipientsField } from "./recipients-field.js";
import { SectionComment, sectionCommentId } from "./section-comment.js";
import { SubmitPanel } from "./submit-panel.js";
import { TextAreaField } from "./text-area-field.js";
import { useAutosave } from "./use-autosave.js";

const CONFLICT_ID = "save-conflict";

interface CaseEditorProps {
  readonly orgId: string;
  /** The case as loaded; the editor keeps its own text from then on. */
  readonly initial: CaseView;
  readonly lookups: CaseLookups;
  /** The latest review's comments, shown at their sections while the officer fixes them. */
  readonly comments: SectionComments;
  readonly onSaved: (view: CaseView) => void;
  readonly onSubmitted: (view: CaseView) => void;
  /** The case can no longer be changed (somebody submitted it meanwhile): read it again. */
  readonly onReload: () => void;
  readonly onStatus: (message: string) => void;
}

/**
 * The case officer's editor: every section in template order, saved automatically, with the
 * analyser's result beside the gender impact section.
 */
export function CaseEditor({
  orgId,
  initial,
  lookups,
  comments,
  onSaved,
  onSubmitted,
  onReload,
  onStatus,
}: CaseEditorProps) {
  const { t, i18n } = useTranslation();
  const autosave = useAutosave({ orgId, initial, onSaved, onLocked: () => undefined });
  const { draft, status, update } = autosave;
  const setSections = (change: Partial<CaseSections>) =>
    update((current) => ({ ...current, sections: { ...current.sections, ...change } }));
  const commentOf = (key: keyof CaseSections) => (comments[key]?.trim() ? sectionCommentId(key) : undefined);
  const bodies = activeUnits(lookups.bodies, draft.bodyId, i18n.language);
  const departments = activeUnits(lookups.departments, draft.departmentId, i18n.language);

  const takeNewer = () => {
    autosave.takeNewer();
    onStatus(t("casePages.conflict.tookOver"));
  };

  return (
    <>
      {status.kind === "conflict" && (
        <ConflictPanel
          id={CONFLICT_ID}
          message={status.message}
          newer={status.newer}
          mine={draft}
          onTakeNewer={takeNewer}
          onKeepMine={autosave.keepMine}
          onRetryFetch={autosave.retryNewer}
        />
      )}
      {status.kind === "locked" && (
        <div className="alert alert-error">
          <p className="alert-message">{status.message}</p>
          <p>
            <button type="button" className="button-secondary" onClick={onReload}>
              {t("casePages.editor.reload")}
            </button>
          </p>
        </div>
      )}
      {autosave.ownCopy && (
        <OwnCopyPanel id="own-copy" own={autosave.ownCopy} current={draft} onDismiss={autosave.dismissOwnCopy} />
      )}
      <form
        className="case-editor"
        noValidate
        aria-label={t("casePages.editor.formLabel")}
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          void autosave.flush();
        }}
        onBlur={() => void autosave.flush()}
      >
        <p className="hint">{t("casePages.editor.autosaveHint")}</p>
        <fieldset className="case-details">
          <legend>{t("casePages.editor.details")}</legend>
          <TextField
            id="case-title"
            label={t("casePages.editor.title")}
            value={draft.title}
            required
            autoComplete="off"
            className="case-wide-input"
            onValueChange={(title) => update((current) => ({ ...current, title }))}
          />
          <div className="filter-grid">
            <SelectField
              id="case-body"
              label={t("casePages.fields.body")}
              value={draft.bodyId}
              options={bodies.map((body) => ({ value: body.id, label: body.name }))}
              onValueChange={(bodyId) => update((current) => ({ ...current, bodyId }))}
            />
            <SelectField
              id="case-department"
              label={t("casePages.fields.departmentOptional")}
              value={draft.departmentId ?? ""}
              options={[
                { value: "", label: t("casePages.fields.noDepartment") },
                ...departments.map((department) => ({ value: department.id, label: department.name })),
              ]}
              onValueChange={(id) => update((current) => ({ ...current, departmentId: id === "" ? null : id }))}
            />
          </div>
        </fieldset>

        <ProposalField
          points={draft.sections.proposal}
          onChange={(proposal) => setSections({ proposal })}
          commentId={commentOf("proposal")}
          comment={<SectionComment sectionKey="proposal" comment={comments.proposal} />}
        />

        <div className="case-section">
          <TextAreaField
            id="section-statement"
            heading="h2"
            label={
              <>
                {t("cases.sections.statement")}{" "}
                <span className="optional-marker">{t("casePages.editor.optional")}</span>
              </>
            }
            value={draft.sections.statement}
            aria-describedby={commentOf("statement")}
            note={<SectionComment sectionKey="statement" comment={comments.statement} />}
            onValueChange={(statement) => setSections({ statement })}
          />
        </div>

        <div className="case-section">
          <TextAreaField
            id="section-summary"
            heading="h2"
            label={t("cases.sections.summary")}
            value={draft.sections.summary}
            aria-describedby={commentOf("summary")}
            note={<SectionComment sectionKey="summary" comment={comments.summary} />}
            onValueChange={(summary) => setSections({ summary })}
          />
        </div>

        <MatterField
          parts={draft.sections.matter}
          onChange={(matter) => setSections({ matter })}
          comment={<SectionComment sectionKey="matter" comment={comments.matter} />}
        />

        <GenderSectionField
          value={draft.sections.genderImpact}
          onChange={(genderImpact) => setSections({ genderImpact })}
          commentId={commentOf("genderImpact")}
          comment={<SectionComment sectionKey="genderImpact" comment={comments.genderImpact} />}
        />

        <div className="case-section">
          <TextAreaField
            id="section-basis"
            heading="h2"
            label={t("cases.sections.basis")}
            hint={t("casePages.editor.basisHint")}
            value={draft.sections.basis}
            aria-describedby={commentOf("basis")}
            note={<SectionComment sectionKey="basis" comment={comments.basis} />}
            onValueChange={(basis) => setSections({ basis })}
          />
        </div>

        <div className="case-section">
          <TextAreaField
            id="section-attachments"
            heading="h2"
            label={t("cases.sections.attachments")}
            hint={t("casePages.editor.attachmentsHint")}
            value={draft.sections.attachments}
            rows={3}
            aria-describedby={commentOf("attachments")}
            note={<SectionComment sectionKey="attachments" comment={comments.attachments} />}
            onValueChange={(attachments) => setSections({ attachments })}
          />
        </div>

        <RecipientsField
          recipients={draft.sections.recipients}
          onChange={(recipients) => setSections({ recipients })}
          commentId={commentOf("recipients")}
          comment={<SectionComment sectionKey="recipients" comment={comments.recipients} />}
        />

        <AutosaveStatus status={status} onRetry={() => void autosave.flush()} conflictId={CONFLICT_ID} />
      </form>
      <SubmitPanel
        orgId={orgId}
        caseId={initial.id}
        genderSectionWritten={draft.sections.genderImpact.trim() !== ""}
        blocked={status.kind === "conflict" || status.kind === "locked"}
        flush={autosave.flush}
        hasUnsavedChanges={autosave.hasUnsavedChanges}
        onSubmitted={onSubmitted}
      />
    </>
  );
}
