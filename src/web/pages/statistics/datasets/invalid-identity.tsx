import { useTranslation } from "react-i18next";

/**
 * How many identity numbers were invalid and on which rows (the first thousand at most, as the
 * API keeps them); never the numbers themselves.
 */
export function InvalidIdentity({
  invalid,
}: {
  readonly invalid: { readonly count: number; readonly rows: readonly number[] };
}) {
  const { t } = useTranslation();
  if (invalid.count === 0) return <p>{t("statisticsPages.datasets.invalidNone")}</p>;
  const rows = invalid.rows.join(", ");
  return (
    <>
      <p>{t("statisticsPages.datasets.invalidCount", { count: invalid.count })}</p>
      {invalid.rows.length > 0 && (
        <p className="invalid-rows">
          {invalid.rows.length < invalid.count
            ? t("statisticsPages.datasets.invalidRowsMore", { shown: invalid.rows.length, count: invalid.count, rows })
            : t("statisticsPages.datasets.invalidRows", { rows })}
        </p>
      )}
    </>
  );
}
