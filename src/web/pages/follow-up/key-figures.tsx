import { useTranslation } from "react-i18next";
import { type FollowUpFigures, VERDICTS } from "../../../core/index.js";
import { MissingValue } from "../../components/missing-value.js";
import { useFormats } from "../meetings/format.js";

/** The selection's key figures: cases, the two shares with what they are shares of, and the verdicts. */
export function KeyFigures({ total }: { readonly total: FollowUpFigures }) {
  const { t } = useTranslation();
  const formats = useFormats();
  return (
    <>
      <dl className="key-figures">
        <div>
          <dt>{t("cases.followUp.cases")}</dt>
          <dd>
            <span className="figure">{formats.integer(total.cases)}</span>
          </dd>
        </div>
        <div>
          <dt>{t("cases.followUp.genderSectionShare")}</dt>
          <dd>
            <span className="figure">
              <Share value={total.genderSectionShare} />
            </span>
            <span className="figure-basis">
              {t("decisionPages.followUp.ofCases", {
                count: formats.integer(total.withGenderSection),
                total: formats.integer(total.cases),
              })}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t("cases.followUp.positionShare")}</dt>
          <dd>
            <span className="figure">
              <Share value={total.positionShare} />
            </span>
            <span className="figure-basis">
              {total.decided === 0
                ? t("decisionPages.followUp.noneDecided")
                : t("decisionPages.followUp.ofDecided", {
                    count: formats.integer(total.withPosition),
                    total: formats.integer(total.decided),
                  })}
            </span>
          </dd>
        </div>
      </dl>
      <div className="table-wrapper scroll-contained narrow-table">
        <table>
          <caption>{t("decisionPages.followUp.verdictDistribution")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("cases.followUp.verdict")}</th>
              <th scope="col" className="numeric">
                {t("decisionPages.followUp.count")}
              </th>
              <th scope="col" className="numeric">
                {t("decisionPages.followUp.share")}
              </th>
            </tr>
          </thead>
          <tbody>
            {VERDICTS.map((verdict) => (
              <tr key={verdict}>
                <th scope="row">{t(`analysis.verdicts.${verdict}`)}</th>
                <td className="numeric">{formats.integer(total.verdicts[verdict])}</td>
                <td className="numeric">
                  <Share value={total.cases === 0 ? null : total.verdicts[verdict] / total.cases} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** A share as "33,3 %", or a dash that says "no figure" to screen readers when there is nothing to divide by. */
export function Share({ value }: { readonly value: number | null }) {
  const { t } = useTranslation();
  const formats = useFormats();
  if (value === null) return <MissingValue label={t("decisionPages.followUp.noFigure")} />;
  return <>{formats.percent(value)}</>;
}
