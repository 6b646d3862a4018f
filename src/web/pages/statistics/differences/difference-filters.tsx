import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { DIFFERENCE_STATUSES, type DifferenceFilter } from "../../../api/difference-api.js";
import type { IndicatorSummary } from "../../../api/statistics-api.js";
import type { Department } from "../../../api/types.js";
import { SelectField } from "../../../components/select-field.js";

/** The list's selection, kept in the URL in Swedish like the paths: ?period=2025&avdelning=…&status=…&indikator=… */
export const FILTER_PARAMS = {
  period: "period",
  departmentId: "avdelning",
  status: "status",
  indicatorId: "indikator",
} as const;

export const NO_FILTER: DifferenceFilter = { period: "", departmentId: "", status: "", indicatorId: "" };

export function filterFromSearch(params: URLSearchParams): DifferenceFilter {
  const status = params.get(FILTER_PARAMS.status) ?? "";
  return {
    period: params.get(FILTER_PARAMS.period) ?? "",
    departmentId: params.get(FILTER_PARAMS.departmentId) ?? "",
    status: (DIFFERENCE_STATUSES as readonly string[]).includes(status) ? status : "",
    indicatorId: params.get(FILTER_PARAMS.indicatorId) ?? "",
  };
}

export function searchFromFilter(filter: DifferenceFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.period !== "") params.set(FILTER_PARAMS.period, filter.period);
  if (filter.departmentId !== "") params.set(FILTER_PARAMS.departmentId, filter.departmentId);
  if (filter.status !== "") params.set(FILTER_PARAMS.status, filter.status);
  if ((filter.indicatorId ?? "") !== "") params.set(FILTER_PARAMS.indicatorId, filter.indicatorId ?? "");
  return params;
}

const same = (a: DifferenceFilter, b: DifferenceFilter) =>
  a.period === b.period &&
  a.departmentId === b.departmentId &&
  a.status === b.status &&
  (a.indicatorId ?? "") === (b.indicatorId ?? "");

interface DifferenceFiltersProps {
  readonly value: DifferenceFilter;
  readonly periods: readonly string[];
  readonly departments: readonly Department[];
  /** The indicators to choose among; one asked for in the URL but not among them is added with this name. */
  readonly indicators: readonly Pick<IndicatorSummary, "id" | "name">[];
  readonly onApply: (filter: DifferenceFilter) => void;
}

/** Period, department, status and indicator, applied with a button (nothing changes while choosing, WCAG 3.2.2). */
export function DifferenceFilters({ value, periods, departments, indicators, onApply }: DifferenceFiltersProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const [shownFor, setShownFor] = useState(value);
  if (!same(shownFor, value)) {
    // The URL changed (back button, a link): show its selection.
    setShownFor(value);
    setDraft(value);
  }
  const set = (field: keyof DifferenceFilter) => (next: string) => setDraft((d) => ({ ...d, [field]: next }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const reset = () => {
    setDraft(NO_FILTER);
    onApply(NO_FILTER);
  };
  // A period in the URL that no longer has differences stays choosable, so the select never lies.
  const periodOptions = value.period !== "" && !periods.includes(value.period) ? [value.period, ...periods] : periods;
  const asked = value.indicatorId ?? "";
  const indicatorOptions =
    asked !== "" && !indicators.some((indicator) => indicator.id === asked)
      ? [{ id: asked, name: asked }, ...indicators]
      : indicators;
  return (
    <form noValidate onSubmit={submit} className="form filters">
      <fieldset>
        <legend>{t("differencePages.list.filters")}</legend>
        <div className="filter-grid">
          <SelectField
            id="differences-period"
            label={t("differencePages.list.period")}
            value={draft.period}
            options={[
              { value: "", label: t("differencePages.list.allPeriods") },
              ...periodOptions.map((period) => ({ value: period, label: period })),
            ]}
            onValueChange={set("period")}
          />
          <SelectField
            id="differences-department"
            label={t("differencePages.list.department")}
            value={draft.departmentId}
            options={[
              { value: "", label: t("differencePages.list.allDepartments") },
              ...departments.map((department) => ({ value: department.id, label: department.name })),
            ]}
            onValueChange={set("departmentId")}
          />
          <SelectField
            id="differences-status"
            label={t("differencePages.list.status")}
            value={draft.status}
            options={[
              { value: "", label: t("differencePages.list.allStatuses") },
              ...DIFFERENCE_STATUSES.map((status) => ({
                value: status,
                label: t(`differencePages.statuses.${status}`),
              })),
            ]}
            onValueChange={set("status")}
          />
          <SelectField
            id="differences-indicator"
            label={t("differencePages.list.indicator")}
            value={draft.indicatorId ?? ""}
            options={[
              { value: "", label: t("differencePages.list.allIndicators") },
              ...indicatorOptions.map((indicator) => ({ value: indicator.id, label: indicator.name })),
            ]}
            onValueChange={set("indicatorId")}
          />
        </div>
        <div className="actions">
          <button type="submit">{t("differencePages.list.apply")}</button>
          <button type="button" className="button-secondary" onClick={reset}>
            {t("differencePages.list.reset")}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
