import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseIdentityNumber } from "../../../core/statistics/identity-number.js";
import { queryRows, withDuckDb } from "./duckdb-session.js";
import { IDENTITY_COLUMNS, withIdentityColumns } from "./identity-sql.js";
import { sqlString } from "./sql-text.js";

const SKATTEVERKET = fileURLToPath(
  new URL("../../../../../shared/data/skatteverket_testpersonnummer_2000-2009.csv", import.meta.url),
);

/** Skatteverket's 12-digit test numbers, as the file has them. */
function skatteverketNumbers(): string[] {
  return readFileSync(SKATTEVERKET, "utf8")
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** A valid Luhn digit for nine digits YYMMDDNNN. */
function luhn(nine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const v = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    sum += v > 9 ? v - 9 : v;
  }
  return (10 - (sum % 10)) % 10;
}

/** Every way of writing the numbers, and every way of getting them wrong that the rule must catch. */
function variants(numbers: readonly string[]): string[] {
  const out: string[] = [];
  for (const twelve of numbers) {
    const ten = twelve.slice(2);
    out.push(twelve, `${twelve.slice(0, 8)}-${twelve.slice(8)}`, ten, `${ten.slice(0, 6)}-${ten.slice(6)}`);
    out.push(`${ten.slice(0, 6)}+${ten.slice(6)}`, ` ${ten}\t`, `${twelve.slice(0, 8)}+${twelve.slice(8)}`);
    const wrongCheck = `${twelve.slice(0, 11)}${(Number(twelve[11]) + 3) % 10}`;
    out.push(wrongCheck);
  }
  // Co-ordination numbers (day + 60) with a correct check digit, and impossible dates with one.
  for (const [date, birth] of [
    ["701063", "234"],
    ["991291", "123"],
    ["000229", "120"],
    ["010229", "120"],
    ["000289", "120"],
    ["010289", "120"],
    ["001301", "111"],
    ["000001", "111"],
    ["000100", "111"],
    ["000132", "111"],
    ["000160", "111"],
    ["000192", "111"],
    ["000431", "111"],
    ["000430", "111"],
    ["991231", "999"],
    ["261206", "111"],
    ["261207", "111"],
    ["270101", "111"],
    ["250615", "002"],
  ] as const) {
    const nine = `${date}${birth}`;
    const ten = `${nine}${luhn(nine)}`;
    out.push(ten, `${date}-${birth}${luhn(nine)}`, `${date}+${birth}${luhn(nine)}`, `19${ten}`, `20${ten}`, `18${ten}`);
    out.push(`20${date}-${birth}${luhn(nine)}`, `${date}${birth}${(luhn(nine) + 1) % 10}`);
  }
  out.push(
    "",
    " ",
    "abc",
    "19121212-1212",
    "191212121212",
    "121212-1212",
    "121212+1212",
    "1212121212",
    "12121212121",
    "1912121212121",
    "19121212+1212",
    "191212-121212",
    "121212_1212",
    "12121２-1212",
    "١٢١٢١٢-١٢١٢",
    "121212--1212",
    "\u00a0121212-1212\u00a0",
    "-121212-1212",
    "12-1212-1212",
    "x191212121212",
    "00000000-0000",
    "0000000000",
    "9999999999",
  );
  return out;
}

describe("the SQL identity-number rule", () => {
  it("agrees with parseIdentityNumber on every Skatteverket test number and on malformed ones", async () => {
    const numbers = skatteverketNumbers();
    expect(numbers).toHaveLength(7323);
    const inputs = variants(numbers);
    for (const referenceDate of ["2026-12-06", "2005-06-15", "2100-02-28"]) {
      const rows = await withDuckDb(async (connection) => {
        await connection.run("CREATE TABLE input (i INTEGER, v VARCHAR)");
        const appender = await connection.createAppender("input");
        inputs.forEach((value, index) => {
          appender.appendInteger(index);
          appender.appendVarchar(value);
          appender.endRow();
        });
        appender.closeSync();
        const { status, sex, age } = IDENTITY_COLUMNS;
        return queryRows(
          connection,
          `SELECT i, ${status} AS status, ${sex} AS sex, ${age} AS age
           FROM ${withIdentityColumns("input", "v", referenceDate)} ORDER BY i`,
        );
      });
      expect(rows).toHaveLength(inputs.length);
      const disagreements = rows.flatMap((row) => {
        const input = inputs[row.i as number] as string;
        const parsed = parseIdentityNumber(input, referenceDate);
        const expected =
          parsed.kind === "valid"
            ? { status: null, sex: parsed.sex, age: parsed.age }
            : { status: parsed.reason, sex: null, age: null };
        const actual = { status: row.status, sex: row.sex, age: row.age };
        return JSON.stringify(actual) === JSON.stringify(expected) ? [] : [{ input, referenceDate, expected, actual }];
      });
      expect(disagreements.slice(0, 5)).toEqual([]);
      // The rule is not vacuous: valid numbers and every kind of problem occur (a birth after
      // the reference date not in 2100, when every 12-digit number here has been born).
      const statuses = new Set(rows.map((row) => row.status));
      const future = referenceDate === "2100-02-28" ? [] : ["future"];
      expect(statuses).toEqual(new Set([null, "format", "checksum", "date", ...future]));
      const valid = rows.filter((row) => row.status === null).length;
      expect(valid).toBeGreaterThan(referenceDate === "2005-06-15" ? 7323 : 14_646);
    }
  }, 60_000);

  it("reads a number stored as an integer or with surrounding spaces", async () => {
    const rows = await withDuckDb((connection) =>
      queryRows(
        connection,
        `SELECT ${IDENTITY_COLUMNS.sex} AS sex, ${IDENTITY_COLUMNS.age} AS age
         FROM ${withIdentityColumns(`(SELECT 200001012384::BIGINT AS p UNION ALL SELECT ${sqlString(" 200001011493 ")})`, "p", "2020-01-01")}`,
      ),
    );
    expect(rows).toEqual([
      { sex: "K", age: 20 },
      { sex: "M", age: 20 },
    ]);
  });
});
