import type { TFunction } from "i18next";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type ChecklistDefinition, MAX_SCALE_POINTS, scalePoints } from "../../../core/index.js";
import { ApiError } from "../../api/client.js";
import { TextField } from "../../components/text-field.js";
import { type FormProblems, problemsFromError } from "../../hooks/form-problems.js";
import { parseDecimal, useScoreFormats } from "./checklist-format.js";
import {
  type AnchorRow,
  type DefinitionDraft,
  draftFields,
  type ItemRow,
  parseDraft,
  rowKey,
  sameDraftContent,
} from "./definition-draft.js";
import { useLeaveGuard } from "./leave-guard.js";
import { ProblemSummary } from "./problem-summary.js";

interface DefinitionFormProps {
  readonly idPrefix: string;
  readonly heading: string;
  readonly intro: string;
  readonly initial: DefinitionDraft;
  readonly submitLabel: string;
  /** Saves the definition; rejects with ApiError when the API refuses it. */
  readonly onSubmit: (definition: ChecklistDefinition) => Promise<void>;
  /**
   * Offered when the API says the version is in use (409 checklist_in_use): saves the same
   * definition as a new version instead.
   */
  readonly onCreateVersion?: ((definition: ChecklistDefinition) => Promise<void>) | undefined;
  readonly onCancel: () => void;
}

/**
 * A checklist as data: its name in Swedish and English, the scale (lowest, highest, step), the
 * anchor texts that explain points of the scale, and the items in order. Checked with the same
 * rules as the API before it is sent.
 */
export function DefinitionForm({
  idPrefix,
  heading,
  intro,
  initial,
  submitLabel,
  onSubmit,
  onCreateVersion,
  onCancel,
}: DefinitionFormProps) {
  const { t } = useTranslation();
  const formats = useScoreFormats();
  const [start] = useState(initial);
  const [draft, setDraft] = useState(initial);
  const leaveGuard = useLeaveGuard(!sameDraftContent(draft, start), t("checklistPages.leave.definition"));
  const [problems, setProblems] = useState<FormProblems | null>(null);
  const [inUse, setInUse] = useState<ChecklistDefinition | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusId, setFocusId] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const id = (field: string) => `${idPrefix}-${field}`;

  useEffect(() => headingRef.current?.focus(), []);
  // After a row is added or removed, focus goes to the new row or to the add button (after the render).
  useEffect(() => {
    if (focusId === null) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  const set = (change: Partial<DefinitionDraft>) => setDraft((d) => ({ ...d, ...change }));
  const setAnchor = (key: number, change: Partial<AnchorRow>) =>
    setDraft((d) => ({ ...d, anchors: d.anchors.map((row) => (row.key === key ? { ...row, ...change } : row)) }));
  const setItem = (key: number, change: Partial<ItemRow>) =>
    setDraft((d) => ({ ...d, items: d.items.map((row) => (row.key === key ? { ...row, ...change } : row)) }));

  const preview = scalePreview(draft, t, formats.score);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setInUse(null);
    // Blank rows are left out of what is sent but stay on the page, in case the user wanted them.
    const parsed = parseDraft(draft, t);
    if (parsed.kind === "problems") {
      setProblems(parsed.problems);
      return;
    }
    setProblems(null);
    setBusy(true);
    try {
      await onSubmit(parsed.definition);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.code === "checklist_in_use" && onCreateVersion) {
        setInUse(parsed.definition);
      }
      setProblems(problemsFromError(error));
      setBusy(false);
    }
  };

  const createVersion = async () => {
    if (!inUse || !onCreateVersion) return;
    setBusy(true);
    try {
      await onCreateVersion(inUse);
    } catch (error) {
      setProblems(problemsFromError(error));
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      className="form definition-form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby={id("heading")}
    >
      <h2 id={id("heading")} tabIndex={-1} ref={headingRef}>
        {heading}
      </h2>
      <p>{intro}</p>
      <ProblemSummary problems={problems} idPrefix={idPrefix} fields={draftFields(draft)} />
      {inUse && onCreateVersion && (
        <div className="in-use-offer">
          <p>{t("checklistPages.definitions.inUseOffer")}</p>
          <button type="button" onClick={() => void createVersion()} disabled={busy}>
            {t("checklistPages.definitions.createVersion")}
          </button>
        </div>
      )}
      <fieldset>
        <legend>{t("checklistPages.definitions.name")}</legend>
        <TextField
          id={id("nameSv")}
          label={t("checklistPages.definitions.nameSv")}
          autoComplete="off"
          required
          value={draft.nameSv}
          onValueChange={(nameSv) => set({ nameSv })}
          error={problems?.fields.nameSv}
        />
        <TextField
          id={id("nameEn")}
          label={t("checklistPages.definitions.nameEn")}
          hint={t("checklistPages.definitions.englishHint")}
          autoComplete="off"
          lang="en"
          value={draft.nameEn}
          onValueChange={(nameEn) => set({ nameEn })}
          error={problems?.fields.nameEn}
        />
      </fieldset>
      <fieldset aria-describedby={`${id("scale-hint")} ${id("scale-preview")}`}>
        <legend>{t("checklistPages.definitions.scale")}</legend>
        <div className="scale-grid">
          <TextField
            id={id("scaleMin")}
            label={t("checklistPages.definitions.min")}
            inputMode="decimal"
            autoComplete="off"
            required
            value={draft.min}
            onValueChange={(min) => set({ min })}
            error={problems?.fields.scaleMin}
          />
          <TextField
            id={id("scaleMax")}
            label={t("checklistPages.definitions.max")}
            inputMode="decimal"
            autoComplete="off"
            required
            value={draft.max}
            onValueChange={(max) => set({ max })}
            error={problems?.fields.scaleMax}
          />
          <TextField
            id={id("scaleStep")}
            label={t("checklistPages.definitions.step")}
            inputMode="decimal"
            autoComplete="off"
            required
            value={draft.step}
            onValueChange={(step) => set({ step })}
            error={problems?.fields.scaleStep}
          />
        </div>
        {/* Under the three fields, not above the step's own input, so that the inputs stand in line. */}
        <p id={id("scale-hint")} className="hint">
          {t("checklistPages.definitions.stepHint")}
        </p>
        <p id={id("scale-preview")} className="hint" aria-live="polite">
          {preview}
        </p>
      </fieldset>
      <fieldset id={id("anchors")} className="definition-rows">
        <legend>{t("checklistPages.definitions.anchors")}</legend>
        <p className="hint">{t("checklistPages.definitions.anchorsHint")}</p>
        {problems?.fields.anchors && <p className="field-error">{problems.fields.anchors}</p>}
        <ol className="definition-list">
          {draft.anchors.map((row, index) => (
            <li key={row.key} className="definition-row anchor-row">
              <TextField
                id={id(`anchor${index}value`)}
                label={t("checklistPages.definitions.anchorValue", { n: index + 1 })}
                inputMode="decimal"
                autoComplete="off"
                value={row.value}
                onValueChange={(value) => setAnchor(row.key, { value })}
                error={problems?.fields[`anchor${index}value`]}
              />
              <TextField
                id={id(`anchor${index}sv`)}
                label={t("checklistPages.definitions.anchorSv", { n: index + 1 })}
                autoComplete="off"
                value={row.sv}
                onValueChange={(sv) => setAnchor(row.key, { sv })}
                error={problems?.fields[`anchor${index}sv`]}
              />
              <TextField
                id={id(`anchor${index}en`)}
                label={t("checklistPages.definitions.anchorEn", { n: index + 1 })}
                autoComplete="off"
                lang="en"
                value={row.en}
                onValueChange={(en) => setAnchor(row.key, { en })}
              />
              <button
                type="button"
                className="button-link"
                onClick={() => {
                  set({ anchors: draft.anchors.filter((a) => a.key !== row.key) });
                  setFocusId(id("add-anchor"));
                }}
              >
                {t("checklistPages.definitions.removeAnchor", { n: index + 1 })}
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          id={id("add-anchor")}
          className="button-secondary"
          onClick={() => {
            set({ anchors: [...draft.anchors, { key: rowKey(), value: "", sv: "", en: "" }] });
            setFocusId(id(`anchor${draft.anchors.length}value`));
          }}
        >
          {t("checklistPages.definitions.addAnchor")}
        </button>
      </fieldset>
      <fieldset id={id("items")} className="definition-rows">
        <legend>{t("checklistPages.definitions.items")}</legend>
        <p className="hint">{t("checklistPages.definitions.itemsHint")}</p>
        {problems?.fields.items && <p className="field-error">{problems.fields.items}</p>}
        <ol className="definition-list">
          {draft.items.map((row, index) => (
            <li key={row.key} className="definition-row item-row">
              <TextField
                id={id(`item${index + 1}sv`)}
                label={t("checklistPages.definitions.itemSv", { no: index + 1 })}
                autoComplete="off"
                value={row.sv}
                onValueChange={(sv) => setItem(row.key, { sv })}
                error={problems?.fields[`item${index + 1}sv`]}
              />
              <TextField
                id={id(`item${index + 1}en`)}
                label={t("checklistPages.definitions.itemEn", { no: index + 1 })}
                autoComplete="off"
                lang="en"
                value={row.en}
                onValueChange={(en) => setItem(row.key, { en })}
              />
              <button
                type="button"
                className="button-link"
                onClick={() => {
                  set({ items: draft.items.filter((i) => i.key !== row.key) });
                  setFocusId(id("add-item"));
                }}
              >
                {t("checklistPages.definitions.removeItem", { no: index + 1 })}
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          id={id("add-item")}
          className="button-secondary"
          onClick={() => {
            set({ items: [...draft.items, { key: rowKey(), sv: "", en: "" }] });
            setFocusId(id(`item${draft.items.length + 1}sv`));
          }}
        >
          {t("checklistPages.definitions.addItem")}
        </button>
      </fieldset>
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? t("ui.saving") : submitLabel}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t("ui.form.cancel")}
        </button>
      </div>
      {leaveGuard.dialog}
    </form>
  );
}

/**
 * What the scale as typed gives, said under its fields while the user types: its points, or
 * what is still wrong (a missing number, a range the wrong way round, a step that does not
 * divide the range or gives too many points).
 */
function scalePreview(draft: DefinitionDraft, t: TFunction, score: (value: number) => string): string {
  const min = parseDecimal(draft.min);
  const max = parseDecimal(draft.max);
  const step = parseDecimal(draft.step);
  if ([draft.min, draft.max, draft.step].some((text) => text.trim() === "")) {
    return t("checklistPages.definitions.noPoints");
  }
  if (min === null || max === null || step === null) return t("checklistPages.definitions.previewNotNumbers");
  if (min >= max) return t("checklistPages.definitions.previewRange");
  if (!(step > 0)) return t("checklistPages.definitions.previewStepPositive");
  const steps = (max - min) / step;
  if (Math.abs(steps - Math.round(steps)) >= 1e-9) {
    return t("checklistPages.definitions.previewStepDivides", {
      step: score(step),
      min: score(min),
      max: score(max),
    });
  }
  if (Math.round(steps) + 1 > MAX_SCALE_POINTS) {
    return t("checklistPages.definitions.previewTooMany", { step: score(step), points: MAX_SCALE_POINTS });
  }
  const points = scalePoints({ min, max, step });
  return t("checklistPages.definitions.points", {
    count: points.length,
    points: points.map(score).join(", "),
  });
}
