import { describe, expect, it } from 'vitest';
import { planImportFromTables } from '../../electron/import/plan';
import type { RawCell, RawTable } from '../../electron/import/read-table';
import { emptyRoster } from '../../electron/store/schema';
import { futureDateNotes } from '../../shared/future-dates';
import { findPerson, idCounter, person } from '../fixtures/import/helpers';

const TODAY = '2026-12-07';
const table = (headers: string[], rows: RawCell[][]): RawTable => ({ file: 'hr.csv', sheet: null, headers, rows, firstRowNumber: 2 });
const future = (t: RawTable, today: string | null = TODAY) =>
  planImportFromTables(emptyRoster(), [t], today === null ? {} : { today }, idCounter()).preview.problems.filter((p) => /after today/.test(p.message));

describe('dates after today in an import', () => {
  it('warns, naming row, column and value, about a 2030 hire date, a credential earned next year and experience starting next year', () => {
    const problems = future(
      table(
        ['Employee ID', 'Name', 'Hire Date', 'Certification', 'Date Earned', 'Experience Start', 'Direct Coding'],
        [
          ['1', 'Lee, Ann', '2030-01-05', 'CCS', '2027-03-01', '2027-01-02', 'Y'],
          ['2', 'Ray, Bo', '2020-01-05', 'CCA', '2026-12-07', '2026-12-07', 'Y'],
        ],
      ),
    );
    expect(problems.map((p) => [p.severity, p.row, p.column, p.value])).toEqual([
      ['warning', 2, 'Hire Date', '2030-01-05'],
      ['warning', 2, 'Date Earned', '2027-03-01'],
      ['warning', 2, 'Experience Start', '2027-01-02'],
    ]);
    expect(problems[0]!.message).toBe('The hire date 2030-01-05 is after today (2026-12-07): check it.');
    expect(problems[1]!.message).toMatch(/^CCS is recorded as earned on 2027-03-01, after today/);
  });

  it('keeps the dates as written and lets the import go ahead', () => {
    const t = table(['Employee ID', 'Name', 'Hire Date'], [['1', 'Lee, Ann', '2030-01-05']]);
    const plan = planImportFromTables(emptyRoster(), [t], { today: TODAY }, idCounter());
    expect(plan.preview.canCommit).toBe(true);
    expect(findPerson(plan.next, '1').hireDate).toBe('2030-01-05');
  });

  it('checks nothing when no clock is given (a plan of tables alone)', () => {
    expect(future(table(['Employee ID', 'Name', 'Hire Date'], [['1', 'Lee, Ann', '2030-01-05']]), null)).toEqual([]);
  });
});

describe('dates after today on a record', () => {
  it('lists each in words, and nothing for dates up to today', () => {
    const p = person('9', {
      hireDate: '2030-01-01',
      credentials: [{ id: 'c', code: 'RHIT', earnedOn: '2027-01-01' }, { id: 'd', code: 'CCA', earnedOn: TODAY }],
      experience: [{ id: 'x', start: '2027-02-01', directCoding: true }],
    });
    expect(futureDateNotes(p, TODAY)).toEqual([
      'The hire date 2030-01-01 is after today (2026-12-07): check it.',
      'RHIT is recorded as earned on 2027-01-01, after today (2026-12-07): it counts only from that date. Check it.',
      'Coding experience starting on 2027-02-01, after today (2026-12-07), counts only from that date. Check it.',
    ]);
    expect(futureDateNotes(person('8', { hireDate: TODAY }), TODAY)).toEqual([]);
  });
});
