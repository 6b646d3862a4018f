import { type AgeBand, type ImportFailure, importFailure, importMessage } from "../../../core/statistics/index.js";
import { IDENTITY_COLUMNS, withIdentityColumns } from "./identity-sql.js";
import { readReferenceDate } from "./reference-date.js";
import { columnList, isNumericType, requireColumn, type SourceFile } from "./source-file.js";
import { sqlString } from "./sql-text.js";
import type { SexAgeColumns } from "./types.js";

/**
 * The rows of a file as a breakdown or a conversion reads them: legal sex (`__sex`, 'K' or
 * 'M'), age in whole years (`__age`), the age band (`__band`), the grouping values as text
 * (`__g0`, `__g1` …), the measure as a number (`__x`) and `__state`, which says whether the
 * row counts: 0 yes, 1 an invalid identity number, 2 no age where age bands need one, 3 no
 * readable sex. Sex and age come from the identity number when there is one (the SQL rule in
 * identity-sql.ts), otherwise from a sex and an age column.
 */
export const ROW_STATE = { usable: 0, invalidIdentity: 1, noAge: 2, noSex: 3 } as const;

export interface RowPlan {
  /** A FROM-able relation with the derived columns and `keep` (quoted column expressions) of `from`. */
  readonly relation: (from: string, keep?: readonly string[]) => string;
  readonly referenceDate: string | null;
  readonly identityColumn: string | null;
  /** Whether `__bad` (a measure value that is not a number) can be true at all. */
  readonly parsesMeasure: boolean;
  /** How many grouping columns (`__g0` …). */
  readonly groupCount: number;
}

export interface RowPlanSpec extends SexAgeColumns {
  readonly by?: readonly string[] | undefined;
  readonly ageBands?: readonly AgeBand[] | null | undefined;
  readonly mean?: string | undefined;
}

const SEX_NAMES = ["kon", "kön", "sex"];
const AGE_NAMES = ["alder", "ålder", "age"];
const WOMEN = ["k", "kvinna", "kvinnor", "f", "female", "woman", "women", "2"];
const MEN = ["m", "man", "män", "male", "men", "1"];

/** The columns to read as text before DuckDB guesses their type: codes, sexes and identity numbers. */
export function textColumnsOf(spec: RowPlanSpec): string[] {
  return [spec.identity?.column, spec.sexColumn, ...(spec.by ?? []), ...SEX_NAMES].filter(
    (column): column is string => typeof column === "string",
  );
}

/** The plan for reading `source` as `spec` asks, or a failure naming what is missing. */
export function planRows(source: SourceFile, spec: RowPlanSpec): RowPlan | ImportFailure {
  const needsAge = spec.ageBands !== null && spec.ageBands !== undefined;
  const groups: string[] = [];
  for (const column of spec.by ?? []) {
    const quoted = requireColumn(source, column);
    if (typeof quoted !== "string") return quoted;
    groups.push(`coalesce(CAST(${quoted} AS VARCHAR), '')`);
  }
  const measure = spec.mean === undefined ? null : measureExpressions(source, spec.mean);
  if (measure !== null && "kind" in measure) return measure;
  const person = personExpressions(source, spec, needsAge);
  if ("kind" in person) return person;

  const band = needsAge ? bandExpression(spec.ageBands as readonly AgeBand[]) : "NULL";
  const relation = (from: string, keep: readonly string[] = []) => {
    const inner = `SELECT ${[
      ...keep,
      `${person.sex} AS __sex`,
      `${person.age} AS __age`,
      `${person.invalid} AS __invalid`,
      ...groups.map((group, index) => `${group} AS __g${index}`),
      `${measure?.value ?? "NULL::DOUBLE"} AS __x`,
      `${measure?.bad ?? "false"} AS __bad`,
    ].join(", ")} FROM ${person.wrap(from)}`;
    const state = `CASE WHEN __invalid THEN ${ROW_STATE.invalidIdentity} WHEN __sex IS NULL THEN ${ROW_STATE.noSex}
      ${needsAge ? `WHEN __band IS NULL THEN ${ROW_STATE.noAge}` : ""} ELSE ${ROW_STATE.usable} END`;
    return `(SELECT *, ${state} AS __state FROM (SELECT *, ${band} AS __band FROM (${inner})))`;
  };
  return {
    relation,
    referenceDate: spec.identity?.referenceDate ?? null,
    identityColumn: spec.identity?.column ?? null,
    parsesMeasure: measure?.bad !== undefined && measure.bad !== "false",
    groupCount: groups.length,
  };
}

interface PersonExpressions {
  readonly sex: string;
  readonly age: string;
  readonly invalid: string;
  readonly wrap: (from: string) => string;
}

function personExpressions(
  source: SourceFile,
  spec: RowPlanSpec,
  needsAge: boolean,
): PersonExpressions | ImportFailure {
  if (spec.identity !== undefined) {
    const quoted = requireColumn(source, spec.identity.column);
    if (typeof quoted !== "string") return quoted;
    const { referenceDate } = spec.identity;
    if (readReferenceDate(referenceDate) === null) {
      return importFailure(importMessage("statisticsEngine.failed.badReferenceDate", { date: referenceDate }));
    }
    return {
      sex: IDENTITY_COLUMNS.sex,
      age: IDENTITY_COLUMNS.age,
      invalid: `${IDENTITY_COLUMNS.status} IS NOT NULL`,
      wrap: (from) => withIdentityColumns(`(SELECT * FROM ${from})`, quoted, referenceDate),
    };
  }
  const sexColumn = spec.sexColumn ?? findByName(source, SEX_NAMES);
  if (sexColumn === undefined) {
    return importFailure(importMessage("statisticsEngine.failed.noSexColumn", { columns: columnList(source) }));
  }
  const sex = requireColumn(source, sexColumn);
  if (typeof sex !== "string") return sex;
  const ageColumn = spec.ageColumn ?? findByName(source, AGE_NAMES);
  if (ageColumn === undefined && needsAge) {
    return importFailure(importMessage("statisticsEngine.failed.noAgeColumn", { columns: columnList(source) }));
  }
  const age = ageColumn === undefined ? null : requireColumn(source, ageColumn);
  if (age !== null && typeof age !== "string") return age;
  // K and M as written are tested first, with plain comparisons (DuckDB plans an IN list as a join).
  const raw = `CAST(${sex} AS VARCHAR)`;
  const text = `lower(trim(${raw}))`;
  const anyOf = (values: readonly string[]) => values.map((value) => `${text} = ${sqlString(value)}`).join(" OR ");
  const ageType = source.columns.find((column) => column.name === ageColumn)?.type ?? "VARCHAR";
  const years = age === null ? null : isNumericType(ageType) ? age : `TRY_CAST(${age} AS DOUBLE)`;
  return {
    sex: `CASE WHEN ${raw} = 'K' THEN 'K' WHEN ${raw} = 'M' THEN 'M'
      WHEN ${anyOf(WOMEN)} THEN 'K' WHEN ${anyOf(MEN)} THEN 'M' END`,
    age:
      years === null
        ? "NULL::INTEGER"
        : /INT/.test(ageType) && years === age
          ? `CASE WHEN ${years} >= 0 THEN CAST(${years} AS INTEGER) END`
          : `CASE WHEN ${years} >= 0 THEN CAST(floor(${years}) AS INTEGER) END`,
    invalid: "false",
    wrap: (from) => from,
  };
}

/** A column named like one of `names`, ignoring case. */
function findByName(source: SourceFile, names: readonly string[]): string | undefined {
  return source.columns.find((column) => names.includes(column.name.toLowerCase()))?.name;
}

/**
 * The measure as DOUBLE. A text column (a CSV file whose numbers DuckDB could not read as such)
 * is read with spaces as thousands separators and a decimal comma; a value that still is no
 * number marks the row `__bad`, which makes the whole breakdown fail with a message.
 */
function measureExpressions(source: SourceFile, column: string): { value: string; bad: string } | ImportFailure {
  const quoted = requireColumn(source, column);
  if (typeof quoted !== "string") return quoted;
  const type = source.columns.find((c) => c.name === column)?.type ?? "VARCHAR";
  if (isNumericType(type)) return { value: `CAST(${quoted} AS DOUBLE)`, bad: "false" };
  const text = `trim(CAST(${quoted} AS VARCHAR))`;
  const value = `TRY_CAST(replace(replace(replace(${text}, ' ', ''), '\u00a0', ''), ',', '.') AS DOUBLE)`;
  return { value, bad: `(${text} <> '' AND ${value} IS NULL)` };
}

/** The band's label for `__age`, NULL for no age; bands from `parseAgeBands` cover every age from 0. */
function bandExpression(bands: readonly AgeBand[]): string {
  const cases = bands.map((band) =>
    band.upper === null
      ? `WHEN __age >= ${band.lower} THEN ${sqlString(band.label)}`
      : `WHEN __age <= ${band.upper} THEN ${sqlString(band.label)}`,
  );
  return `CASE WHEN __age IS NULL OR __age < ${bands[0]?.lower ?? 0} THEN NULL ${cases.join(" ")} END`;
}
