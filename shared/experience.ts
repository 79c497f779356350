import type { ExperiencePeriod, IsoDate } from './types';
import { civilFromDays, dayNumber, daysFromCivil, isLeapYear, isoFromDayNumber } from './dates';

/**
 * Experience arithmetic (docs/domain.md, experience): periods include both ends, only direct-coding periods
 * count, overlapping or touching periods are merged, and experience on a date D is the number of
 * distinct counted days before D.
 */

/** A merged stretch of direct coding; `end` is the last day included, null while ongoing. */
export interface CodingSpan {
  readonly start: IsoDate;
  readonly end: IsoDate | null;
}

/** Direct-coding periods only, overlapping or touching ones merged, sorted. */
export function mergeCodingSpans(periods: readonly ExperiencePeriod[]): CodingSpan[] {
  return mergeDaySpans(periods).map((s) => ({ start: s.startIso, end: s.endIso }));
}

/** Distinct days before `date` that fall in some counted period (docs/domain.md, experience). */
export function experienceDaysBefore(periods: readonly ExperiencePeriod[], date: IsoDate): number {
  return historyDaysBefore(mergeDaySpans(periods), date);
}

/**
 * Earliest date D on which "N years" is met (count >= differenceInCalendarDays(D, subYears(D, N))),
 * assuming ongoing periods continue; null when a closed history never meets it.
 */
export function dateYearsMet(periods: readonly ExperiencePeriod[], years: number): IsoDate | null {
  return historyYearsMet(mergeDaySpans(periods), years);
}

/**
 * One person's direct coding, merged once, for the several questions an evaluation asks of it:
 * the merged spans as day numbers. A plain array rather than an object with methods, because one is
 * made for every person on every evaluation.
 */
export type CodingHistory = readonly DaySpan[];

export function codingHistory(periods: readonly ExperiencePeriod[]): CodingHistory {
  return mergeDaySpans(periods);
}

/** As `experienceDaysBefore`, for a history merged already. */
export function historyDaysBefore(history: CodingHistory, date: IsoDate): number {
  if (history.length === 0) return 0;
  const limit = dayNumberOf(date);
  let days = 0;
  for (let i = 0; i < history.length; i++) {
    const span = history[i]!;
    if (span.start >= limit) break;
    days += Math.min(span.endExclusive ?? limit, limit) - span.start;
  }
  return days;
}

/** As `dateYearsMet`, for a history merged already. */
export function historyYearsMet(history: CodingHistory, years: number): IsoDate | null {
  if (!Number.isInteger(years) || years < 1) {
    throw new RangeError(`Years of experience must be a whole number from 1, got ${years}`);
  }
  let before = 0; // counted days before the current span
  for (let i = 0; i < history.length; i++) {
    const span = history[i]!;
    const inSpan = firstMetInSpan(span.start, span.endExclusive, before, years);
    if (inSpan !== null) return isoFromDayNumber(inSpan);
    // An ongoing span always meets it, so here the span is closed.
    const end = span.endExclusive!;
    before += end - span.start;
    const inGap = firstMetInGap(end, history[i + 1]?.start ?? null, before, years);
    if (inGap !== null) return isoFromDayNumber(inGap);
  }
  return null;
}

/**
 * A roster asks `daysBefore` with one as-of date for every person, so the last date's day number
 * is kept instead of being read from its text each time.
 */
let lastDay: { readonly iso: IsoDate; readonly day: number } | null = null;

function dayNumberOf(iso: IsoDate): number {
  if (lastDay?.iso !== iso) lastDay = { iso, day: dayNumber(iso) };
  return lastDay.day;
}

// ---------------------------------------------------------------------------
// Day numbers. A roster recomputes every person on every view, and date-fns on local-midnight
// Dates costs microseconds per call, so this hot path
// counts whole days since 1970-01-01 with integer proleptic-Gregorian arithmetic instead.
// The tests hold every answer to date-fns' own.


/** Like date-fns `subYears`: 29 February becomes 28 February in a common year. */
function subYearsDay(dayNumber: number, years: number): number {
  const { year, month, day } = civilFromDays(dayNumber);
  const target = year - years;
  return daysFromCivil(target, month, month === 2 && day === 29 && !isLeapYear(target) ? 28 : day);
}

/** 29 February (when there is one) and 1 March of a year, as day numbers. */
function endOfFebruaryDays(year: number): number[] {
  const march1 = daysFromCivil(year, 3, 1);
  return isLeapYear(year) ? [march1 - 1, march1] : [march1];
}

/** A merged span as day numbers. */
export interface DaySpan {
  startIso: IsoDate;
  endIso: IsoDate | null;
  readonly start: number;
  /** The day after the last one included; null while ongoing. */
  endExclusive: number | null;
}

const NO_SPANS: readonly DaySpan[] = [];

/** A period ending before it starts holds no days; the forms refuse it, so this only guards odd imports. */
function counted(period: ExperiencePeriod): boolean {
  return period.directCoding && (period.end === undefined || period.end >= period.start);
}

function daySpan(period: ExperiencePeriod, start: number): DaySpan {
  const end = period.end;
  return { startIso: period.start, endIso: end ?? null, start, endExclusive: end === undefined ? null : dayNumber(end) + 1 };
}

function mergeDaySpans(periods: readonly ExperiencePeriod[]): readonly DaySpan[] {
  // Every person is merged on every evaluation, and most have at most one counted period:
  // those need no sorting and no merging.
  let only: ExperiencePeriod | null = null;
  let count = 0;
  for (let i = 0; i < periods.length; i++) {
    const period = periods[i]!;
    if (!counted(period)) continue;
    if (count === 0) only = period;
    count += 1;
  }
  if (only === null) return NO_SPANS;
  if (count === 1) return [daySpan(only, dayNumber(only.start))];

  // A handful of periods at most: an insertion sort (stable, like Array#sort) on day numbers.
  const sorted: DaySpan[] = [];
  for (let i = 0; i < periods.length; i++) {
    const period = periods[i]!;
    if (!counted(period)) continue;
    const span = daySpan(period, dayNumber(period.start));
    let at = sorted.length;
    while (at > 0 && sorted[at - 1]!.start > span.start) at -= 1;
    sorted.splice(at, 0, span);
  }
  const merged: DaySpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && (last.endExclusive === null || span.start <= last.endExclusive)) {
      if (last.endExclusive !== null && (span.endExclusive === null || span.endExclusive > last.endExclusive)) {
        last.endExclusive = span.endExclusive;
        last.endIso = span.endIso;
      }
    } else {
      merged.push(span);
    }
  }
  return merged;
}

// ---------------------------------------------------------------------------
// Finding the first day "N years" is met

/** Days in the N calendar years before `day`: 365 per year plus the 29 Februaries among them. */
function daysNeeded(day: number, years: number): number {
  return day - subYearsDay(day, years);
}

/**
 * While a span runs, the margin (counted days - needed days) on day D is
 * `before + (D - start) - (D - subYears(D, N))`, that is `subYears(D, N) - (start - before)`: it is
 * met from the first day whose date N years back is not before `start - before`, which is that
 * date's Nth anniversary (1 March for 29 February when the target year has none).
 */
function firstMetInSpan(start: number, endExclusive: number | null, before: number, years: number): number | null {
  const { year, month, day } = civilFromDays(start - before);
  const target = year + years;
  const anniversary =
    month === 2 && day === 29 && !isLeapYear(target) ? daysFromCivil(target, 3, 1) : daysFromCivil(target, month, day);
  const first = anniversary > start ? anniversary : start;
  return endExclusive !== null && first > endExclusive ? null : first;
}

/** The Gregorian calendar repeats every 400 years, so a need not met by then is never met. */
const CALENDAR_CYCLE_YEARS = 400;

/**
 * Between spans the count stands still and the need only changes on 29 February and 1 March, so
 * those are the only days (after the first) on which it can newly be met.
 */
function firstMetInGap(gapStart: number, nextStart: number | null, count: number, years: number): number | null {
  if (count < 365 * years) return null;
  const firstYear = civilFromDays(gapStart).year;
  const lastYear = nextStart === null ? firstYear + CALENDAR_CYCLE_YEARS : civilFromDays(nextStart).year;
  for (let year = firstYear; year <= lastYear; year++) {
    for (const day of endOfFebruaryDays(year)) {
      if (day <= gapStart) continue;
      if (nextStart !== null && day >= nextStart) return null;
      if (daysNeeded(day, years) <= count) return day;
    }
  }
  return null;
}
