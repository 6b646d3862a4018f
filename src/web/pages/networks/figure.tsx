import { useTranslation } from "react-i18next";
import { useNumberFormats } from "./format.js";

/** A score, average or sum written the interface's way ("2,5"), or a dash read out as "no figure". */
export function Figure({ value }: { readonly value: number | null }) {
  const { t } = useTranslation();
  const formats = useNumberFormats();
  if (value === null) {
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t("networkPages.common.noFigure")}</span>
      </>
    );
  }
  return <>{formats.number(value)}</>;
}
