import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { getMovement } from "../../api/network-api.js";
import type { Movement } from "../../api/network-types.js";
import { ErrorAlert } from "../../components/form-alert.js";
import { Loading } from "../../components/loading.js";
import { useResource } from "../../hooks/use-resource.js";
import { FigureCell } from "./figure.js";
import { movementOrganisations } from "./movement-organisations.js";
import type { RoundScope } from "./round-page.js";

const MovementChart = lazy(() => import("./network-charts.js").then((module) => ({ default: module.MovementChart })));

/**
 * The round's movement as the coordinator sees it: per occasion how many members recorded it,
 * and the average sum and each organisation's sum over those that share with the whole network.
 */
export function MovementSection({ scope }: { readonly scope: RoundScope }) {
  const { t } = useTranslation();
  const { orgId, round } = scope;
  // Read again when the members change (a member leaving changes the figures).
  const key = `movement ${orgId} ${round.id} ${round.members.map((member) => member.organisationId).join(",")}`;
  const movement = useResource(key, (signal) => getMovement(orgId, round.id, signal));
  return (
    <section aria-labelledby="movement-heading">
      <h2 id="movement-heading">{t("networkPages.movement.heading")}</h2>
      <p>{t("networkPages.movement.intro")}</p>
      {movement.resource.state === "loading" && <Loading />}
      {movement.resource.state === "failed" && <ErrorAlert message={movement.resource.error.message} />}
      {movement.resource.state === "ready" && <MovementView movement={movement.resource.data} />}
    </section>
  );
}

/**
 * The chart and its table once someone who shares with the whole network has figures; until
 * then only how many have recorded each occasion, since a chart without a single figure says nothing.
 */
function MovementView({ movement }: { readonly movement: Movement }) {
  const { t } = useTranslation();
  if (movement.occasions.length === 0) return <p>{t("networkPages.movement.none")}</p>;
  const hasFigures = movement.occasions.some(
    (occasion) => occasion.averageSum !== null || occasion.organisations.length > 0,
  );
  if (!hasFigures) {
    return (
      <>
        <p>{t("networkPages.movement.noFigures")}</p>
        <ul>
          {movement.occasions.map((occasion) => (
            <li key={occasion.occasion}>
              {t("networkPages.movement.recordedSoFar", { occasion: occasion.occasion, count: occasion.recorded })}
            </li>
          ))}
        </ul>
      </>
    );
  }
  return (
    <>
      <Suspense fallback={<Loading />}>
        <MovementChart movement={movement} />
      </Suspense>
      <MovementTable movement={movement} />
    </>
  );
}

/** The chart's numbers: one row per occasion. */
function MovementTable({ movement }: { readonly movement: Movement }) {
  const { t } = useTranslation();
  const organisations = movementOrganisations(movement);
  return (
    <div className="table-wrapper scroll-contained">
      <table className="figures-table movement-table">
        <caption>{t("networkPages.movement.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("networkPages.movement.occasion")}</th>
            <th scope="col" className="numeric">
              {t("networkPages.movement.recorded")}
            </th>
            <th scope="col" className="numeric">
              {t("networkPages.movement.averageSum")}
            </th>
            {organisations.map((organisation) => (
              <th scope="col" className="numeric" key={organisation.id}>
                <span className="visually-hidden">{t("networkPages.movement.sumOf")} </span>
                {organisation.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {movement.occasions.map((occasion) => (
            <tr key={occasion.occasion}>
              <th scope="row">{occasion.occasion}</th>
              <FigureCell value={occasion.recorded} />
              <FigureCell value={occasion.averageSum} />
              {organisations.map((organisation) => {
                const entry = occasion.organisations.find((candidate) => candidate.organisationId === organisation.id);
                return (
                  <FigureCell key={organisation.id} value={entry?.sum ?? null}>
                    {entry && !entry.complete && (
                      <span className="figure-note">{t("networkPages.movement.incomplete")}</span>
                    )}
                  </FigureCell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t("networkPages.movement.consentNote")}</p>
    </div>
  );
}
