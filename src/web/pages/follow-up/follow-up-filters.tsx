import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { PERIOD_GRANULARITIES, type PeriodGranularity } from "../../../core/index.js";
import type { FollowUpQuery } from "../../api/decision-api.js";
import type { Body, Department } from "../../api/types.js";
import { FormAlert } from "../../components/form-alert.js";
import { SelectField } from "../../components/select-field.js";
import { TextField } from "../../components/text-field.js";
import { type FormProblems, problemsFromChecks } from "../../hooks/form-problems.js";
import { RadioGroup } from "../meetings/radio-group.js";
import { NO_SELECTION, sameQuery } from "./follow-up-query.js";

const FIELDS = ["granularity", "from", "to", "bodyId", "departmentId"];

interface FollowUpFiltersProps {
  /** The selection shown now (from the URL). */
  readonly value: FollowUpQuery;
  readonly bodies: readonly Body[];
  readonly departments: readonly Department[];
  readonly onApply: (query: FollowUpQuery) => void;
}

/** Period granularity, dates, body and department, applied with a button (nothing changes while choosing). */
export function FollowUpFilters({ value, bodies, departments, onApply }: FollowUpFiltersProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const [shownFor, setShownFor] = useState(value);
  const [problems, setProblems] = useState<FormProblems | null>(null);
  if (!sameQuery(shownFor, value)) {
    // The URL changed (back button, a link): show its selection.
    setShownFor(value);
    setDraft(value);
  }
  const set = (field: keyof FollowUpQuery) => (next: string) => setDraft((d) => ({ ...d, [field]: next }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = problemsFromChecks(t("ui.form.errorSummary"), {
      to: draft.from !== "" && draft.to !== "" && draft.from > draft.to && t("decisionPages.followUp.invalidRange"),
    });
    setProblems(found);
    if (!found) onApply(draft);
  };

  const reset = () => {
    setDraft(NO_SELECTION);
    setProblems(null);
    onApply(NO_SELECTION);
  };

  return (
    <form noValidate onSubmit={submit} className="form filters">
      <fieldset>
        <legend>{t("decisionPages.followUp.filters")}</legend>
        <FormAlert problems={problems} idPrefix="follow-up" fields={FIELDS} />
        <RadioGroup<PeriodGranularity>
          id="follow-up-granularity"
          className="inline-radios"
          legend={t("decisionPages.followUp.granularity")}
          options={PERIOD_GRANULARITIES.map((g) => ({
            value: g,
            label: t(`decisionPages.followUp.granularities.${g}`),
          }))}
          value={draft.granularity}
          onValueChange={set("granularity")}
        />
        <div className="filter-grid">
          <TextField
            id="follow-up-from"
            type="date"
            label={t("decisionPages.followUp.from")}
            hint={t("decisionPages.common.dateHint")}
            value={draft.from}
            onValueChange={set("from")}
            error={problems?.fields.from}
          />
          <TextField
            id="follow-up-to"
            type="date"
            label={t("decisionPages.followUp.to")}
            hint={t("decisionPages.common.dateHint")}
            value={draft.to}
            onValueChange={set("to")}
            error={problems?.fields.to}
          />
          <SelectField
            id="follow-up-bodyId"
            label={t("decisionPages.followUp.body")}
            value={draft.bodyId}
            options={[
              { value: "", label: t("decisionPages.followUp.allBodies") },
              ...bodies.map((body) => ({ value: body.id, label: body.name })),
            ]}
            onValueChange={set("bodyId")}
          />
          <SelectField
            id="follow-up-departmentId"
            label={t("decisionPages.followUp.department")}
            value={draft.departmentId}
            options={[
              { value: "", label: t("decisionPages.followUp.allDepartments") },
              ...departments.map((department) => ({ value: department.id, label: department.name })),
            ]}
            onValueChange={set("departmentId")}
          />
        </div>
        <div className="actions">
          <button type="submit">{t("decisionPages.followUp.apply")}</button>
          <button type="button" className="button-secondary" onClick={reset}>
            {t("decisionPages.followUp.reset")}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
