import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { getComparison } from "../../api/network-api.js";
import type { ChecklistOption, Comparison, ScopeComparison, SharedAssessment } from "../../api/network-types.js";
import { ErrorAlert } from "../../components/form-alert.js";
import { Loading } from "../../components/loading.js";
import { SelectApplyForm } from "../../components/select-apply-form.js";
import { useResource } from "../../hooks/use-resource.js";
import { currentLanguage } from "../../i18n.js";
import { useFormats } from "../meetings/format.js";
import { FigureCell } from "./figure.js";
import { textIn } from "./format.js";
import type { RoundScope } from "./round-page.js";

/** The charts bring the chart library, which only these pages need: loaded when first shown. */
const ComparisonChart = lazy(() =>
  import("./network-charts.js").then((module) => ({ default: module.ComparisonChart })),
);

/** The URL's query parameter holding the occasion compared. */
export const OCCASION_PARAM = "tillfalle";

interface ComparisonSectionProps {
  readonly scope: RoundScope;
  /** The round's checklist, for the item texts; the items are numbered only until it has loaded. */
  readonly checklist: ChecklistOption | undefined;
  /** Changes when the organisation's sharing changed, so the comparison is read again. */
  readonly version: number;
}

/**
 * The member's comparison on one occasion: its own item scores beside the group's and the
 * network's averages, which it sees only while it shares itself (give to get), and the
 * assessments others share with it. Nothing of another organisation appears without its consent.
 */
export function ComparisonSection({ scope, checklist, version }: ComparisonSectionProps) {
  const { t } = useTranslation();
  const { orgId, round } = scope;
  const [searchParams, setSearchParams] = useSearchParams();
  const asked = searchParams.get(OCCASION_PARAM);
  const comparison = useResource(`comparison ${orgId} ${round.id} ${asked ?? ""} ${version}`, (signal) =>
    getComparison(orgId, round.id, asked, signal),
  );
  const choose = (occasion: string) => {
    const next = new URLSearchParams(searchParams);
    next.set(OCCASION_PARAM, occasion);
    setSearchParams(next, { preventScrollReset: true });
  };

  return (
    <section aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">{t("networkPages.comparison.heading")}</h2>
      <p>{t("networkPages.comparison.intro")}</p>
      {comparison.resource.state === "loading" && <Loading />}
      {comparison.resource.state === "failed" && <ErrorAlert message={comparison.resource.error.message} />}
      {comparison.resource.state === "ready" && (
        <ComparisonView
          data={comparison.resource.data}
          checklist={checklist}
          period={{ startsOn: round.startsOn, endsOn: round.endsOn }}
          onChoose={choose}
        />
      )}
    </section>
  );
}

interface ComparisonViewProps {
  readonly data: Comparison;
  readonly checklist: ChecklistOption | undefined;
  /** The round's dates: only occasions dated within them are compared. */
  readonly period: { readonly startsOn: string; readonly endsOn: string };
  readonly onChoose: (occasion: string) => void;
}

function ComparisonView({ data, checklist, period, onChoose }: ComparisonViewProps) {
  const { t } = useTranslation();
  const formats = useFormats();
  const language = currentLanguage();
  if (data.occasions.length === 0 || data.occasion === null) {
    return (
      <p>
        {t("networkPages.comparison.noOccasions", {
          from: formats.longDate(period.startsOn),
          to: formats.longDate(period.endsOn),
        })}
      </p>
    );
  }
  const occasion = data.occasion;
  const definition = checklist?.latest.definition;
  const itemCount = Math.max(
    definition?.items.length ?? 0,
    data.own?.scores.length ?? 0,
    data.group.available ? data.group.averages.length : 0,
    data.network.available ? data.network.averages.length : 0,
  );
  const items = Array.from({ length: itemCount }, (_, index) => {
    const item = definition?.items[index];
    return { no: index + 1, text: item ? textIn(item.text, language) : "" };
  });
  const group = data.group.available ? data.group : null;
  const network = data.network.available ? data.network : null;

  return (
    <>
      <SelectApplyForm
        id="comparison-occasion"
        formLabel={t("networkPages.comparison.chooseLabel")}
        label={t("networkPages.comparison.occasion")}
        value={occasion}
        options={data.occasions.map((entry) => ({ value: entry, label: entry }))}
        buttonLabel={t("networkPages.comparison.show")}
        onApply={onChoose}
      />
      <h3 id="comparison-occasion-heading">{t("networkPages.comparison.occasionHeading", { occasion })}</h3>
      {data.own === null && <p>{t("networkPages.comparison.noOwn", { occasion })}</p>}
      <ul className="comparison-notes">
        <li>
          <ScopeNote scope="group" comparison={data.group} occasion={occasion} />
        </li>
        <li>
          <ScopeNote scope="network" comparison={data.network} occasion={occasion} />
        </li>
      </ul>
      {(data.own !== null || group || network) && (
        <>
          <Suspense fallback={<Loading />}>
            <ComparisonChart
              occasion={occasion}
              items={items.map((item) => item.no)}
              own={data.own?.scores ?? null}
              group={group?.averages.map((entry) => entry.average) ?? null}
              network={network?.averages.map((entry) => entry.average) ?? null}
              scale={definition?.scale}
            />
          </Suspense>
          <ComparisonTable data={data} items={items} group={group} network={network} />
        </>
      )}
      <SharedAssessments shared={data.shared} items={items} occasion={occasion} />
    </>
  );
}

/** Whether the group's (or network's) average is shown, over how many organisations, or why not. */
function ScopeNote({
  scope,
  comparison,
  occasion,
}: {
  readonly scope: "group" | "network";
  readonly comparison: ScopeComparison;
  readonly occasion: string;
}) {
  const { t } = useTranslation();
  if (comparison.available) {
    return <>{t(`networkPages.comparison.${scope}Basis`, { count: comparison.organisations })}</>;
  }
  return <>{t(`networkPages.comparison.unavailable.${scope}.${comparison.reason}`, { occasion })}</>;
}

interface Item {
  readonly no: number;
  readonly text: string;
}

interface ComparisonTableProps {
  readonly data: Comparison;
  readonly items: readonly Item[];
  readonly group: Extract<ScopeComparison, { available: true }> | null;
  readonly network: Extract<ScopeComparison, { available: true }> | null;
}

/** The same numbers as the chart: per item the own score and the averages, with the sums below. */
function ComparisonTable({ data, items, group, network }: ComparisonTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-wrapper scroll-contained">
      <table className="figures-table comparison-table">
        <caption>{t("networkPages.comparison.tableCaption", { occasion: data.occasion ?? "" })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("networkPages.comparison.item")}</th>
            <th scope="col" className="numeric">
              {t("networkPages.comparison.own")}
            </th>
            {group && (
              <th scope="col" className="numeric">
                {t("networkPages.comparison.groupAverage")}
              </th>
            )}
            {network && (
              <th scope="col" className="numeric">
                {t("networkPages.comparison.networkAverage")}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => (
            <tr key={item.no}>
              <th scope="row">
                <ItemName item={item} />
              </th>
              <FigureCell value={data.own?.scores[index] ?? null} />
              {group && <FigureCell value={group.averages[index]?.average ?? null} />}
              {network && <FigureCell value={network.averages[index]?.average ?? null} />}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("networkPages.comparison.sum")}</th>
            <FigureCell value={data.own?.sum.sum ?? null}>
              {data.own && !data.own.sum.complete && (
                <span className="figure-note">
                  {" "}
                  {t("networkPages.comparison.partialSum", {
                    scored: data.own.sum.scoredItems,
                    total: data.own.sum.itemCount,
                  })}
                </span>
              )}
            </FigureCell>
            {group && <FigureCell value={group.averageSum} />}
            {network && <FigureCell value={network.averageSum} />}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** "3. Analys och …" with the number kept apart from the text for wide tables. */
function ItemName({ item }: { readonly item: Item }) {
  const { t } = useTranslation();
  return (
    <span className="item-name">
      <span className="item-no">{t("networkPages.comparison.itemNo", { no: item.no })}</span>
      {item.text !== "" && <span className="item-text"> {item.text}</span>}
    </span>
  );
}

/** The assessments others share with this organisation, each with comments only when that organisation consented. */
function SharedAssessments({
  shared,
  items,
  occasion,
}: {
  readonly shared: readonly SharedAssessment[];
  readonly items: readonly Item[];
  readonly occasion: string;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="shared-heading" className="shared-assessments">
      <h3 id="shared-heading">{t("networkPages.comparison.sharedHeading", { occasion })}</h3>
      <p>{t("networkPages.comparison.sharedIntro")}</p>
      {shared.length === 0 ? (
        <p>{t("networkPages.comparison.noShared", { occasion })}</p>
      ) : (
        shared.map((assessment) => (
          <SharedAssessmentTable key={assessment.organisationId} assessment={assessment} items={items} />
        ))
      )}
    </section>
  );
}

function SharedAssessmentTable({
  assessment,
  items,
}: {
  readonly assessment: SharedAssessment;
  readonly items: readonly Item[];
}) {
  const { t } = useTranslation();
  const comments = assessment.comments;
  const commentOf = (no: number) => comments?.find((entry) => entry.no === no);
  const rows = items.length > 0 ? items : assessment.scores.map((_, index) => ({ no: index + 1, text: "" }));
  const headingId = `shared-${assessment.organisationId}`;
  return (
    <article className="shared-assessment" aria-labelledby={headingId}>
      <h4 id={headingId}>{assessment.name}</h4>
      <p className="muted">
        {comments === null ? t("networkPages.comparison.scoresOnly") : t("networkPages.comparison.withComments")}
      </p>
      <div className="table-wrapper scroll-contained">
        <table className="figures-table shared-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t("networkPages.comparison.item")}</th>
              <th scope="col" className="numeric">
                {t("networkPages.comparison.score")}
              </th>
              {comments !== null && (
                <>
                  <th scope="col">{t("networkPages.comparison.comment")}</th>
                  <th scope="col">{t("networkPages.comparison.evidence")}</th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((item, index) => (
              <tr key={item.no}>
                <th scope="row">
                  <ItemName item={item} />
                </th>
                <FigureCell value={assessment.scores[index] ?? null} />
                {comments !== null && (
                  <>
                    <td className="preserve-lines wrap">{commentOf(item.no)?.comment ?? ""}</td>
                    <td className="preserve-lines wrap">{commentOf(item.no)?.evidenceText ?? ""}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("networkPages.comparison.sum")}</th>
              <FigureCell value={assessment.sum.sum} />
              {comments !== null && <td colSpan={2} />}
            </tr>
          </tfoot>
        </table>
      </div>
    </article>
  );
}
