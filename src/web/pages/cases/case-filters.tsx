import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { CASE_STATUSES } from "../../../core/index.js";
import type { CaseFilter } from "../../api/case-types.js";
import type { Body } from "../../api/types.js";
import { SelectField } from "../../components/select-field.js";
import { TextField } from "../../components/text-field.js";

const NO_FILTER: CaseFilter = { status: "", bodyId: "", search: "" };

interface CaseFiltersProps {
  readonly value: CaseFilter;
  readonly bodies: readonly Body[];
  readonly onApply: (filter: CaseFilter) => void;
}

/** The list's filters, applied with a button (choosing an option never reloads the list by itself). */
export function CaseFilters({ value, bodies, onApply }: CaseFiltersProps) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<CaseFilter>(value);
  const set = (field: keyof CaseFilter) => (next: string) => setDraft((d) => ({ ...d, [field]: next }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const sortedBodies = [...bodies].sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  return (
    <form noValidate onSubmit={submit} className="form filters" role="search" aria-label={t("casePages.list.filters")}>
      <fieldset>
        <legend>{t("casePages.list.filters")}</legend>
        <div className="filter-grid">
          <TextField
            id="cases-search"
            label={t("casePages.list.search")}
            hint={t("casePages.list.searchHint")}
            type="search"
            value={draft.search}
            onValueChange={set("search")}
          />
          <SelectField
            id="cases-status"
            label={t("casePages.fields.status")}
            value={draft.status}
            options={[
              { value: "", label: t("casePages.list.allStatuses") },
              ...CASE_STATUSES.map((status) => ({ value: status, label: t(`cases.statuses.${status}`) })),
            ]}
            onValueChange={set("status")}
          />
          <SelectField
            id="cases-body"
            label={t("casePages.fields.body")}
            value={draft.bodyId}
            options={[
              { value: "", label: t("casePages.list.allBodies") },
              ...sortedBodies.map((body) => ({
                value: body.id,
                label: body.archived ? t("casePages.list.archivedBody", { name: body.name }) : body.name,
              })),
            ]}
            onValueChange={set("bodyId")}
          />
        </div>
        <div className="actions">
          <button type="submit">{t("casePages.list.apply")}</button>
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              setDraft(NO_FILTER);
              onApply(NO_FILTER);
            }}
          >
            {t("casePages.list.reset")}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
