import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { NATIONAL_SUBGOALS } from "../../../../core/statistics/national-subgoals.js";
import { ApiError } from "../../../api/client.js";
import {
  type IndicatorSummary,
  MEASURE_KINDS,
  type MeasureKind,
  type PlanGoal,
  updateIndicator,
} from "../../../api/statistics-api.js";
import type { Department } from "../../../api/types.js";
import { FormAlert } from "../../../components/form-alert.js";
import { SelectField } from "../../../components/select-field.js";
import { StatusMessage } from "../../../components/status-message.js";
import { TextField } from "../../../components/text-field.js";
import { type FormProblems, problemsFromChecks, problemsFromError } from "../../../hooks/form-problems.js";
import { useFocusProblems } from "../../../hooks/use-focus-problems.js";
import { currentLanguage } from "../../../i18n.js";

const FIELDS = ["name", "description", "unit", "measureKind", "departmentId", "planGoalId", "nationalSubgoals"];

interface IndicatorEditFormProps {
  readonly orgId: string;
  readonly indicator: IndicatorSummary & { readonly description: string };
  readonly lookups: { readonly departments: readonly Department[]; readonly planGoals: readonly PlanGoal[] };
  /** Called with the saved indicator. */
  readonly onSaved: (saved: IndicatorSummary, description: string) => void;
  /** Called when somebody else saved first: the page loads the latest and says so. */
  readonly onStale: () => void;
}

/**
 * Changes an indicator's name, description, unit and measure, and links it to a department, a
 * goal of the strategic plan and the national sub-goals. The save names the version it was
 * made on; when somebody saved in between, nothing changes and the page shows the latest.
 */
export function IndicatorEditForm({ orgId, indicator, lookups, onSaved, onStale }: IndicatorEditFormProps) {
  const { t } = useTranslation();
  const locale = currentLanguage();
  const [name, setName] = useState(indicator.name);
  const [description, setDescription] = useState(indicator.description);
  const [unit, setUnit] = useState(indicator.unit ?? "");
  const [measureKind, setMeasureKind] = useState<MeasureKind>(indicator.measureKind);
  const [departmentId, setDepartmentId] = useState(indicator.departmentId ?? "");
  const [planGoalId, setPlanGoalId] = useState(indicator.planGoalId ?? "");
  const [subgoals, setSubgoals] = useState<readonly number[]>(indicator.nationalSubgoals);
  const [problems, setProblems] = useState<FormProblems | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useFocusProblems(problems, "edit", FIELDS);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const found = problemsFromChecks(t("ui.form.errorSummary"), {
      name: name.trim() === "" && t("statisticsPages.indicator.nameRequired"),
    });
    setProblems(found);
    setSaved(null);
    if (found) return;
    setSaving(true);
    try {
      const answer = await updateIndicator(orgId, indicator.id, {
        version: indicator.version,
        name: name.trim(),
        description: description.trim(),
        unit: unit.trim() === "" ? null : unit.trim(),
        measureKind,
        departmentId: departmentId || null,
        planGoalId: planGoalId || null,
        nationalSubgoals: [...subgoals].sort((a, b) => a - b),
      });
      setSaved(t("statisticsPages.indicator.saved"));
      onSaved(answer, description.trim());
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        onStale();
      } else {
        setProblems(problemsFromError(error));
      }
    } finally {
      setSaving(false);
    }
  };

  const departments = lookups.departments.filter(
    (department) => !department.archived || department.id === indicator.departmentId,
  );
  return (
    <section aria-labelledby="edit-heading" className="statistics-section">
      <h2 id="edit-heading">{t("statisticsPages.indicator.editHeading")}</h2>
      <StatusMessage message={saved} />
      <form
        noValidate
        className="form statistics-form"
        onSubmit={(event) => void submit(event)}
        aria-labelledby="edit-heading"
      >
        <FormAlert problems={problems} idPrefix="edit" fields={FIELDS} />
        <TextField
          id="edit-name"
          label={t("statisticsPages.indicator.name")}
          value={name}
          onValueChange={setName}
          error={problems?.fields.name}
          autoComplete="off"
        />
        <TextField
          id="edit-description"
          label={t("statisticsPages.indicator.description")}
          value={description}
          onValueChange={setDescription}
          error={problems?.fields.description}
          autoComplete="off"
        />
        <SelectField
          id="edit-measureKind"
          label={t("statisticsPages.indicator.measure")}
          value={measureKind}
          options={MEASURE_KINDS.map((kind) => ({
            value: kind,
            label: t(`statisticsPages.common.measureKinds.${kind}`),
          }))}
          onValueChange={(value) => setMeasureKind(value as MeasureKind)}
          error={problems?.fields.measureKind}
        />
        <TextField
          id="edit-unit"
          label={t("statisticsPages.indicator.unit")}
          hint={t("statisticsPages.import.unitHint")}
          value={unit}
          onValueChange={setUnit}
          error={problems?.fields.unit}
          autoComplete="off"
        />
        <SelectField
          id="edit-departmentId"
          label={t("statisticsPages.indicator.department")}
          value={departmentId}
          options={[
            { value: "", label: t("statisticsPages.indicator.noDepartment") },
            ...departments.map((department) => ({ value: department.id, label: department.name })),
          ]}
          onValueChange={setDepartmentId}
          error={problems?.fields.departmentId}
        />
        <SelectField
          id="edit-planGoalId"
          label={t("statisticsPages.indicator.planGoal")}
          value={planGoalId}
          options={[
            { value: "", label: t("statisticsPages.indicator.noPlanGoal") },
            ...lookups.planGoals.map((goal) => ({ value: goal.id, label: goal.title })),
          ]}
          onValueChange={setPlanGoalId}
          error={problems?.fields.planGoalId}
        />
        <fieldset id="edit-nationalSubgoals" className="checkboxes">
          <legend>{t("statisticsPages.indicator.subgoalsLegend")}</legend>
          {NATIONAL_SUBGOALS.map((subgoal) => (
            <div className="checkbox" key={subgoal.no}>
              <input
                type="checkbox"
                id={`edit-subgoal-${subgoal.no}`}
                checked={subgoals.includes(subgoal.no)}
                onChange={(event) =>
                  setSubgoals(
                    event.target.checked ? [...subgoals, subgoal.no] : subgoals.filter((no) => no !== subgoal.no),
                  )
                }
              />
              <label htmlFor={`edit-subgoal-${subgoal.no}`}>
                {subgoal.no}. {subgoal.title[locale]}
              </label>
            </div>
          ))}
        </fieldset>
        <div className="actions">
          <button type="submit" aria-disabled={saving || undefined}>
            {saving ? t("statisticsPages.indicator.saving") : t("statisticsPages.indicator.save")}
          </button>
        </div>
      </form>
    </section>
  );
}
