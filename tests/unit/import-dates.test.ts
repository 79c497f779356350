import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateOrderEvidence, decideDayFirst, excelSerialToIso, isAmbiguousOrder, parseDateCell, quickDate } from '../../electron/import/parse-dates';

const read = (cell: string | number | Date, dayFirst = false): string => {
  const r = parseDateCell(cell, dayFirst);
  return r.ok ? r.value : `error: ${r.message}`;
};

describe('parseDateCell', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024-3-5', '2024-03-05'],
    ['2024/03/05', '2024-03-05'],
    ['2024-03-05T00:00:00', '2024-03-05'],
    ['2024-03-05 00:00:00', '2024-03-05'],
    ['03/05/2024', '2024-03-05'],
    ['3/5/2024', '2024-03-05'],
    ['3/5/24', '2024-03-05'],
    ['12/31/99', '1999-12-31'],
    ['1/1/29', '2029-01-01'],
    ['1/1/30', '1930-01-01'],
    ['03-05-2024', '2024-03-05'],
    ['3/5/2024 14:30', '2024-03-05'],
    ['05-Mar-2024', '2024-03-05'],
    ['5 Mar 2024', '2024-03-05'],
    ['05-MAR-24', '2024-03-05'],
    ['5 March 2024', '2024-03-05'],
    ['Mar 5, 2024', '2024-03-05'],
    ['March 5, 2024', '2024-03-05'],
    ['Sept 30, 2023', '2023-09-30'],
    ['20240305', '2024-03-05'],
    ['45356', '2024-03-05'],
  ])('reads %s month first as %s', (text, iso) => {
    expect(read(text)).toBe(iso);
  });

  it('reads day first when told', () => {
    expect(read('03/05/2024', true)).toBe('2024-05-03');
    expect(read('5/3/24', true)).toBe('2024-03-05');
    // Names and ISO dates are not affected by the order.
    expect(read('2024-03-05', true)).toBe('2024-03-05');
    expect(read('Mar 5, 2024', true)).toBe('2024-03-05');
  });

  it('reads Excel serials and Date cells', () => {
    expect(read(45356)).toBe('2024-03-05');
    expect(read(45356.75)).toBe('2024-03-05');
    expect(read(61)).toBe('1900-03-01');
    expect(read(new Date(Date.UTC(2016, 1, 29)))).toBe('2016-02-29');
    expect(excelSerialToIso(2_958_465)).toBe('9999-12-31');
    expect(excelSerialToIso(3_000_000)).toBeNull();
  });

  it('explains impossible and unreadable dates', () => {
    expect(read('02/30/2024')).toMatch(/^error: is not a real calendar date \(read as month first/);
    expect(read('2023-02-29')).toMatch(/not a real calendar date/);
    expect(read('13/05/2024')).toBe('error: cannot be read: 13 is not a month, and this column reads dates month first (MM/DD/YYYY)');
    expect(read('05/13/2024', true)).toMatch(/13 is not a month, and this column reads dates day first/);
    expect(read('soon')).toMatch(/not a date this app can read/);
    expect(read('31 Foo 2024')).toMatch(/not a date this app can read/);
    expect(read(12)).toMatch(/not an Excel date/);
  });
});

describe('day/month order of a column', () => {
  it('a first part over 12 proves day first; a second part over 12 proves month first', () => {
    expect(dateOrderEvidence(['01/02/2024', '25/03/2024', null])).toEqual({ dayFirstSeen: true, monthFirstSeen: false, numericSeen: true });
    expect(dateOrderEvidence(['01/02/2024', '03/25/2024'])).toEqual({ dayFirstSeen: false, monthFirstSeen: true, numericSeen: true });
    expect(dateOrderEvidence(['01/02/2024', '2024-12-25', 45000])).toEqual({ dayFirstSeen: false, monthFirstSeen: false, numericSeen: true });
    expect(dateOrderEvidence(['2024-12-25', 45000, null])).toEqual({ dayFirstSeen: false, monthFirstSeen: false, numericSeen: false });
  });

  it('calls a column ambiguous only when it has numeric dates and nothing settles their order', () => {
    expect(isAmbiguousOrder(dateOrderEvidence(['01/02/2024', '03/04/2024']))).toBe(true);
    expect(isAmbiguousOrder(dateOrderEvidence(['01/02/2024', '25/03/2024']))).toBe(false);
    expect(isAmbiguousOrder(dateOrderEvidence(['2024-02-01', 'Mar 5, 2024']))).toBe(false);
  });

  it('proof wins over the option; the option decides ambiguous columns; month first by default', () => {
    expect(decideDayFirst({ dayFirstSeen: true, monthFirstSeen: false, numericSeen: true }, false)).toBe(true);
    expect(decideDayFirst({ dayFirstSeen: false, monthFirstSeen: true, numericSeen: true }, true)).toBe(false);
    expect(decideDayFirst({ dayFirstSeen: false, monthFirstSeen: false, numericSeen: true }, false)).toBe(false);
    expect(decideDayFirst({ dayFirstSeen: false, monthFirstSeen: false, numericSeen: true }, true)).toBe(true);
    expect(decideDayFirst({ dayFirstSeen: true, monthFirstSeen: true, numericSeen: true }, false)).toBe(false);
  });
});

describe('quickDate', () => {
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
  const layouts = fc.oneof(
    fc.tuple(digits(2), fc.constantFrom('/', '-', '.'), digits(2), digits(4)).map(([a, s, b, y]) => `${a}${s}${b}${s}${y}`),
    fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
    fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
      .map(([y, m, d]) => `${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/${y}`),
    fc.string({ maxLength: 12 }),
  );

  it('gives the same date as parseDateCell whenever it answers, and leaves every failure to it', () => {
    fc.assert(fc.property(layouts, fc.boolean(), (text, dayFirst) => {
      const quick = quickDate(text, dayFirst);
      const full = parseDateCell(text, dayFirst);
      if (quick !== null) expect(full).toEqual({ ok: true, value: quick });
      if (!full.ok) expect(quick).toBeNull();
    }), { numRuns: 20_000 });
  });

  it('answers the common layouts itself', () => {
    expect(quickDate('06/30/2026', false)).toBe('2026-06-30');
    expect(quickDate('30/06/2026', true)).toBe('2026-06-30');
    expect(quickDate('2024-02-29', false)).toBe('2024-02-29');
    expect(quickDate('2023-02-29', false)).toBeNull();
    expect(quickDate('13/01/2026', false)).toBeNull();
  });
});
