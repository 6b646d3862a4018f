import { useTranslation } from "react-i18next";
import { mainDifference, type NumberLocale, shareClarity } from "../../../../core/index.js";
import type { IndicatorValueView, MeasureKind } from "../../../api/statistics-api.js";
import { currentLanguage } from "../../../i18n.js";

interface MainDifferenceBoxProps {
  readonly measureKind: MeasureKind;
  readonly unit: string | null;
  readonly women: IndicatorValueView | undefined;
  readonly men: IndicatorValueView | undefined;
  /** "2023, Luleå": where the sentence applies. */
  readonly place: string;
}

/**
 * The plain-language sentence of the main difference in the chosen period and area, first on
 * the page: figures, the difference, and whether it is statistically clear. For shares with the
 * counts behind them the difference is tested; without counts it cannot be.
 */
export function MainDifferenceBox({ measureKind, unit, women, men, place }: MainDifferenceBoxProps) {
  const { t } = useTranslation();
  const locale: NumberLocale = currentLanguage();
  const result = mainDifference(
    {
      measureKind,
      unit,
      women: women?.value ?? null,
      men: men?.value ?? null,
      clear: clarity(measureKind, women, men),
    },
    locale,
  );
  const [first, ...more] = result.sentences.map((sentence) => t(sentence.key as never, sentence.params) as string);
  return (
    <section className="main-difference" aria-labelledby="main-difference-heading">
      <h2 id="main-difference-heading">{t("statisticsPages.indicator.mainDifference")}</h2>
      <p className="sentence">{first}</p>
      {more.length > 0 && <p className="sentence-more">{more.join(" ")}</p>}
      <p className="sentence-for">{place}</p>
    </section>
  );
}

/** Tested for shares with the counts behind both; "cannot be tested" without counts; otherwise not said. */
function clarity(
  measureKind: MeasureKind,
  women: IndicatorValueView | undefined,
  men: IndicatorValueView | undefined,
): boolean | null | undefined {
  const count = (value: IndicatorValueView | undefined) => (value?.count?.kind === "shown" ? value.count.value : null);
  const figure = (value: IndicatorValueView | undefined) => (value?.value.kind === "shown" ? value.value.value : null);
  const womenCount = count(women);
  const menCount = count(men);
  if (womenCount === null || menCount === null) return null;
  if (measureKind !== "share") return undefined;
  const w = figure(women);
  const m = figure(men);
  if (w === null || m === null) return undefined;
  return shareClarity({ percent: w, count: womenCount }, { percent: m, count: menCount });
}
