import "../../../styles/cases.css";
import "../../../styles/decisions.css";
import "./statistics.css";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { NATIONAL_SUBGOALS } from "../../../../core/statistics/national-subgoals.js";
import { ApiError } from "../../../api/client.js";
import { listDepartments } from "../../../api/jamt-api.js";
import {
  deleteIndicator,
  getIndicator,
  type IndicatorSummary,
  type IndicatorView,
  indicatorExportUrl,
  listPlanGoals,
  type PlanGoal,
} from "../../../api/statistics-api.js";
import type { Department } from "../../../api/types.js";
import { ErrorAlert } from "../../../components/form-alert.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { SelectField } from "../../../components/select-field.js";
import { useDocumentTitle } from "../../../hooks/use-document-title.js";
import { useResource } from "../../../hooks/use-resource.js";
import { currentLanguage } from "../../../i18n.js";
import { organisationPath } from "../../../session/home-path.js";
import { can, useMembership } from "../../../session/organisation-context.js";
import { NO_FILTER, searchFromFilter } from "../differences/difference-filters.js";
import { IndicatorEditForm } from "./indicator-edit-form.js";
import {
  ALL_AGES,
  ageBandsOf,
  areasOf,
  defaultArea,
  dividedBySex,
  periodsOf,
  plainValues,
  valueAt,
} from "./indicator-values.js";
import { MainDifferenceBox } from "./main-difference-box.js";
import type { StatisticsListState } from "./statistics-page.js";
import { statisticsPath } from "./statistics-paths.js";

/** The charts bring the chart library: loaded when first shown. */
const IndicatorCharts = lazy(() =>
  import("./indicator-charts.js").then((module) => ({ default: module.IndicatorCharts })),
);

const PARAMS = { period: "period", area: "omrade", age: "alder" } as const;

interface Lookups {
  readonly departments: readonly Department[];
  readonly planGoals: readonly PlanGoal[];
}

/** Departments and plan goals name the indicator's links; a failure leaves them unnamed, not the page broken. */
async function loadLookups(orgId: string, signal: AbortSignal): Promise<Lookups> {
  const [departments, planGoals] = await Promise.all([
    listDepartments(orgId, signal).catch(() => [] as readonly Department[]),
    listPlanGoals(orgId, signal).catch(() => [] as readonly PlanGoal[]),
  ]);
  return { departments, planGoals };
}

/**
 * One indicator: the sentence of the main difference, a period, area and age picker, lines
 * over time, bars by area and (with age bands) a pyramid, each with its table and downloads;
 * the values as XLSX or CSV; what the indicator is linked to, and, for analysts and
 * administrators, a form to change it.
 */
export function IndicatorPage() {
  const { t } = useTranslation();
  const membership = useMembership();
  const orgId = membership.organisation.id;
  const { indicatorId = "" } = useParams();
  const [stale, setStale] = useState(false);
  const { resource, reload, update } = useResource(`indicator ${orgId} ${indicatorId}`, (signal) =>
    getIndicator(orgId, indicatorId, signal),
  );
  const lookups = useResource(`indicator-lookups ${orgId}`, (signal) => loadLookups(orgId, signal));
  const name = resource.state === "ready" ? resource.data.indicator.name : undefined;
  useDocumentTitle(name, t("statisticsPages.list.title"), membership.organisation.name);
  return (
    <>
      <p className="case-breadcrumb">
        <Link to={statisticsPath.list(orgId)}>{t("statisticsPages.common.backToStatistics")}</Link>
      </p>
      {resource.state === "loading" && (
        <>
          <PageHeading>{t("statisticsPages.list.title")}</PageHeading>
          <Loading />
        </>
      )}
      {resource.state === "failed" && (
        <>
          <PageHeading>{t("statisticsPages.list.title")}</PageHeading>
          <ErrorAlert message={resource.error.message} />
        </>
      )}
      {resource.state === "ready" && (
        <IndicatorContent
          orgId={orgId}
          view={resource.data}
          lookups={lookups.resource.state === "ready" ? lookups.resource.data : { departments: [], planGoals: [] }}
          manage={can(membership, "statistics.manage")}
          stale={stale}
          onSaved={(saved, description) => {
            setStale(false);
            update((view) => ({ ...view, indicator: { ...view.indicator, ...saved, description } }));
          }}
          onStale={() => {
            setStale(true);
            reload();
          }}
        />
      )}
    </>
  );
}

interface IndicatorContentProps {
  readonly orgId: string;
  readonly view: IndicatorView;
  readonly lookups: Lookups;
  readonly manage: boolean;
  /** The last save was refused because somebody else saved first. */
  readonly stale: boolean;
  readonly onSaved: (saved: IndicatorSummary, description: string) => void;
  readonly onStale: () => void;
}

function IndicatorContent({ orgId, view, lookups, manage, stale, onSaved, onStale }: IndicatorContentProps) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { indicator, minCell } = view;
  const values = plainValues(view.values);
  const periods = periodsOf(values);
  const areas = areasOf(values, i18n.language);
  const ageBands = ageBandsOf(values);
  const hasAllAges = values.some((value) => value.ageBand === null);
  const ageChoices = hasAllAges ? [ALL_AGES, ...ageBands] : ageBands;
  const period = pick(params.get(PARAMS.period), periods, periods.at(-1) ?? "");
  const areaCode = pick(
    params.get(PARAMS.area),
    areas.map((area) => area.code),
    defaultArea(values, areas, period, i18n.language),
  );
  const ageBand = pick(params.get(PARAMS.age), ageChoices, ageChoices[0] ?? ALL_AGES);
  const area = areas.find((entry) => entry.code === areaCode);
  const choose = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  const place = { period, areaCode, ageBand };
  const ageName = (band: string) => (band === ALL_AGES ? t("statisticsPages.indicator.allAges") : band);
  const unit = indicator.measureKind === "share" ? "%" : (indicator.unit ?? undefined);

  return (
    <>
      <PageHeading>{indicator.name}</PageHeading>
      {indicator.description && <p className="lead">{indicator.description}</p>}
      {values.length === 0 ? (
        <p>{t("statisticsPages.indicator.noValues")}</p>
      ) : (
        <>
          {dividedBySex(values) ? (
            <MainDifferenceBox
              measureKind={indicator.measureKind}
              unit={indicator.unit}
              women={valueAt(values, place, "K")}
              men={valueAt(values, place, "M")}
              place={[period, area?.name, ageBand === ALL_AGES ? undefined : ageName(ageBand)]
                .filter(Boolean)
                .join(", ")}
            />
          ) : (
            <p className="notice">{t("statisticsPages.indicator.notBySex")}</p>
          )}
          <fieldset className="statistics-pickers">
            <legend>{t("statisticsPages.indicator.pickers")}</legend>
            <SelectField
              id="pick-period"
              label={t("statisticsPages.indicator.period")}
              value={period}
              options={[...periods].reverse().map((entry) => ({ value: entry, label: entry }))}
              onValueChange={(value) => choose(PARAMS.period, value)}
            />
            <SelectField
              id="pick-area"
              label={t("statisticsPages.indicator.area")}
              value={areaCode}
              options={areas.map((entry) => ({
                value: entry.code,
                label: entry.name === entry.code ? entry.code : `${entry.name} (${entry.code})`,
              }))}
              onValueChange={(value) => choose(PARAMS.area, value)}
            />
            {ageChoices.length > 1 && (
              <SelectField
                id="pick-age"
                label={t("statisticsPages.common.ageBand")}
                value={ageBand}
                options={ageChoices.map((band) => ({ value: band, label: ageName(band) }))}
                onValueChange={(value) => choose(PARAMS.age, value)}
              />
            )}
          </fieldset>
          {area && (
            <Suspense fallback={<Loading />}>
              <IndicatorCharts
                name={indicator.name}
                unit={unit}
                values={values}
                periods={periods}
                areas={areas}
                ageBands={ageBands}
                period={period}
                area={area}
                ageBand={ageBand}
                minCell={minCell}
                source={view.methods.sources.join(", ") || indicator.sourceLabel}
              />
            </Suspense>
          )}
        </>
      )}
      <section aria-labelledby="downloads-heading" className="statistics-section">
        <h2 id="downloads-heading">{t("statisticsPages.indicator.downloadsHeading")}</h2>
        <p>{t("statisticsPages.indicator.downloadsHint")}</p>
        <ul className="downloads" aria-label={t("statisticsPages.indicator.downloads")}>
          {(["xlsx", "csv"] as const).map((format) => (
            <li key={format}>
              <a href={indicatorExportUrl(orgId, indicator.id, format)} download>
                {t(`statisticsPages.indicator.download.${format}`)}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <IndicatorDetails orgId={orgId} view={view} lookups={lookups} />
      {manage && (
        <>
          {stale && <ErrorAlert message={t("statisticsPages.indicator.stale")} />}
          <IndicatorEditForm
            orgId={orgId}
            indicator={indicator}
            lookups={lookups}
            onSaved={onSaved}
            onStale={onStale}
          />
          <IndicatorDeletion orgId={orgId} indicatorId={indicator.id} name={indicator.name} />
        </>
      )}
    </>
  );
}

/** The value asked for if it is among the choices, else the default. */
function pick(asked: string | null, choices: readonly string[], fallback: string): string {
  return asked !== null && choices.includes(asked) ? asked : fallback;
}

interface IndicatorDetailsProps {
  readonly orgId: string;
  readonly view: IndicatorView;
  readonly lookups: Lookups;
}

function IndicatorDetails({ orgId, view, lookups }: IndicatorDetailsProps) {
  const { t } = useTranslation();
  const { indicator, methods } = view;
  const locale = currentLanguage();
  const department = lookups.departments.find((entry) => entry.id === indicator.departmentId)?.name;
  const goal = lookups.planGoals.find((entry) => entry.id === indicator.planGoalId)?.title;
  const subgoals = NATIONAL_SUBGOALS.filter((subgoal) => indicator.nationalSubgoals.includes(subgoal.no));
  const none = t("statisticsPages.indicator.none");
  return (
    <section aria-labelledby="details-heading" className="statistics-section">
      <h2 id="details-heading">{t("statisticsPages.indicator.detailsHeading")}</h2>
      <dl className="details statistics-details">
        <dt>{t("statisticsPages.indicator.source")}</dt>
        <dd>
          {t(`statisticsPages.common.sourceKinds.${indicator.sourceKind}`)}: {indicator.sourceLabel}
        </dd>
        <dt>{t("statisticsPages.indicator.measure")}</dt>
        <dd>{t(`statisticsPages.common.measureKinds.${indicator.measureKind}`)}</dd>
        <dt>{t("statisticsPages.indicator.unit")}</dt>
        <dd>{indicator.unit ?? t("statisticsPages.indicator.noUnit")}</dd>
        <dt>{t("statisticsPages.indicator.department")}</dt>
        <dd>{department ?? none}</dd>
        <dt>{t("statisticsPages.indicator.planGoal")}</dt>
        <dd>{goal ?? none}</dd>
        <dt>{t("statisticsPages.indicator.subgoals")}</dt>
        <dd>
          {subgoals.length === 0
            ? none
            : subgoals.map((subgoal) => `${subgoal.no}. ${subgoal.title[locale]}`).join("; ")}
        </dd>
        <dt>{t("statisticsPages.list.openDifferences")}</dt>
        <dd>
          {t("statisticsPages.indicator.openDifferences", { count: indicator.openDifferences })}
          {indicator.openDifferences > 0 && (
            <>
              {" "}
              <Link
                to={`${organisationPath(orgId, "statistik/skillnader")}?${searchFromFilter({ ...NO_FILTER, indicatorId: indicator.id })}`}
              >
                {t("statisticsPages.indicator.toDifferences")}
              </Link>
            </>
          )}
        </dd>
      </dl>
      <h3>{t("statisticsPages.indicator.methodsHeading")}</h3>
      <ul>
        <li>{t("statisticsPages.indicator.methods.legalSex")}</li>
        {methods.referenceDate && (
          <li>{t("statisticsPages.indicator.methods.referenceDate", { date: methods.referenceDate })}</li>
        )}
        <li>{t("statisticsPages.indicator.methods.minCell", { minCell: view.minCell })}</li>
        <li>
          {t("statisticsPages.indicator.methods.sources", {
            sources: methods.sources.join(", ") || indicator.sourceLabel,
          })}
        </li>
      </ul>
    </section>
  );
}

/** Deleting asks first, in the page; after it the list says what was deleted. */
function IndicatorDeletion({ orgId, indicatorId, name }: { orgId: string; indicatorId: string; name: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    try {
      await deleteIndicator(orgId, indicatorId);
      const state: StatisticsListState = { deleted: name };
      navigate(statisticsPath.list(orgId), { state });
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : String(failure));
    }
  };
  if (!asking) {
    return (
      <div className="actions statistics-section">
        <button type="button" className="button-secondary" onClick={() => setAsking(true)}>
          {t("statisticsPages.indicator.delete")}
        </button>
      </div>
    );
  }
  return (
    <div className="confirm-box" role="group" aria-labelledby="delete-question">
      <p id="delete-question">{t("statisticsPages.indicator.deleteConfirm", { name })}</p>
      {error && <ErrorAlert message={error} />}
      <div className="actions">
        <button type="button" className="danger-button" onClick={() => void remove()}>
          {t("statisticsPages.indicator.deleteYes")}
        </button>
        <button type="button" className="button-secondary" onClick={() => setAsking(false)}>
          {t("statisticsPages.indicator.deleteNo")}
        </button>
      </div>
    </div>
  );
}
