import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { MissingValue } from "../../components/missing-value.js";
import { useNumberFormats } from "./format.js";

/** A score, average or sum written the interface's way ("2,5"), or a dash read out as "no figure". */
export function Figure({ value }: { readonly value: number | null }) {
  const { t } = useTranslation();
  const formats = useNumberFormats();
  if (value === null) return <MissingValue label={t("networkPages.common.noFigure")} />;
  return <>{formats.number(value)}</>;
}

/** A numeric table cell holding a Figure, with what `children` adds after it (a note). */
export function FigureCell({ value, children }: { readonly value: number | null; readonly children?: ReactNode }) {
  return (
    <td className="numeric">
      <Figure value={value} />
      {children}
    </td>
  );
}
