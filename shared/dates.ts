import type { IsoDate } from './types';

/*
 * Calendar dates as `YYYY-MM-DD` text, with arithmetic on whole day numbers (days since 1970-01-01
 * in the proleptic Gregorian calendar). No time zones or `Date` objects are involved, so the answers
 * are the same on every machine, and it is fast enough to run for every credential of a roster
 * (docs/performance.md, Eligibility).
 * tests/unit/dates.test.ts holds these functions to date-fns' answers.
 */


const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * True for a real calendar date written `YYYY-MM-DD` (so `2023-02-29` is false). Years before 100 are
 * refused: no record is that old, and JavaScript's `Date` maps them onto the 1900s.
 */
export function isIsoDate(value: unknown): value is IsoDate {
  // Read character by character: a stored roster holds several dates per person, and a regular
  // expression's match arrays made checking them cost as much as reading the file.
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  for (const i of DIGIT_PLACES) if (!isDigitAt(value, i)) return false;
  const [year, month, day] = parts(value);
  return year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
const DIGIT_PLACES = [0, 1, 2, 3, 5, 6, 8, 9] as const;
const isDigitAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/** Builds a date from parts; null when the parts are not a real date (years 1000–9999). */
export function isoFromParts(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Reads `YYYY-MM-DD` digit by digit (hot path): callers pass validated dates. */
function parts(iso: IsoDate): [number, number, number] {
  return [digitAt(iso, 0) * 1000 + digitAt(iso, 1) * 100 + digitAt(iso, 2) * 10 + digitAt(iso, 3), digitAt(iso, 5) * 10 + digitAt(iso, 6), digitAt(iso, 8) * 10 + digitAt(iso, 9)];
}
/** A module-level helper, not a closure per call: every eligibility check reads dozens of dates. */
const digitAt = (iso: string, i: number): number => iso.charCodeAt(i) - 48;

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Days since 1970-01-01 (negative before). Shifting the year to start in March puts the leap day last. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The calendar date of a day number; the inverse of `daysFromCivil`. */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days since 1970-01-01 of a calendar date. */
export function dayNumber(iso: IsoDate): number {
  // Read in place rather than through `parts`: this runs for every date of every person, and the
  // tuple would be one more allocation each time.
  const year = digitAt(iso, 0) * 1000 + digitAt(iso, 1) * 100 + digitAt(iso, 2) * 10 + digitAt(iso, 3);
  return daysFromCivil(year, digitAt(iso, 5) * 10 + digitAt(iso, 6), digitAt(iso, 8) * 10 + digitAt(iso, 9));
}

/** The calendar date of a day number (the inverse of `dayNumber`). */
export function isoFromDayNumber(days: number): IsoDate {
  const { year, month, day } = civilFromDays(days);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** The calendar date as a local-midnight `Date`, for code that needs a `Date` (charts, spreadsheets). */
export function toDate(iso: IsoDate): Date {
  const [y, m, d] = parts(iso);
  const date = new Date(y, m - 1, d);
  if (y < 100) date.setFullYear(y); // the Date constructor maps years 0–99 to 1900–1999
  return date;
}

/** The calendar date of a `Date` in local time. */
export function fromDate(date: Date): IsoDate {
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
}

export function addDaysIso(iso: IsoDate, days: number): IsoDate {
  return isoFromDayNumber(dayNumber(iso) + days);
}

/** Adds calendar years; 29 February becomes 28 February in a common year (as date-fns `addYears`). */
export function addYearsIso(iso: IsoDate, years: number): IsoDate {
  const [y, m, d] = parts(iso);
  const year = y + years;
  const day = Math.min(d, daysInMonth(year, m));
  return `${String(year).padStart(4, '0')}-${pad2(m)}-${pad2(day)}`;
}

export function subYearsIso(iso: IsoDate, years: number): IsoDate {
  return addYearsIso(iso, -years);
}

/** Adds calendar months; the day is clamped to the month's length (as date-fns `addMonths`). */
export function addMonthsIso(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(iso);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(Math.min(d, daysInMonth(year, month)))}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** ISO dates compare correctly as strings. */
export function compareIso(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minIso(dates: readonly (IsoDate | null | undefined)[]): IsoDate | null {
  let best: IsoDate | null = null;
  for (const d of dates) if (d && (best === null || d < best)) best = d;
  return best;
}

export function maxIso(dates: readonly (IsoDate | null | undefined)[]): IsoDate | null {
  let best: IsoDate | null = null;
  for (const d of dates) if (d && (best === null || d > best)) best = d;
  return best;
}

/** Today's calendar date in local time. Only edges (main process, CLI) call this; rules take an as-of date. */
export function todayIso(now: Date = new Date()): IsoDate {
  return fromDate(now);
}
