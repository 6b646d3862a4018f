import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import personnummerPackage from "personnummer";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type IdentityNumberParse, parseIdentityNumber } from "./identity-number.js";

/** The package's types describe its CommonJS build, Vitest loads its ESM build: take the class from either. */
type PersonnummerClass = typeof personnummerPackage.default;
const Personnummer: PersonnummerClass =
  (personnummerPackage as { default?: PersonnummerClass }).default ??
  (personnummerPackage as unknown as PersonnummerClass);

/** Skatteverket's official test numbers for people born 2000–2009 (see ../shared/data/SOURCES.md). */
const SKATTEVERKET = fileURLToPath(
  new URL("../../../../shared/data/skatteverket_testpersonnummer_2000-2009.csv", import.meta.url),
);

function skatteverketNumbers(): string[] {
  const [header, ...rows] = readFileSync(SKATTEVERKET, "utf8").split("\r\n");
  expect(header).toBe("Testpersonnummer");
  return rows.filter((row) => row.trim() !== "");
}

/** Appends the Luhn check digit to nine digits YYMMDDNNN (the tests' own, written separately). */
function withCheck(nine: string): string {
  const sum = [...nine].reduce((acc, c, i) => {
    const v = Number(c) * (i % 2 === 0 ? 2 : 1);
    return acc + Math.floor(v / 10) + (v % 10);
  }, 0);
  return `${nine}${(10 - (sum % 10)) % 10}`;
}

function valid(text: string, referenceDate: string) {
  const parsed = parseIdentityNumber(text, referenceDate);
  if (parsed.kind !== "valid") throw new Error(`expected valid, got ${parsed.reason}`);
  return parsed;
}

function reason(text: string, referenceDate = "2025-06-15") {
  const parsed = parseIdentityNumber(text, referenceDate);
  return parsed.kind === "invalid" ? parsed.reason : "valid";
}

describe("parseIdentityNumber on hand-worked numbers", () => {
  // 8 1 1 2 1 8 9 8 7 weighted 2,1,2,…: 16→7, 1, 2, 2, 2, 8, 18→9, 8, 14→5; sum 44, check 6.
  it("reads 811218-9876 as a man born 18 December 1981, in every written form", () => {
    const expected = { kind: "valid", sex: "M", birthDate: "1981-12-18", age: 43, coordination: false };
    for (const text of ["811218-9876", "8112189876", "19811218-9876", "198112189876", "  811218-9876\t"]) {
      expect(parseIdentityNumber(text, "2025-06-15")).toEqual(expected);
    }
  });

  it("gives legal sex by the ninth digit: odd is a man, even a woman", () => {
    // 2 5 0 6 1 5 1 2 3: 4+5+0+6+2+5+2+2+6 = 32, check 8; with 4 as the ninth digit: 4+5+0+6+2+5+2+2+8 = 34, check 6.
    expect(valid("250615-1238", "2025-06-15").sex).toBe("M");
    expect(valid("250615-1246", "2025-06-15").sex).toBe("K");
  });

  it("reads a co-ordination number, day plus 60, as the real birth date", () => {
    // 8 1 1 2 7 8 9 8 7: 16→7, 1, 2, 2, 14→5, 8, 18→9, 8, 14→5; sum 47, check 3.
    expect(withCheck("811278987")).toBe("8112789873");
    expect(parseIdentityNumber("811278-9873", "2025-06-15")).toEqual({
      kind: "valid",
      sex: "M",
      birthDate: "1981-12-18",
      age: 43,
      coordination: true,
    });
    expect(valid(`19${withCheck("811291987")}`, "2025-06-15")).toMatchObject({ birthDate: "1981-12-31" });
  });

  it("puts a 10-digit number in the most recent century that is not after the reference date", () => {
    const born = (nine: string, separator: string, referenceDate: string) => {
      const ten = withCheck(nine);
      const { birthDate, age } = valid(`${ten.slice(0, 6)}${separator}${ten.slice(6)}`, referenceDate);
      return { birthDate, age };
    };
    expect(born("250615123", "-", "2025-06-15")).toEqual({ birthDate: "2025-06-15", age: 0 });
    expect(born("250616123", "-", "2025-06-15")).toEqual({ birthDate: "1925-06-16", age: 99 });
    expect(born("260101123", "", "2025-06-15")).toEqual({ birthDate: "1926-01-01", age: 99 });
    expect(born("991231123", "-", "2000-01-01")).toEqual({ birthDate: "1999-12-31", age: 0 });
    expect(born("000101123", "-", "2000-01-01")).toEqual({ birthDate: "2000-01-01", age: 0 });
  });

  it("puts a number written with + another 100 years back: the person has turned 100", () => {
    const ten = withCheck("250615123");
    const plus = `${ten.slice(0, 6)}+${ten.slice(6)}`;
    expect(valid(plus, "2025-06-15")).toMatchObject({ birthDate: "1925-06-15", age: 100 });
    expect(valid(plus, "2025-06-14")).toMatchObject({ birthDate: "1825-06-15", age: 199 });
    expect(
      valid(`${withCheck("991231123").slice(0, 6)}+${withCheck("991231123").slice(6)}`, "2025-06-15"),
    ).toMatchObject({ birthDate: "1899-12-31", age: 125 });
  });

  it("counts completed years: one less until the birthday has come", () => {
    const number = `19${withCheck("810615123")}`;
    expect(valid(number, "2025-06-14").age).toBe(43);
    expect(valid(number, "2025-06-15").age).toBe(44);
    expect(valid(number, "2025-12-31").age).toBe(44);
  });

  it("lets a person born on 29 February turn older on 1 March in other years, on 29 February in leap years", () => {
    const number = `20${withCheck("000229123")}`;
    expect(valid(number, "2025-02-28").age).toBe(24);
    expect(valid(number, "2025-03-01").age).toBe(25);
    expect(valid(number, "2024-02-28").age).toBe(23);
    expect(valid(number, "2024-02-29").age).toBe(24);
    // Born 1 March: not yet a year older on 29 February of a leap year (the package says otherwise).
    expect(valid(`20${withCheck("020301238")}`, "2032-02-29").age).toBe(29);
  });

  it("rejects what is not 10 or 12 digits with an allowed separator as format", () => {
    for (const text of [
      "",
      "   ",
      "811218987",
      "81121898765",
      "811218 9876",
      "811218/9876",
      "81121-89876",
      "8112l8-9876",
      "19811218+9876",
      "1981121-89876",
      "x19811218-9876",
      "811218--9876",
      "1981-12-18",
    ]) {
      expect(reason(text), text).toBe("format");
    }
  });

  it("rejects a wrong check digit as checksum", () => {
    expect(reason("811218-9875")).toBe("checksum");
    expect(reason("198112189870")).toBe("checksum");
  });

  it("rejects a date that does not exist as date, co-ordination days included", () => {
    for (const nine of ["811318987", "810018987", "811200987", "811232987", "810431987", "811260987", "811292987"]) {
      expect(reason(withCheck(nine)), nine).toBe("date");
    }
    expect(reason(`19${withCheck("000229123")}`)).toBe("date");
    expect(reason(`20${withCheck("000229123")}`)).toBe("valid");
    expect(reason(`${withCheck("000229123").slice(0, 6)}+${withCheck("000229123").slice(6)}`)).toBe("date"); // 1900
    expect(reason(`19${withCheck("010229123")}`)).toBe("date");
  });

  it("rejects a 12-digit number born after the reference date as future", () => {
    expect(reason(`20${withCheck("250616123")}`, "2025-06-15")).toBe("future");
    expect(reason(`20${withCheck("250615123")}`, "2025-06-15")).toBe("valid");
  });

  it("never returns the number or its birth number", () => {
    const text = "811218-9876";
    const outcomes: IdentityNumberParse[] = [
      parseIdentityNumber(text, "2025-06-15"),
      parseIdentityNumber("811218-9875", "2025-06-15"),
      parseIdentityNumber("811218-987", "2025-06-15"),
    ];
    for (const outcome of outcomes) {
      const written = JSON.stringify(outcome);
      expect(written).not.toContain("9876");
      expect(written).not.toContain("811218");
      expect(written).not.toContain("9875");
    }
    expect(() => parseIdentityNumber(text, "2025-13-01")).toThrow(RangeError);
    expect(() => parseIdentityNumber(text, "20250615")).toThrow(/reference date/);
    try {
      parseIdentityNumber(text, "2025-02-29");
    } catch (error) {
      expect(String(error)).not.toContain("9876");
    }
  });
});

describe("parseIdentityNumber on Skatteverket's test numbers", () => {
  const numbers = skatteverketNumbers();

  it("finds all 7,323 valid: 3,661 men and 3,662 women, born 2000–2009", () => {
    expect(numbers).toHaveLength(7323);
    const sexes = { K: 0, M: 0 };
    for (const number of numbers) {
      const parsed = valid(number, "2025-06-15");
      sexes[parsed.sex]++;
      expect(parsed.birthDate >= "2000-01-01" && parsed.birthDate <= "2009-12-31").toBe(true);
      expect(parsed.age).toBeGreaterThanOrEqual(15);
      expect(parsed.age).toBeLessThanOrEqual(25);
    }
    expect(sexes).toEqual({ K: 3662, M: 3661 });
  });
});

/**
 * The `personnummer` package as an independent oracle. It takes "now" as its reference date,
 * so the clock is set to noon UTC of the reference date; it does not trim, does not reject
 * births after today and accepts `+` in the 12-digit form, so the variants avoid those.
 */
describe("parseIdentityNumber agrees with the personnummer package", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function oracle(text: string, referenceDate: string): IdentityNumberParse | "invalid" {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(`${referenceDate}T12:00:00Z`));
    if (!Personnummer.valid(text)) return "invalid";
    const p = Personnummer.parse(text);
    const day = Number(p.day) - (p.isCoordinationNumber() ? 60 : 0);
    return {
      kind: "valid",
      sex: p.isMale() ? "M" : "K",
      birthDate: `${p.fullYear}-${p.month}-${String(day).padStart(2, "0")}`,
      age: p.getAge(),
      coordination: p.isCoordinationNumber(),
    };
  }

  /** Whether the package found the number valid, after checking that we say the same. */
  function compare(text: string, referenceDate: string): boolean {
    const ours = parseIdentityNumber(text, referenceDate);
    const theirs = oracle(text, referenceDate);
    if (theirs === "invalid") expect(ours.kind, text).toBe("invalid");
    else expect(ours, text).toEqual(theirs);
    return theirs !== "invalid";
  }

  /** Variants of one 12-digit number: 10-digit forms, a wrong check digit, a bad date, day + 60. */
  function variants(twelve: string): string[] {
    const ten = twelve.slice(2);
    const nine = ten.slice(0, 9);
    const check = Number(ten[9]);
    const coordination = withCheck(`${nine.slice(0, 4)}${Number(nine.slice(4, 6)) + 60}${nine.slice(6)}`);
    const badMonth = withCheck(`${nine.slice(0, 2)}13${nine.slice(4)}`);
    const badDay = withCheck(`${nine.slice(0, 4)}3${nine[5] === "0" ? "2" : "5"}${nine.slice(6)}`);
    return [
      `${ten.slice(0, 6)}-${ten.slice(6)}`,
      `${ten.slice(0, 6)}+${ten.slice(6)}`,
      ten,
      `${twelve.slice(0, 8)}-${twelve.slice(8)}`,
      `${nine}${(check + 1) % 10}`,
      `${twelve.slice(0, 11)}${(check + 5) % 10}`,
      badMonth,
      `${twelve.slice(0, 2)}${badDay}`,
      coordination,
      `${twelve.slice(0, 2)}${coordination}`,
      `${coordination.slice(0, 6)}-${coordination.slice(6)}`,
    ];
  }

  const numbers = skatteverketNumbers();

  it("on all 7,323 numbers at one reference date", () => {
    expect(numbers.every((number) => compare(number, "2025-06-15"))).toBe(true);
  });

  it("on variants of every 25th number, at one date and on the day of and before the birthday", () => {
    let compared = 0;
    let validOnes = 0;
    for (const number of numbers.filter((_, i) => i % 25 === 0)) {
      // 2031 is not a leap year: the package counts someone born on 1 March a year older on
      // 29 February of a leap year, so that reference date is tested by hand above instead.
      const monthDay = number.slice(4, 8) === "0229" ? "03-01" : `${number.slice(4, 6)}-${number.slice(6, 8)}`;
      const birthday = `2031-${monthDay}`;
      const dayBefore = new Date(Date.parse(`${birthday}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      for (const text of variants(number)) {
        for (const referenceDate of ["2025-06-15", birthday, dayBefore]) {
          if (compare(text, referenceDate)) validOnes++;
          compared++;
        }
      }
    }
    expect(compared).toBe(293 * 11 * 3);
    // Seven of the eleven variants are valid (the written forms, `+` and day + 60), except
    // 000229+2399, which puts 29 February in 1900, not a leap year.
    expect(validOnes).toBe((293 * 7 - 1) * 3);
  });
});
