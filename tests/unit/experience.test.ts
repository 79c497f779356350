import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ExperiencePeriod, IsoDate } from '../../shared/types';
import { dateYearsMet, experienceDaysBefore, mergeCodingSpans } from '../../shared/experience';
import { addDaysIso, addYearsIso, daysBetween, subYearsIso } from '../../shared/dates';

let nextId = 0;
function period(start: IsoDate, end?: IsoDate, directCoding = true): ExperiencePeriod {
  nextId += 1;
  return end === undefined ? { id: `p${nextId}`, start, directCoding } : { id: `p${nextId}`, start, end, directCoding };
}

/** The definition in docs/domain.md (experience), day by day, with date-fns doing every step. */
function daysNeeded(date: IsoDate, years: number): number {
  return daysBetween(subYearsIso(date, years), date);
}

function bruteCountedDays(periods: readonly ExperiencePeriod[]): Set<IsoDate> {
  const days = new Set<IsoDate>();
  for (const p of periods) {
    if (!p.directCoding || p.end === undefined) continue;
    for (let d = p.start; d <= p.end; d = addDaysIso(d, 1)) days.add(d);
  }
  return days;
}

function bruteDaysBefore(periods: readonly ExperiencePeriod[], date: IsoDate): number {
  const closed = periods.map((p) => (p.end === undefined ? { ...p, end: addDaysIso(date, -1) } : p));
  return [...bruteCountedDays(closed)].filter((d) => d < date).length;
}

/** Walks forward one day at a time from the first counted day until the definition holds. */
function bruteYearsMet(periods: readonly ExperiencePeriod[], years: number, horizon: IsoDate): IsoDate | null {
  const direct = periods.filter((p) => p.directCoding);
  if (direct.length === 0) return null;
  const ongoingFrom = direct.filter((p) => p.end === undefined).map((p) => p.start).sort()[0];
  const counted = bruteCountedDays(direct);
  let count = 0;
  let day = direct.map((p) => p.start).sort()[0]!;
  while (day <= horizon) {
    if (count >= daysNeeded(day, years)) return day;
    const counts = counted.has(day) || (ongoingFrom !== undefined && day >= ongoingFrom);
    if (counts) count += 1;
    day = addDaysIso(day, 1);
  }
  return null;
}

/** The anniversary rule of docs/domain.md: addYears(S, N), or 1 March when S is 29 February. */
function anniversary(start: IsoDate, years: number): IsoDate {
  const plain = addYearsIso(start, years);
  return start.endsWith('-02-29') && plain.endsWith('-02-28') ? addDaysIso(plain, 1) : plain;
}

const dateArb = (from: string, to: string) =>
  fc
    .date({ min: new Date(`${from}T12:00:00Z`), max: new Date(`${to}T12:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

/** Up to four periods between 2018 and 2026, some not direct coding, some ongoing. */
const periodArb = fc
  .record({
    start: dateArb('2018-01-01', '2025-12-31'),
    length: fc.integer({ min: 0, max: 800 }),
    ongoing: fc.boolean(),
    direct: fc.boolean(),
  })
  .map((r) => period(r.start, r.ongoing && r.direct ? undefined : addDaysIso(r.start, r.length), r.direct));

const historyArb = fc.array(periodArb, { minLength: 0, maxLength: 4 }).map((periods) => {
  // Keep most histories closed so the "never met" answers are exercised too.
  const ongoing = periods.filter((p) => p.end === undefined);
  return ongoing.length > 1 ? periods.filter((p) => p.end !== undefined || p === ongoing[0]) : periods;
});

describe('mergeCodingSpans', () => {
  it('keeps only direct-coding periods', () => {
    const spans = mergeCodingSpans([period('2020-01-01', '2020-12-31', false), period('2021-01-01', '2021-06-30')]);
    expect(spans).toEqual([{ start: '2021-01-01', end: '2021-06-30' }]);
  });

  it('joins touching periods into one continuous span', () => {
    const spans = mergeCodingSpans([period('2020-02-01', '2020-03-31'), period('2019-06-01', '2020-01-31')]);
    expect(spans).toEqual([{ start: '2019-06-01', end: '2020-03-31' }]);
  });

  it('merges overlapping and nested periods, and keeps a real gap', () => {
    const spans = mergeCodingSpans([
      period('2018-01-01', '2018-12-31'),
      period('2018-03-01', '2018-04-30'), // nested
      period('2018-12-01', '2019-02-28'), // overlapping
      period('2019-03-02', '2019-05-31'), // one-day gap on 1 March
    ]);
    expect(spans).toEqual([
      { start: '2018-01-01', end: '2019-02-28' },
      { start: '2019-03-02', end: '2019-05-31' },
    ]);
  });

  it('lets an ongoing period absorb everything after it starts', () => {
    const spans = mergeCodingSpans([period('2020-01-01'), period('2021-01-01', '2021-12-31'), period('2019-01-01', '2019-12-31')]);
    expect(spans).toEqual([{ start: '2019-01-01', end: null }]);
  });

  it('ignores a period that ends before it starts', () => {
    expect(mergeCodingSpans([period('2020-05-01', '2020-04-30')])).toEqual([]);
  });

  it('gives the same spans whatever order the periods were entered in, several starting the same day', () => {
    const periods = [
      period('2021-03-01', '2021-03-31'),
      period('2020-01-01', '2020-01-31'),
      period('2021-03-01', '2021-06-30'),
      period('2020-01-01', '2020-01-15'),
      period('2020-02-01', '2020-02-10'),
    ];
    const expected = [
      { start: '2020-01-01', end: '2020-02-10' },
      { start: '2021-03-01', end: '2021-06-30' },
    ];
    expect(mergeCodingSpans(periods)).toEqual(expected);
    expect(mergeCodingSpans([...periods].reverse())).toEqual(expected);
  });

  it('property: spans are the runs of counted days, an ongoing period running on from its start', () => {
    fc.assert(
      fc.property(historyArb, (periods) => {
        expect(mergeCodingSpans(periods)).toEqual(bruteSpans(periods));
        expect(mergeCodingSpans([...periods].reverse())).toEqual(bruteSpans(periods));
      }),
      { numRuns: 150 },
    );
  });
});

/** Runs of consecutive counted days; the run holding an ongoing period's start never ends. */
function bruteSpans(periods: readonly ExperiencePeriod[]): { start: IsoDate; end: IsoDate | null }[] {
  const direct = periods.filter((p) => p.directCoding && (p.end === undefined || p.end >= p.start));
  const ongoingFrom = direct.filter((p) => p.end === undefined).map((p) => p.start).sort()[0];
  const days = [...bruteCountedDays(direct)].filter((d) => ongoingFrom === undefined || d < ongoingFrom).sort();
  const spans: { start: IsoDate; end: IsoDate | null }[] = [];
  for (const day of days) {
    const last = spans.at(-1);
    if (last !== undefined && last.end !== null && addDaysIso(last.end, 1) === day) last.end = day;
    else spans.push({ start: day, end: day });
  }
  if (ongoingFrom !== undefined) {
    const last = spans.at(-1);
    if (last !== undefined && last.end !== null && addDaysIso(last.end, 1) >= ongoingFrom) last.end = null;
    else spans.push({ start: ongoingFrom, end: null });
  }
  return spans;
}

describe('experienceDaysBefore', () => {
  it('counts both ends of a period, and only days strictly before the date', () => {
    const periods = [period('2020-01-01', '2020-01-10')];
    expect(experienceDaysBefore(periods, '2020-01-11')).toBe(10);
    expect(experienceDaysBefore(periods, '2020-01-10')).toBe(9);
    expect(experienceDaysBefore(periods, '2020-01-01')).toBe(0);
    expect(experienceDaysBefore(periods, '2030-01-01')).toBe(10);
  });

  it('never counts two concurrent jobs twice', () => {
    const periods = [period('2020-01-01', '2020-12-31'), period('2020-06-01', '2021-05-31'), period('2020-03-01', '2020-03-31')];
    expect(experienceDaysBefore(periods, '2022-01-01')).toBe(daysBetween('2020-01-01', '2021-06-01'));
  });

  it('counts an ongoing period up to the day before the date', () => {
    expect(experienceDaysBefore([period('2024-02-01')], '2024-03-01')).toBe(29);
  });

  it('ignores periods not spent directly applying codes', () => {
    expect(experienceDaysBefore([period('2020-01-01', undefined, false)], '2024-01-01')).toBe(0);
  });

  it('agrees with a day-by-day count on random histories', () => {
    fc.assert(
      fc.property(historyArb, dateArb('2017-06-01', '2027-06-01'), (periods, date) => {
        expect(experienceDaysBefore(periods, date)).toBe(bruteDaysBefore(periods, date));
      }),
      { numRuns: 150 },
    );
  });
});

describe('dateYearsMet', () => {
  it('meets N years on the Nth anniversary of a continuous start', () => {
    expect(dateYearsMet([period('2021-04-01')], 2)).toBe('2023-04-01');
    expect(dateYearsMet([period('2021-04-01')], 1)).toBe('2022-04-01');
  });

  it('meets 2 years from 29 February 2020 on 1 March 2022', () => {
    expect(dateYearsMet([period('2020-02-29')], 2)).toBe('2022-03-01');
    // Four years on there is a 29 February again.
    expect(dateYearsMet([period('2020-02-29')], 4)).toBe('2024-02-29');
  });

  it('needs 731 days for a 2-year window holding 29 February, 730 otherwise', () => {
    expect(dateYearsMet([period('2019-03-01')], 2)).toBe('2021-03-01');
    expect(experienceDaysBefore([period('2019-03-01')], '2021-03-01')).toBe(731);
    expect(dateYearsMet([period('2021-03-01')], 2)).toBe('2023-03-01');
    expect(experienceDaysBefore([period('2021-03-01')], '2023-03-01')).toBe(730);
  });

  it('treats touching periods as continuous', () => {
    const periods = [period('2019-06-01', '2020-01-31'), period('2020-02-01', '2020-12-31'), period('2021-01-01')];
    expect(dateYearsMet(periods, 2)).toBe('2021-06-01');
  });

  it('counts overlapping and nested jobs once', () => {
    const periods = [period('2020-01-01', '2020-12-31'), period('2020-02-01', '2020-03-31'), period('2020-11-01')];
    expect(dateYearsMet(periods, 2)).toBe('2022-01-01');
  });

  it('adds the length of a gap to the wait', () => {
    // 1 July to 31 July 2020 not coding: 31 days later than 2021-01-01.
    const periods = [period('2020-01-01', '2020-06-30'), period('2020-08-01')];
    expect(dateYearsMet(periods, 1)).toBe('2021-02-01');
  });

  it('meets it the day after a closed history ends when that history is exactly long enough', () => {
    expect(dateYearsMet([period('2021-01-01', '2022-12-31')], 2)).toBe('2023-01-01');
  });

  it('returns null when a closed history is too short', () => {
    expect(dateYearsMet([period('2021-01-01', '2022-12-30')], 2)).toBeNull();
    expect(dateYearsMet([period('2021-01-01', '2021-06-30'), period('2022-01-01', '2022-06-30')], 1)).toBeNull();
  });

  it('meets it later in a gap once the window no longer holds a 29 February', () => {
    // 730 days that include 29 February 2020: short of the 731 needed right after, enough from 1 March 2022.
    const periods = [period('2019-06-02', '2021-05-31')];
    expect(experienceDaysBefore(periods, '2021-06-01')).toBe(730);
    expect(dateYearsMet(periods, 2)).toBe('2022-03-01');
  });

  it('ignores periods not spent directly applying codes', () => {
    expect(dateYearsMet([period('2010-01-01', undefined, false)], 1)).toBeNull();
    expect(dateYearsMet([period('2010-01-01', undefined, false), period('2020-05-05')], 1)).toBe('2021-05-05');
  });

  it('returns null with no periods at all', () => {
    expect(dateYearsMet([], 2)).toBeNull();
  });

  it('refuses a number of years that is not a whole number from 1', () => {
    expect(() => dateYearsMet([period('2020-01-01')], 0)).toThrow(RangeError);
    expect(() => dateYearsMet([period('2020-01-01')], 1.5)).toThrow(RangeError);
  });

  it('property: a continuous period meets N years on the anniversary (29 Feb -> 1 Mar)', () => {
    fc.assert(
      fc.property(dateArb('1970-01-01', '2080-12-31'), fc.integer({ min: 1, max: 6 }), (start, years) => {
        expect(dateYearsMet([period(start)], years)).toBe(anniversary(start, years));
      }),
      { numRuns: 2000 },
    );
  });

  it('property: the anniversary holds from every 29 February', () => {
    for (let year = 1972; year <= 2096; year += 4) {
      const start = `${year}-02-29`;
      for (let years = 1; years <= 5; years++) expect(dateYearsMet([period(start)], years)).toBe(anniversary(start, years));
    }
  });

  it('property: splitting a continuous period into touching or overlapping pieces changes nothing', () => {
    fc.assert(
      fc.property(
        dateArb('2000-01-01', '2040-12-31'),
        fc.integer({ min: 0, max: 900 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 3 }),
        (start, cut, overlap, years) => {
          const firstEnd = addDaysIso(start, cut);
          // The second piece starts no earlier than the first.
          const pieces = [period(start, firstEnd), period(addDaysIso(firstEnd, 1 - Math.min(overlap, cut)))];
          expect(dateYearsMet(pieces, years)).toBe(anniversary(start, years));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: agrees with a day-by-day check of the definition on random histories', () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: 1, max: 3 }), (periods, years) => {
        const lastEnd = periods.map((p) => p.end ?? p.start).sort().at(-1) ?? '2020-01-01';
        const horizon = addYearsIso(lastEnd, years + 8);
        expect(dateYearsMet(periods, years)).toBe(bruteYearsMet(periods, years, horizon));
      }),
      { numRuns: 150 },
    );
  });
});
