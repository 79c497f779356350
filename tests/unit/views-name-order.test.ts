import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nameCollator, sortByName, type Named } from '../../shared/views/name-order';

interface Row extends Named {
  readonly at: number;
}

/** The order spelled out as one comparator: last, first (collator), employee id (code unit), then as given. */
function referenceSort(rows: readonly Row[]): Row[] {
  return [...rows].sort(
    (a, b) =>
      nameCollator.compare(a.lastName, b.lastName) ||
      nameCollator.compare(a.firstName, b.firstName) ||
      (a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0),
  );
}

const rows = (names: readonly (readonly [string, string, string])[]): Row[] =>
  names.map(([lastName, firstName, employeeId], at) => ({ lastName, firstName, employeeId, at }));

describe('sortByName', () => {
  it('orders by last then first name ignoring case and accents, digits by value, then employee id', () => {
    const input = rows([
      ['smith', 'Ann', '0003'],
      ['Smith', 'ann', '0001'],
      ['Smíth', 'Ann', '0002'],
      ['Smith10', 'Bo', '0004'],
      ['Smith2', 'Bo', '0005'],
      ['', 'Zed', '0006'],
      ['Adams', '', '0007'],
      ["O'Neil", 'Al', '0008'],
      ['Oneil', 'Al', '0009'],
    ]);
    const sorted = sortByName(input);
    expect(sorted.map((r) => r.employeeId)).toEqual(referenceSort(input).map((r) => r.employeeId));
    expect(sorted.slice(0, 5).map((r) => r.employeeId)).toEqual(['0006', '0007', '0008', '0009', '0001']);
    expect(sorted.slice(-2).map((r) => r.lastName)).toEqual(['Smith2', 'Smith10']);
  });

  it('keeps people with the same name and id in the order given, in short and long runs', () => {
    const short = rows([['Lee', 'Kim', '1'], ['Lee', 'Kim', '1'], ['lee', 'kim', '0'], ['Lee', 'Kim', '1']]);
    expect(sortByName(short).map((r) => r.at)).toEqual([2, 0, 1, 3]);
    const long = rows(Array.from({ length: 60 }, (_, i) => ['', '', String(i % 7)] as const));
    expect(sortByName(long).map((r) => r.at)).toEqual(referenceSort(long).map((r) => r.at));
  });

  it('leaves its input as it was and handles an empty roster', () => {
    const input = rows([['B', 'x', '2'], ['A', 'y', '1']]);
    const before = [...input];
    sortByName(input);
    expect(input).toEqual(before);
    expect(sortByName([])).toEqual([]);
  });

  it('gives exactly the order of the one-comparator sort for any names and ids', () => {
    const text = fc.constantFrom('', 'a', 'A', 'á', 'b', 'B2', 'b10', 'b 2', 'Ö', 'o', 'Zoë', 'zoe', '-', "O'B", 'ob');
    const name = fc.array(text, { maxLength: 3 }).map((parts) => parts.join(''));
    const row = fc.tuple(name, name, fc.constantFrom('001', '01', '1', '002', '10', 'A1', 'a1'));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 120 }), (names) => {
        const input = rows(names);
        expect(sortByName(input).map((r) => r.at)).toEqual(referenceSort(input).map((r) => r.at));
      }),
      { numRuns: 300 },
    );
  });
});
