import "../../../styles/cases.css";
import "../../../styles/decisions.css";
import "../indicators/statistics.css";
import { type FormEvent, lazy, Suspense, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { parseAgeBands } from "../../../../core/index.js";
import { ApiError } from "../../../api/client.js";
import {
  type BreakdownAnswer,
  type BreakdownRequest,
  breakdownDataset,
  breakdownExportUrl,
  type DatasetView,
  deleteDataset,
  getDataset,
  type IndicatorSummary,
  listIndicators,
} from "../../../api/statistics-api.js";
import { useFigureFormat } from "../../../components/charts/figure-cell.js";
import { ErrorAlert, FormAlert } from "../../../components/form-alert.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { SelectField } from "../../../components/select-field.js";
import { TableRegion } from "../../../components/table-region.js";
import { TextField } from "../../../components/text-field.js";
import { type FormProblems, problemsFromChecks, problemsFromError } from "../../../hooks/form-problems.js";
import { useDocumentTitle } from "../../../hooks/use-document-title.js";
import { useFocusProblems } from "../../../hooks/use-focus-problems.js";
import { useResource } from "../../../hooks/use-resource.js";
import { can, useMembership } from "../../../session/organisation-context.js";
import { statisticsPath } from "../indicators/statistics-paths.js";
import { BreakdownTable } from "./breakdown-table.js";
import type { DatasetsState } from "./datasets-page.js";
import { InvalidIdentity } from "./invalid-identity.js";
import { SaveAsIndicator } from "./save-as-indicator.js";

/** The charts bring the chart library: loaded when first shown. */
const BreakdownCharts = lazy(() =>
  import("./breakdown-charts.js").then((module) => ({ default: module.BreakdownCharts })),
);

const FIELDS = ["by", "ageBands", "mean", "populationIndicatorId", "populationPeriod"];
const DERIVED = new Set(["kon", "alder"]);
const DEFAULT_BANDS = "0-19,20-39,40-64,65-79,80+";
const NUMERIC = /INT|DOUBLE|FLOAT|DECIMAL|REAL|NUMERIC|HUGEINT/i;
/** Measures with decimals: summarised (mean, median), never grouped by; whole numbers and text may be. */
const MEASURE = /DOUBLE|FLOAT|DECIMAL|REAL|NUMERIC/i;

/**
 * One individual-level dataset: its columns and invalid identity numbers, and the breakdown
 * by sex (by columns, age bands, a measure's mean and median, rates per 1,000 from a
 * population) as a table, a bar chart and a pyramid, with downloads; analysts save it as an
 * indicator.
 */
export function DatasetPage() {
  const { t } = useTranslation();
  const membership = useMembership();
  if (can(membership, "statistics.manage")) return <DatasetLoader />;
  return (
    <>
      <p className="case-breadcrumb">
        <Link to={statisticsPath.list(membership.organisation.id)}>{t("statisticsPages.common.backToStatistics")}</Link>
      </p>
      <PageHeading>{t("statisticsPages.datasets.title")}</PageHeading>
      <p>{t("statisticsPages.datasets.onlyAnalysts")}</p>
    </>
  );
}

function DatasetLoader() {
  const { t } = useTranslation();
  const membership = useMembership();
  const orgId = membership.organisation.id;
  const { datasetId = "" } = useParams();
  const { resource } = useResource(`dataset ${orgId} ${datasetId}`, (signal) => getDataset(orgId, datasetId, signal));
  const populations = useResource(`populations ${orgId}`, (signal) => listIndicators(orgId, "population", signal));
  useDocumentTitle(
    resource.state === "ready" ? resource.data.name : undefined,
    t("statisticsPages.datasets.title"),
    membership.organisation.name,
  );
  return (
    <>
      <p className="case-breadcrumb">
        <Link to={statisticsPath.datasets(orgId)}>{t("statisticsPages.datasets.title")}</Link>
      </p>
      {resource.state !== "ready" && <PageHeading>{t("statisticsPages.datasets.title")}</PageHeading>}
      {resource.state === "loading" && <Loading />}
      {resource.state === "failed" && <ErrorAlert message={resource.error.message} />}
      {resource.state === "ready" && (
        <DatasetContent
          orgId={orgId}
          dataset={resource.data}
          populations={populations.resource.state === "ready" ? populations.resource.data : []}
        />
      )}
    </>
  );
}

interface DatasetContentProps {
  readonly orgId: string;
  readonly dataset: DatasetView;
  readonly populations: readonly IndicatorSummary[];
}

function DatasetContent({ orgId, dataset, populations }: DatasetContentProps) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const [by, setBy] = useState<readonly string[]>([]);
  const [useBands, setUseBands] = useState(false);
  const [ageBands, setAgeBands] = useState(DEFAULT_BANDS);
  const [mean, setMean] = useState("");
  const [populationId, setPopulationId] = useState("");
  const [populationPeriod, setPopulationPeriod] = useState("");
  const [problems, setProblems] = useState<FormProblems | null>(null);
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<{ request: BreakdownRequest; answer: BreakdownAnswer } | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  // The result's heading takes focus when a result arrives, so reading continues there.
  useEffect(() => {
    if (result) resultHeading.current?.focus();
  }, [result]);
  useFocusProblems(problems, "breakdown", FIELDS);
  const ownColumns = dataset.columns.filter((column) => !DERIVED.has(column.name));
  const groupable = ownColumns.filter((column) => !MEASURE.test(column.type));
  const numeric = ownColumns.filter((column) => NUMERIC.test(column.type));
  const population = populations.find((entry) => entry.id === populationId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (running) return;
    const bands = useBands ? parseAgeBands(ageBands) : null;
    const found = problemsFromChecks(t("ui.form.errorSummary"), {
      ageBands: bands !== null && bands.kind === "invalid" && t("statisticsPages.dataset.ageBandsRequired"),
    });
    setProblems(found);
    if (found) return;
    const request: BreakdownRequest = {
      by,
      ageBands: useBands ? ageBands.replace(/\s+/g, "") : undefined,
      mean: mean || undefined,
      populationIndicatorId: populationId || undefined,
      populationPeriod: populationId ? populationPeriod || population?.latestPeriod || undefined : undefined,
    };
    setRunning(true);
    try {
      const answer = await breakdownDataset(orgId, dataset.id, request);
      setResult({ request, answer });
    } catch (error) {
      setProblems(
        error instanceof ApiError && error.details.length === 0
          ? { message: error.message, fields: {} }
          : problemsFromError(error),
      );
    } finally {
      setRunning(false);
    }
  };

  return (
    <>
      <PageHeading>{dataset.name}</PageHeading>
      <p className="lead">
        {t("statisticsPages.dataset.intro", { rows: format(dataset.rowCount), file: dataset.fileName })}
      </p>
      <InvalidIdentity invalid={dataset.invalidIdentity} />
      <details className="statistics-section dataset-columns">
        <summary>{t("statisticsPages.dataset.columnsHeading")}</summary>
        <TableRegion labelledBy="dataset-columns-caption">
          <table className="statistics-table">
            <caption id="dataset-columns-caption">{t("statisticsPages.dataset.columnsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("statisticsPages.dataset.column")}</th>
                <th scope="col">{t("statisticsPages.dataset.type")}</th>
              </tr>
            </thead>
            <tbody>
              {dataset.columns.map((column) => (
                <tr key={column.name}>
                  <th scope="row">{column.name}</th>
                  <td>
                    {column.type}
                    {DERIVED.has(column.name) ? ` (${t("statisticsPages.dataset.derived")})` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      </details>
      <section aria-labelledby="breakdown-heading" className="statistics-section">
        <h2 id="breakdown-heading">{t("statisticsPages.dataset.breakdownHeading")}</h2>
        <form
          noValidate
          className="form statistics-form"
          onSubmit={(event) => void submit(event)}
          aria-labelledby="breakdown-heading"
        >
          <FormAlert problems={problems} idPrefix="breakdown" fields={FIELDS} />
          {groupable.length > 0 && (
            <fieldset id="breakdown-by" className="checkboxes" aria-describedby="breakdown-by-hint">
              <legend>{t("statisticsPages.dataset.byLegend")}</legend>
              <p className="hint" id="breakdown-by-hint">
                {t("statisticsPages.dataset.byHint")}
              </p>
              <div className="checkbox-grid">
                {groupable.map((column) => (
                  <div className="checkbox" key={column.name}>
                    <input
                      type="checkbox"
                      id={`breakdown-by-${column.name}`}
                      checked={by.includes(column.name)}
                      onChange={(event) =>
                        setBy(event.target.checked ? [...by, column.name] : by.filter((name) => name !== column.name))
                      }
                    />
                    <label htmlFor={`breakdown-by-${column.name}`}>{column.name}</label>
                  </div>
                ))}
              </div>
            </fieldset>
          )}
          <div className="checkbox field">
            <input
              type="checkbox"
              id="breakdown-useBands"
              checked={useBands}
              onChange={(event) => setUseBands(event.target.checked)}
            />
            <label htmlFor="breakdown-useBands">{t("statisticsPages.dataset.useAgeBands")}</label>
          </div>
          {useBands && (
            <TextField
              id="breakdown-ageBands"
              label={t("statisticsPages.dataset.ageBands")}
              hint={t("statisticsPages.dataset.ageBandsHint")}
              value={ageBands}
              onValueChange={setAgeBands}
              error={problems?.fields.ageBands}
              autoComplete="off"
            />
          )}
          <SelectField
            id="breakdown-mean"
            label={t("statisticsPages.dataset.mean")}
            value={mean}
            options={[
              { value: "", label: t("statisticsPages.dataset.noMean") },
              ...(numeric.length > 0 ? numeric : ownColumns).map((column) => ({
                value: column.name,
                label: column.name,
              })),
            ]}
            onValueChange={setMean}
            error={problems?.fields.mean}
          />
          {populations.length > 0 && (
            <>
              <SelectField
                id="breakdown-populationIndicatorId"
                label={t("statisticsPages.dataset.population")}
                value={populationId}
                options={[
                  { value: "", label: t("statisticsPages.dataset.noPopulation") },
                  ...populations.map((entry) => ({ value: entry.id, label: entry.name })),
                ]}
                onValueChange={(value) => {
                  setPopulationId(value);
                  setPopulationPeriod(populations.find((entry) => entry.id === value)?.latestPeriod ?? "");
                }}
                error={problems?.fields.populationIndicatorId}
              />
              {population && (
                <SelectField
                  id="breakdown-populationPeriod"
                  label={t("statisticsPages.dataset.populationPeriod")}
                  value={populationPeriod}
                  options={[...population.periods].reverse().map((period) => ({ value: period, label: period }))}
                  onValueChange={setPopulationPeriod}
                  error={problems?.fields.populationPeriod}
                />
              )}
            </>
          )}
          <div className="actions">
            <button type="submit" aria-disabled={running || undefined}>
              {running ? t("statisticsPages.dataset.running") : t("statisticsPages.dataset.submit")}
            </button>
          </div>
          <div role="status">{running ? t("statisticsPages.dataset.running") : ""}</div>
        </form>
      </section>
      {result && (
        <section aria-labelledby="result-heading" className="statistics-section">
          <h2 id="result-heading" tabIndex={-1} ref={resultHeading}>
            {t("statisticsPages.dataset.resultHeading")}
          </h2>
          <BreakdownTable rows={result.answer.rows} minCell={result.answer.minCell} meanColumn={result.request.mean} />
          <ul className="downloads" aria-label={t("statisticsPages.dataset.downloads")}>
            {(["xlsx", "csv"] as const).map((format) => (
              <li key={format}>
                <a href={breakdownExportUrl(orgId, dataset.id, result.request, format)} download>
                  {t(`statisticsPages.dataset.download.${format}`)}
                </a>
              </li>
            ))}
          </ul>
          <h3>{t("statisticsPages.dataset.chartHeading")}</h3>
          <Suspense fallback={<Loading />}>
            <BreakdownCharts
              rows={result.answer.rows}
              minCell={result.answer.minCell}
              meanColumn={result.request.mean}
              source={dataset.fileName}
            />
          </Suspense>
          <h3>{t("statisticsPages.dataset.methodsHeading")}</h3>
          <ul>
            <li>{t("statisticsPages.indicator.methods.legalSex")}</li>
            {(result.answer.methods.referenceDate ?? dataset.referenceDate) && (
              <li>
                {t("statisticsPages.indicator.methods.referenceDate", {
                  date: result.answer.methods.referenceDate ?? dataset.referenceDate ?? "",
                })}
              </li>
            )}
            <li>{t("statisticsPages.indicator.methods.minCell", { minCell: result.answer.minCell })}</li>
            <li>
              {t("statisticsPages.indicator.methods.sources", {
                sources: result.answer.methods.sources.join(", ") || dataset.fileName,
              })}
            </li>
          </ul>
          <SaveAsIndicator orgId={orgId} datasetId={dataset.id} request={result.request} />
        </section>
      )}
      <DatasetDeletion orgId={orgId} dataset={dataset} />
    </>
  );
}

/** Deleting asks first; after it the list of datasets says what was deleted. */
function DatasetDeletion({ orgId, dataset }: { readonly orgId: string; readonly dataset: DatasetView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    try {
      await deleteDataset(orgId, dataset.id);
      const state: DatasetsState = { deleted: dataset.name };
      navigate(statisticsPath.datasets(orgId), { state });
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : String(failure));
    }
  };
  if (!asking) {
    return (
      <div className="actions statistics-section">
        <button type="button" className="button-secondary" onClick={() => setAsking(true)}>
          {t("statisticsPages.dataset.delete")}
        </button>
      </div>
    );
  }
  return (
    <div className="confirm-box" role="group" aria-labelledby="dataset-delete-question">
      <p id="dataset-delete-question">{t("statisticsPages.dataset.deleteConfirm", { name: dataset.name })}</p>
      {error && <ErrorAlert message={error} />}
      <div className="actions">
        <button type="button" className="danger-button" onClick={() => void remove()}>
          {t("statisticsPages.dataset.deleteYes")}
        </button>
        <button type="button" className="button-secondary" onClick={() => setAsking(false)}>
          {t("statisticsPages.dataset.deleteNo")}
        </button>
      </div>
    </div>
  );
}
