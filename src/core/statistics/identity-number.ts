/**
 * Swedish personal identity numbers (personnummer and samordningsnummer), read only to derive
 * legal sex and age at a reference date, so that the number itself can be dropped at once.
 * The rules are those of ../shared/reference/personnummer.md: `YYMMDD-NNNC` or
 * `YYYYMMDD-NNNC`, separator `-`, `+` (10-digit form only: the person has turned 100) or
 * none; the check digit C is the Luhn digit of the 10-digit form's first nine digits; a
 * co-ordination number adds 60 to the day; the ninth digit of the 10-digit form gives legal
 * sex (odd = man, even = woman).
 *
 * It runs on every row of an individual-level file (millions), so it reads character codes
 * directly: no regular expression, no substring, no intermediate object; an invalid number
 * costs no allocation at all (the outcomes are shared constants). Nothing returned contains
 * the number or any part of it that could identify the person beyond birth date and sex.
 */

/** Why a number was rejected; never the number itself. */
export type IdentityNumberProblem = "format" | "checksum" | "date" | "future";

/** What is kept of a valid number: legal sex, birth date (YYYY-MM-DD) and completed years. */
export interface ValidIdentityNumber {
  readonly kind: "valid";
  readonly sex: "K" | "M";
  readonly birthDate: string;
  readonly age: number;
  readonly coordination: boolean;
}

export interface InvalidIdentityNumber {
  readonly kind: "invalid";
  readonly reason: IdentityNumberProblem;
}

export type IdentityNumberParse = ValidIdentityNumber | InvalidIdentityNumber;

const FORMAT: InvalidIdentityNumber = Object.freeze({ kind: "invalid", reason: "format" });
const CHECKSUM: InvalidIdentityNumber = Object.freeze({ kind: "invalid", reason: "checksum" });
const DATE: InvalidIdentityNumber = Object.freeze({ kind: "invalid", reason: "date" });
const FUTURE: InvalidIdentityNumber = Object.freeze({ kind: "invalid", reason: "future" });

const ZERO = 48;
const DASH = 45;
const PLUS = 43;
const NO_BREAK_SPACE = 160;
/** The day of a co-ordination number is the day of birth plus this. */
const COORDINATION_OFFSET = 60;

/** "00" … "31", so that a birth date is one template literal and nothing more. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 32 }, (_, i) => (i < 10 ? `0${i}` : `${i}`));

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The digit at `index`, or -1 for anything else. */
function digitAt(text: string, index: number): number {
  const d = text.charCodeAt(index) - ZERO;
  return d >= 0 && d <= 9 ? d : -1;
}

/** `length` digits from `index` as a number, or -1 if any is not a digit. */
function digitsAt(text: string, index: number, length: number): number {
  let value = 0;
  for (let i = 0; i < length; i++) {
    const d = digitAt(text, index + i);
    if (d < 0) return -1;
    value = value * 10 + d;
  }
  return value;
}

function isSpace(code: number): boolean {
  return code <= 32 || code === NO_BREAK_SPACE;
}

/** A reference date YYYY-MM-DD as yyyymmdd, e.g. 20250615; -1 when it is not a real date. */
function referenceKey(referenceDate: string): number {
  if (referenceDate.length !== 10 || referenceDate.charCodeAt(4) !== DASH || referenceDate.charCodeAt(7) !== DASH) {
    return -1;
  }
  const year = digitsAt(referenceDate, 0, 4);
  const month = digitsAt(referenceDate, 5, 2);
  const day = digitsAt(referenceDate, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return -1;
  return year * 10000 + month * 100 + day;
}

/**
 * Validates a personal identity number and derives legal sex, birth date and age in
 * completed years at `referenceDate` (YYYY-MM-DD). Surrounding whitespace is ignored.
 * A 10-digit number's century is the most recent one that does not put the birth date after
 * the reference date; with `+` it is 100 years further back. A 12-digit number born after
 * the reference date is `future`. Checks run in the order format, checksum, date, future.
 * WARNING: throws RangeError when `referenceDate` is not a real date written YYYY-MM-DD
 * (a programming error, not bad data; the message names the reference date only).
 */
export function parseIdentityNumber(text: string, referenceDate: string): IdentityNumberParse {
  const reference = referenceKey(referenceDate);
  if (reference < 0) throw new RangeError(`The reference date must be a real date YYYY-MM-DD, got "${referenceDate}"`);

  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;

  // Where the 10-digit form's YYMMDD and NNNC start, and which separator (0 = none) is used.
  let century = -1;
  let separator = 0;
  let date = start;
  let tail = start + 6;
  switch (end - start) {
    case 10:
      break;
    case 11:
      separator = text.charCodeAt(start + 6);
      if (separator !== DASH && separator !== PLUS) return FORMAT;
      tail = start + 7;
      break;
    case 12:
      century = digitsAt(text, start, 2);
      date = start + 2;
      tail = start + 8;
      break;
    case 13:
      century = digitsAt(text, start, 2);
      if (text.charCodeAt(start + 8) !== DASH) return FORMAT; // `+` belongs to the 10-digit form only
      date = start + 2;
      tail = start + 9;
      break;
    default:
      return FORMAT;
  }
  if (end - start >= 12 && century < 0) return FORMAT;

  // Luhn over YYMMDDNNN with weights 2, 1, 2, …; read every digit once.
  let sum = 0;
  let yymmdd = 0;
  for (let i = 0; i < 6; i++) {
    const d = digitAt(text, date + i);
    if (d < 0) return FORMAT;
    yymmdd = yymmdd * 10 + d;
    const v = i % 2 === 0 ? 2 * d : d;
    sum += v > 9 ? v - 9 : v;
  }
  const n1 = digitAt(text, tail);
  const n2 = digitAt(text, tail + 1);
  const n3 = digitAt(text, tail + 2);
  const check = digitAt(text, tail + 3);
  if (n1 < 0 || n2 < 0 || n3 < 0 || check < 0) return FORMAT;
  sum += (n1 * 2 > 9 ? n1 * 2 - 9 : n1 * 2) + n2 + (n3 * 2 > 9 ? n3 * 2 - 9 : n3 * 2);
  if ((10 - (sum % 10)) % 10 !== check) return CHECKSUM;

  const yy = Math.floor(yymmdd / 10000);
  const month = Math.floor(yymmdd / 100) % 100;
  let day = yymmdd % 100;
  const coordination = day > COORDINATION_OFFSET;
  if (coordination) day -= COORDINATION_OFFSET;
  if (month < 1 || month > 12 || day < 1 || day > 31) return DATE;

  const monthDay = month * 100 + day;
  const referenceYear = Math.floor(reference / 10000);
  const referenceMonthDay = reference % 10000;
  let year: number;
  if (century >= 0) {
    year = century * 100 + yy;
  } else {
    year = referenceYear - ((((referenceYear - yy) % 100) + 100) % 100);
    if (monthDay > referenceMonthDay && year === referenceYear) year -= 100;
    if (separator === PLUS) year -= 100;
  }
  if (day > daysInMonth(year, month)) return DATE;
  if (year * 10000 + monthDay > reference) return FUTURE;

  // Completed years: one less until the birthday has come in the reference year. Someone
  // born on 29 February turns a year older on 1 March in a year that is not a leap year,
  // since 0229 > 0228 and 0229 <= 0301; in a leap year on 29 February itself.
  const age = referenceYear - year - (referenceMonthDay < monthDay ? 1 : 0);
  const yearText = year < 1000 ? `${year}`.padStart(4, "0") : `${year}`;
  return {
    kind: "valid",
    sex: n3 % 2 === 1 ? "M" : "K",
    birthDate: `${yearText}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`,
    age,
    coordination,
  };
}
