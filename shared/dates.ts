import { addDays, addYears, differenceInCalendarDays, format, isValid, parseISO, subYears } from 'date-fns';
import type { IsoDate } from './types';

const ISO_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written `YYYY-MM-DD` (so `2023-02-29` is false). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !ISO_PATTERN.test(value)) return false;
  const date = parseISO(value);
  return isValid(date) && fromDate(date) === value;
}

/** The calendar date as a local-midnight `Date`, for date-fns arithmetic and exceljs cells. */
export function toDate(iso: IsoDate): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** The calendar date of a `Date` in local time. */
export function fromDate(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
}

/** Builds a date from parts; null when the parts are not a real date. */
export function isoFromParts(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(year, month - 1, day);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return fromDate(date);
}

export function addDaysIso(iso: IsoDate, days: number): IsoDate {
  return fromDate(addDays(toDate(iso), days));
}

/** Adds calendar years; 29 February becomes 28 February in a common year (date-fns `addYears`). */
export function addYearsIso(iso: IsoDate, years: number): IsoDate {
  return fromDate(addYears(toDate(iso), years));
}

export function subYearsIso(iso: IsoDate, years: number): IsoDate {
  return fromDate(subYears(toDate(iso), years));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
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
