import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import {
  type BreakdownRequest,
  type IndicatorSummary,
  type SaveBreakdown,
  saveBreakdownAsIndicator,
} from "../../../api/statistics-api.js";
import { FormAlert } from "../../../components/form-alert.js";
import { TextField } from "../../../components/text-field.js";
import { type FormProblems, problemsFromChecks, problemsFromError } from "../../../hooks/form-problems.js";
import { useFocusProblems } from "../../../hooks/use-focus-problems.js";
import { RadioGroup } from "../indicators/file-field.js";
import { statisticsPath } from "../indicators/statistics-paths.js";

const FIELDS = ["name", "period", "measureKind"];

interface SaveAsIndicatorProps {
  readonly orgId: string;
  readonly datasetId: string;
  /** The breakdown shown, which is what is saved. */
  readonly request: BreakdownRequest;
}

/** Saves the breakdown's figures for women, men and the total as an indicator (source "Individdata"). */
export function SaveAsIndicator({ orgId, datasetId, request }: SaveAsIndicatorProps) {
  const { t } = useTranslation();
  const [name, setName] = useState("");
  const [period, setPeriod] = useState(String(new Date().getFullYear()));
  const kinds: SaveBreakdown["measureKind"][] = request.mean ? ["mean", "count", "share"] : ["count", "share"];
  const [measureKind, setMeasureKind] = useState<SaveBreakdown["measureKind"]>(kinds[0] ?? "count");
  const [problems, setProblems] = useState<FormProblems | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<IndicatorSummary | null>(null);
  useFocusProblems(problems, "save", FIELDS);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const found = problemsFromChecks(t("ui.form.errorSummary"), {
      name: name.trim() === "" && t("statisticsPages.indicator.nameRequired"),
      period: period.trim() === "" && t("statisticsPages.dataset.periodRequired"),
    });
    setProblems(found);
    if (found) return;
    setSaving(true);
    try {
      const indicator = await saveBreakdownAsIndicator(orgId, datasetId, {
        name: name.trim(),
        period: period.trim(),
        by: request.by,
        ageBands: request.ageBands,
        mean: measureKind === "mean" ? request.mean : undefined,
        measureKind,
      });
      setSaved(indicator);
    } catch (error) {
      setProblems(problemsFromError(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section aria-labelledby="save-heading" className="statistics-section">
      <h3 id="save-heading">{t("statisticsPages.dataset.saveHeading")}</h3>
      <p>{t("statisticsPages.dataset.saveIntro")}</p>
      <form
        noValidate
        className="form statistics-form"
        onSubmit={(event) => void submit(event)}
        aria-labelledby="save-heading"
      >
        <FormAlert problems={problems} idPrefix="save" fields={FIELDS} />
        <TextField
          id="save-name"
          label={t("statisticsPages.dataset.saveName")}
          value={name}
          onValueChange={setName}
          error={problems?.fields.name}
          autoComplete="off"
        />
        <TextField
          id="save-period"
          label={t("statisticsPages.dataset.savePeriod")}
          hint={t("statisticsPages.dataset.savePeriodHint")}
          value={period}
          onValueChange={setPeriod}
          error={problems?.fields.period}
          autoComplete="off"
        />
        <RadioGroup
          id="save-measureKind"
          legend={t("statisticsPages.dataset.saveMeasure")}
          value={measureKind}
          options={kinds.map((kind) => ({ value: kind, label: t(`statisticsPages.dataset.saveMeasureKinds.${kind}`) }))}
          onValueChange={setMeasureKind}
        />
        <div className="actions">
          <button type="submit" aria-disabled={saving || undefined}>
            {saving ? t("statisticsPages.dataset.saving") : t("statisticsPages.dataset.saveSubmit")}
          </button>
        </div>
      </form>
      <div role="status">
        {saved && (
          <p className="notice notice-success">
            {t("statisticsPages.dataset.savedAs")}{" "}
            <Link to={statisticsPath.indicator(orgId, saved.id)}>{saved.name}</Link>
          </p>
        )}
      </div>
    </section>
  );
}
