import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths, addYears, differenceInCalendarDays, format, isValid, parse } from 'date-fns';
import {
  addDaysIso,
  addMonthsIso,
  addYearsIso,
  dayNumber,
  daysBetween,
  fromDate,
  isIsoDate,
  isoFromDayNumber,
  isoFromParts,
  subYearsIso,
  toDate,
} from '../../shared/dates';

// date-fns on local Dates is the reference; the module computes the same with day numbers.
const ref = (iso: string): Date => parse(iso, 'yyyy-MM-dd', new Date(2000, 0, 1));
const out = (d: Date): string => format(d, 'yyyy-MM-dd');
const isoArb = fc
  .date({ min: new Date(1900, 0, 1), max: new Date(2199, 11, 31), noInvalidDate: true })
  .map((d) => out(d));

describe('calendar dates', () => {
  it('knows real dates from impossible ones', () => {
    for (const ok of ['2024-02-29', '2000-02-29', '1999-12-31', '2026-11-23']) expect(isIsoDate(ok)).toBe(true);
    for (const bad of ['2023-02-29', '1900-02-29', '0099-01-01', '2024-13-01', '2024-04-31', '2024-1-01', '24-01-01', '', 20240101, null])
      expect(isIsoDate(bad)).toBe(false);
    expect(isoFromParts(2024, 2, 29)).toBe('2024-02-29');
    expect(isoFromParts(2023, 2, 29)).toBeNull();
    expect(isoFromParts(2024, 0, 1)).toBeNull();
  });

  it('day numbers start at 1970-01-01 and round-trip', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2);
    fc.assert(fc.property(isoArb, (iso) => isoFromDayNumber(dayNumber(iso)) === iso), { numRuns: 2000 });
  });

  it('agrees with date-fns on differences, added days, months and years', () => {
    fc.assert(
      fc.property(isoArb, isoArb, fc.integer({ min: -4000, max: 4000 }), fc.integer({ min: -30, max: 30 }), (a, b, n, y) => {
        expect(daysBetween(a, b)).toBe(differenceInCalendarDays(ref(b), ref(a)));
        expect(addDaysIso(a, n)).toBe(out(addDays(ref(a), n)));
        expect(addYearsIso(a, y)).toBe(out(addYears(ref(a), y)));
        expect(addMonthsIso(a, y)).toBe(out(addMonths(ref(a), y)));
        expect(isIsoDate(a)).toBe(isValid(ref(a)));
      }),
      { numRuns: 3000 },
    );
  });

  it('29 February plus a year is 28 February; minus four years stays 29 February', () => {
    expect(addYearsIso('2024-02-29', 1)).toBe('2025-02-28');
    expect(subYearsIso('2024-02-29', 4)).toBe('2020-02-29');
    expect(addMonthsIso('2024-01-31', 1)).toBe('2024-02-29');
  });

  it('converts to and from local-midnight Dates', () => {
    fc.assert(fc.property(isoArb, (iso) => fromDate(toDate(iso)) === iso), { numRuns: 1000 });
  });
});
