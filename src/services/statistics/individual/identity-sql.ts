import { readReferenceDate } from "./reference-date.js";
import { sqlString } from "./sql-text.js";

/**
 * The rule of core `parseIdentityNumber` as DuckDB SQL, so that millions of personal identity
 * numbers are checked column-wise inside the engine instead of by one JavaScript call per
 * row. The two must agree on every input (identity-sql.test.ts runs both over Skatteverket's
 * test numbers and a set of malformed ones): 10 or 12 digits; `-`, `+` (10-digit form only,
 * aged 100 or more) or no separator; the Luhn digit over YYMMDDNNN; a real date, with 60
 * added to the day of a co-ordination number; the century of a 10-digit number the latest
 * that does not put the birth after the reference date; legal sex from the ninth digit of the
 * 10-digit form (odd man, even woman); age in completed years at the reference date.
 *
 * The number is read as text once, turned into one BIGINT, and everything else is integer
 * arithmetic on that, which DuckDB runs vectorised. Only the status, sex and age leave the
 * rule; the caller drops the number.
 */

/** Why a number failed, as in core `IdentityNumberProblem`; NULL in SQL for a valid one. */
export type IdentityStatus = "format" | "checksum" | "date" | "future";

/** The columns the rule adds (names chosen not to clash with a user's columns). */
export const IDENTITY_COLUMNS = { status: "__pnr_status", sex: "__pnr_sex", age: "__pnr_age" } as const;

/** Whitespace trimmed like the core: every code up to 32, and the no-break space. */
const SPACES = `${Array.from({ length: 32 }, (_, i) => String.fromCharCode(i + 1)).join("")}\u00a0`;
/** 10 digits with `-`/`+` or none, or 12 digits with `-` or none, as GLOB patterns by length (faster than a regular expression). */
const DIGIT = "[0-9]";
const SHAPES: Readonly<Record<number, string>> = {
  10: DIGIT.repeat(10),
  11: `${DIGIT.repeat(6)}[-+]${DIGIT.repeat(4)}`,
  12: DIGIT.repeat(12),
  13: `${DIGIT.repeat(8)}-${DIGIT.repeat(4)}`,
};

/** Whether `text` (SQL) has one of the shapes; false for NULL. */
function inShape(text: string): string {
  const cases = Object.entries(SHAPES).map(([length, glob]) => `WHEN ${length} THEN ${text} GLOB ${sqlString(glob)}`);
  return `coalesce(CASE length(${text}) ${cases.join(" ")} ELSE false END, false)`;
}

/** A SQL list literal of 100 integers, looked up by a two-digit number p as `list_extract(list, p + 1)`. */
function table(value: (p: number) => number): string {
  return `[${Array.from({ length: 100 }, (_, p) => value(p)).join(", ")}]`;
}

/** The Luhn sum of a digit pair "ab" read with weights 2 and 1: 2a (less 9 from 10) + b. */
const LUHN_PAIR = table((p) => {
  const doubled = 2 * Math.floor(p / 10);
  return (doubled > 9 ? doubled - 9 : doubled) + (p % 10);
});
/** 1 where the pair's first digit is odd (the ninth digit of "NNNC" read as "N3 C": a man). */
const FIRST_ODD = table((p) => Math.floor(p / 10) % 2);
/** 1 for months of 31 days. */
const LONG_MONTH = table((m) => ([1, 3, 5, 7, 8, 10, 12].includes(m) ? 1 : 0));

/**
 * Wraps `relation` (a FROM-able SQL text, e.g. a subquery in parentheses) so that every row
 * gains `__pnr_status`, `__pnr_sex` ('K'/'M') and `__pnr_age` computed from the column
 * expression `column` (any type; cast to text). All columns of the relation are kept,
 * together with working columns prefixed `__pn_`; select what you need from the result.
 *
 * Costs were measured, and the rule is written for them: text is touched once (one GLOB
 * pattern, one replace and one cast to BIGINT; the slow trim only for numbers not already in shape); the
 * number is cut into two-digit pairs with four integer divisions; everything else is integer
 * multiplication, comparison and lookups in constant lists of 100 (the Luhn value of a pair,
 * the parity of the sex digit, the months of 31 days), which DuckDB runs far faster than
 * division, DOUBLE arithmetic or an IN list (planned as a join).
 * WARNING: throws RangeError when `referenceDate` is not a real date YYYY-MM-DD (check it first).
 */
export function withIdentityColumns(relation: string, column: string, referenceDate: string): string {
  const reference = readReferenceDate(referenceDate);
  if (reference === null)
    throw new RangeError(`The reference date must be a real date YYYY-MM-DD, got "${referenceDate}"`);
  const { year: refYear, monthDay: refMonthDay } = reference;
  const refKey = refYear * 10000 + refMonthDay;
  const refYy = refYear % 100;

  const raw = `SELECT *, CAST(${column} AS VARCHAR) AS __pn_raw FROM ${relation}`;
  const text = `SELECT *, ${inShape("__pn_raw")} AS __pn_raw_ok,
      CASE WHEN __pn_raw_ok THEN __pn_raw ELSE trim(__pn_raw, ${sqlString(SPACES)}) END AS __pn_s
    FROM (${raw})`;
  const shaped = `SELECT *, length(__pn_s) AS __pn_len,
      CASE WHEN __pn_raw_ok THEN true ELSE ${inShape("__pn_s")} END AS __pn_shape
    FROM (${text})`;
  // The shapes allow `+` only in the 10-digit form; the separator is dropped before the cast
  // (replace is several times faster than translate here; CASE keeps `contains` to 11 characters).
  const plus = `SELECT *, CAST(CASE WHEN __pn_len = 11 THEN contains(__pn_s, '+') ELSE false END AS BIGINT) AS __pn_plus
    FROM (${shaped})`;
  const number = `SELECT *,
      CAST(__pn_len >= 12 AS BIGINT) AS __pn_long,
      CASE WHEN NOT __pn_shape THEN 0 WHEN __pn_plus = 1 THEN CAST(replace(__pn_s, '+', '') AS BIGINT)
        ELSE CAST(replace(__pn_s, '-', '') AS BIGINT) END AS __pn_num
    FROM (${plus})`;
  // YYMMDDNNNC as the pairs YY MM DD N1N2 N3C, by repeated division by 100.
  const split = `SELECT *, __pn_num // 10000000000 AS __pn_century FROM (${number})`;
  const quotients = `SELECT *, __pn_num - 10000000000 * __pn_century AS __pn_ten,
      (__pn_num - 10000000000 * __pn_century) // 100 AS __pn_q1 FROM (${split})`;
  const q2 = `SELECT *, __pn_q1 // 100 AS __pn_q2 FROM (${quotients})`;
  const q3 = `SELECT *, __pn_q2 // 100 AS __pn_q3 FROM (${q2})`;
  const pairs = `SELECT *,
      __pn_q3 // 100 AS __pn_yy,
      __pn_q3 - 100 * (__pn_q3 // 100) AS __pn_mm,
      __pn_q2 - 100 * __pn_q3 AS __pn_dd0,
      __pn_q1 - 100 * __pn_q2 AS __pn_c1,
      __pn_ten - 100 * __pn_q1 AS __pn_c0
    FROM (${q3})`;
  const pair = (name: string) => `list_extract(${LUHN_PAIR}, ${name} + 1)`;
  // With the check digit counted at weight 1, a valid number's Luhn sum is a multiple of 10.
  const luhn = `${pair("__pn_yy")} + ${pair("__pn_mm")} + ${pair("__pn_dd0")} + ${pair("__pn_c1")} + ${pair("__pn_c0")}`;
  const checked = `SELECT *,
      __pn_luhn = 10 * (__pn_luhn // 10) AS __pn_ok_check,
      __pn_dd0 - 60 * CAST(__pn_dd0 > 60 AS BIGINT) AS __pn_dd
    FROM (SELECT *, ${luhn} AS __pn_luhn FROM (${pairs}))`;
  // A 10-digit number: the latest year ending in yy not after the reference year, a century
  // earlier if that puts the birthday after the reference date, and one more with `+`.
  const tenDigitYear = `(${refYear - refYy} + __pn_yy - 100 * CAST(__pn_yy > ${refYy} AS BIGINT)
      - 100 * CAST(__pn_yy = ${refYy} AND __pn_mm * 100 + __pn_dd > ${refMonthDay} AS BIGINT) - 100 * __pn_plus)`;
  const dated = `SELECT *,
      __pn_long * (__pn_century * 100 + __pn_yy) + (1 - __pn_long) * ${tenDigitYear} AS __pn_year
    FROM (${checked})`;
  const leap = "(__pn_year % 4 = 0 AND (__pn_year % 100 <> 0 OR __pn_year % 400 = 0))";
  const realDay = `(__pn_dd <= 28 OR (__pn_mm <> 2 AND (__pn_dd <= 30 OR list_extract(${LONG_MONTH}, __pn_mm + 1) = 1))
      OR (__pn_mm = 2 AND __pn_dd = 29 AND ${leap}))`;
  // Valid numbers (nearly all) are told by one conjunction; the reason is sought only for the others.
  const valid = `__pn_shape AND __pn_ok_check AND __pn_mm >= 1 AND __pn_mm <= 12 AND __pn_dd >= 1 AND __pn_dd <= 31
      AND ${realDay} AND __pn_year * 10000 + __pn_mm * 100 + __pn_dd <= ${refKey}`;
  const status = `CASE WHEN NOT __pn_valid THEN CASE
      WHEN NOT __pn_shape THEN 'format'
      WHEN NOT __pn_ok_check THEN 'checksum'
      WHEN __pn_mm < 1 OR __pn_mm > 12 OR __pn_dd < 1 OR __pn_dd > 31 OR NOT ${realDay} THEN 'date'
      ELSE 'future'
    END END`;
  return `(SELECT *,
      CASE WHEN __pn_valid THEN CASE WHEN list_extract(${FIRST_ODD}, __pn_c0 + 1) = 1 THEN 'M' ELSE 'K' END END
        AS ${IDENTITY_COLUMNS.sex},
      CASE WHEN __pn_valid THEN CAST(${refYear} - __pn_year
        - CAST(${refMonthDay} < __pn_mm * 100 + __pn_dd AS BIGINT) AS INTEGER) END AS ${IDENTITY_COLUMNS.age},
      ${status} AS ${IDENTITY_COLUMNS.status}
    FROM (SELECT *, coalesce(${valid}, false) AS __pn_valid FROM (${dated})))`;
}
