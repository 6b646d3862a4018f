import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { BODY_KINDS, type BodyKind } from "../../../core/index.js";
import { FormAlert } from "../../components/form-alert.js";
import { SelectField } from "../../components/select-field.js";
import { TextField } from "../../components/text-field.js";
import { type FormProblems, problemsFromChecks, problemsFromError } from "../../hooks/form-problems.js";
import type { StructureSection } from "./structure-api.js";

const FIELDS = ["name", "kind"];

/** The API's codes for a name already in use (the section-specific ones, and the general one). */
const DUPLICATE_NAME_CODES = {
  duplicate_name: "name",
  duplicate_body_name: "name",
  duplicate_department_name: "name",
};

interface StructureFormProps {
  readonly section: StructureSection;
  readonly idPrefix: string;
  /** Editing: the visible legend naming what is edited. */
  readonly legend?: string;
  /** Creating: the id of the heading above the form, which names it. */
  readonly labelledBy?: string;
  readonly submitLabel: string;
  readonly initial: { readonly name: string; readonly kind: BodyKind };
  /** Rejects with ApiError when the API refuses; the form shows why. */
  readonly onSubmit: (values: { name: string; kind: BodyKind }) => Promise<void>;
  /** Shown as a cancel button when given (editing); creating has none. Focuses the name field on mount too. */
  readonly onCancel?: () => void;
}

/** Name (and, for bodies, kind) of a body or department, for creating or editing it. */
export function StructureForm({
  section,
  idPrefix,
  legend,
  labelledBy,
  submitLabel,
  initial,
  onSubmit,
  onCancel,
}: StructureFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial.name);
  const [kind, setKind] = useState<BodyKind>(initial.kind);
  const [problems, setProblems] = useState<FormProblems | null>(null);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const editing = onCancel !== undefined;

  useEffect(() => {
    if (editing) nameRef.current?.focus();
  }, [editing]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = problemsFromChecks(t("ui.form.errorSummary"), {
      name: name.trim() === "" && t("ui.form.required", { field: t(`ui.${section}.name`).toLowerCase() }),
    });
    setProblems(found);
    if (found) return;
    setBusy(true);
    try {
      await onSubmit({ name: name.trim(), kind });
      if (!editing) {
        setName("");
        setKind(initial.kind);
      }
    } catch (error) {
      setProblems(problemsFromError(error, DUPLICATE_NAME_CODES));
    } finally {
      setBusy(false);
    }
  };

  const fields = (
    <>
      <FormAlert problems={problems} idPrefix={idPrefix} fields={FIELDS} />
      <TextField
        id={`${idPrefix}-name`}
        label={t(`ui.${section}.name`)}
        required
        autoComplete="off"
        value={name}
        onValueChange={setName}
        error={problems?.fields.name}
        inputRef={nameRef}
      />
      {section === "bodies" && (
        <SelectField
          id={`${idPrefix}-kind`}
          label={t("ui.bodies.kind")}
          value={kind}
          options={BODY_KINDS.map((value) => ({ value, label: t(`bodyKinds.${value}`) }))}
          onValueChange={(value) => setKind(BODY_KINDS.find((k) => k === value) ?? kind)}
          error={problems?.fields.kind}
        />
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? t("ui.saving") : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t("ui.form.cancel")}
          </button>
        )}
      </div>
    </>
  );

  if (legend === undefined) {
    return (
      <form noValidate onSubmit={submit} className="form" aria-labelledby={labelledBy}>
        {fields}
      </form>
    );
  }
  return (
    <form noValidate onSubmit={submit} className="form inline-form">
      <fieldset>
        <legend>{legend}</legend>
        {fields}
      </fieldset>
    </form>
  );
}
