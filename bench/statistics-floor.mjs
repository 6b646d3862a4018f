/**
 * The floor: the same breakdown as Jämt's, written by hand as one DuckDB query, as an analyst
 * fluent in SQL would: sex × 10-year age band × municipality with n, mean, standard deviation
 * and median for women, men and both (GROUPING SETS), then women against men side by side
 * with the difference of means and its normal 95 % interval. No checks, no disclosure
 * control, no confidence intervals by t: what Jämt does on top costs what it costs against this.
 */
function reader(file) {
  const quoted = `'${file.replaceAll("'", "''")}'`;
  return file.endsWith(".parquet")
    ? `read_parquet(${quoted})`
    : `read_csv(${quoted}, header = true, types = {'kommun': 'VARCHAR', 'kon': 'VARCHAR'})`;
}

/** The query over a CSV or (by its extension) Parquet file with kon, alder, kommun and kostnad. */
export function floorSql(file) {
  const band = `CASE WHEN alder < 90 THEN CAST(alder // 10 * 10 AS VARCHAR) || '-' || CAST(alder // 10 * 10 + 9 AS VARCHAR) ELSE '90+' END`;
  return `
    WITH g AS (
      SELECT kommun, ${band} AS band, kon, count(*) AS n, avg(kostnad) AS mean,
             stddev_samp(kostnad) AS sd, median(kostnad) AS median
      FROM ${reader(file)}
      GROUP BY GROUPING SETS ((kommun, band, kon), (kommun, band))
    )
    SELECT t.kommun, t.band, t.n, t.mean, t.median,
           k.n AS women, k.mean AS women_mean, k.median AS women_median,
           m.n AS men, m.mean AS men_mean, m.median AS men_median,
           k.n / t.n AS share_of_women,
           k.mean - m.mean AS difference,
           k.mean - m.mean - 1.96 * sqrt(k.sd ^ 2 / k.n + m.sd ^ 2 / m.n) AS difference_lower,
           k.mean - m.mean + 1.96 * sqrt(k.sd ^ 2 / k.n + m.sd ^ 2 / m.n) AS difference_upper
    FROM g t
    JOIN g k ON k.kommun = t.kommun AND k.band = t.band AND k.kon = 'K'
    JOIN g m ON m.kommun = t.kommun AND m.band = t.band AND m.kon = 'M'
    WHERE t.kon IS NULL
    ORDER BY t.kommun, t.band`;
}
