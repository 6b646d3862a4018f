import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AuditFilter } from "../../api/types.js";
import { FormAlert } from "../../components/form-alert.js";
import { SelectField } from "../../components/select-field.js";
import { TextField } from "../../components/text-field.js";
import { type FormProblems, problemsFromChecks } from "../../hooks/form-problems.js";
import { auditActionLabel, auditEntityTypeLabel } from "./audit-labels.js";

export const NO_FILTER: AuditFilter = { entityType: "", action: "", from: "", to: "" };

/** The values the API knows today; an unknown value from the API still shows, untranslated, in the table. */
const ENTITY_TYPES = [
  "organisation",
  "user",
  "membership",
  "body",
  "department",
  "session",
  "case",
  "meeting",
  "decision",
  "network_round",
  "learning_meeting",
  "checklist",
  "assessment",
  "measure",
];
const ACTIONS = [
  "create",
  "update",
  "archive",
  "unarchive",
  "roles_changed",
  "member_added",
  "member_removed",
  "password_changed",
  "login",
  "logout",
  "login_failed",
  "group_created",
  "group_assigned",
  "mentor_added",
  "mentor_updated",
  "mentor_removed",
  "lesson_added",
  "sharing_changed",
  "delete",
  "version_added",
  "item_saved",
];
const FIELDS = ["entityType", "action", "from", "to"];

interface AuditFiltersProps {
  readonly value: AuditFilter;
  readonly onApply: (filter: AuditFilter) => void;
}

/** The audit log's filters, applied with a button; dates are checked to be in order first. */
export function AuditFilters({ value, onApply }: AuditFiltersProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AuditFilter>(value);
  const [problems, setProblems] = useState<FormProblems | null>(null);
  const set = (field: keyof AuditFilter) => (next: string) => setDraft((d) => ({ ...d, [field]: next }));
  const all = { value: "", label: t("ui.audit.all") };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = problemsFromChecks(t("ui.form.errorSummary"), {
      to: draft.from !== "" && draft.to !== "" && draft.from > draft.to && t("ui.audit.invalidRange"),
    });
    setProblems(found);
    if (!found) onApply(draft);
  };

  const reset = () => {
    setDraft(NO_FILTER);
    setProblems(null);
    onApply(NO_FILTER);
  };

  return (
    <form noValidate onSubmit={submit} className="form filters">
      <fieldset>
        <legend>{t("ui.audit.filters")}</legend>
        <FormAlert problems={problems} idPrefix="audit" fields={FIELDS} />
        <div className="filter-grid">
          <SelectField
            id="audit-entityType"
            label={t("ui.audit.entityType")}
            value={draft.entityType}
            options={[all, ...ENTITY_TYPES.map((v) => ({ value: v, label: auditEntityTypeLabel(t, v) }))]}
            onValueChange={set("entityType")}
          />
          <SelectField
            id="audit-action"
            label={t("ui.audit.action")}
            value={draft.action}
            options={[all, ...ACTIONS.map((v) => ({ value: v, label: auditActionLabel(t, v) }))]}
            onValueChange={set("action")}
          />
          <TextField
            id="audit-from"
            label={t("ui.audit.from")}
            hint={t("ui.audit.dateHint")}
            type="date"
            value={draft.from}
            onValueChange={set("from")}
            error={problems?.fields.from}
          />
          <TextField
            id="audit-to"
            label={t("ui.audit.to")}
            hint={t("ui.audit.dateHint")}
            type="date"
            value={draft.to}
            onValueChange={set("to")}
            error={problems?.fields.to}
          />
        </div>
        <div className="actions">
          <button type="submit">{t("ui.audit.apply")}</button>
          <button type="button" className="button-secondary" onClick={reset}>
            {t("ui.audit.reset")}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
