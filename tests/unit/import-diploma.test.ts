import { describe, expect, it } from 'vitest';
import { planImportFromTables } from '../../electron/import/plan';
import type { RawCell, RawTable } from '../../electron/import/read-table';
import { emptyRoster } from '../../electron/store/schema';
import type { RosterData, Settings } from '../../shared/types';
import { findPerson, idCounter } from '../fixtures/import/helpers';

const table = (headers: string[], rows: RawCell[][]): RawTable => ({ file: 'hr.csv', sheet: null, headers, rows, firstRowNumber: 2 });
const roster = (settings: Partial<Settings> = {}): RosterData => {
  const empty = emptyRoster();
  return { ...empty, settings: { ...empty.settings, ...settings } };
};
const plan = (r: RosterData, t: RawTable) => planImportFromTables(r, [t], {}, idCounter());
const diplomaWarnings = (p: ReturnType<typeof plan>) => p.preview.problems.filter((x) => /who holds one/.test(x.message));

describe('diplomas in an import', () => {
  it.each(['HS Diploma', 'High School Diploma/GED', 'Diploma or Equivalent', 'High School Diploma or Equivalent', 'HS Grad'])(
    'reads the "%s" column with Yes/No/Y/N/X values, a blank left unrecorded',
    (header) => {
      const p = plan(roster(), table(['Employee ID', 'Name', header], [['1', 'Lee, Ann', 'Yes'], ['2', 'Ray, Bo', 'N'], ['3', 'Fox, Cy', 'X'], ['4', 'Orr, Di', 'y'], ['5', 'Ng, Ed', null], ['6', 'Ito, Flo', 'No']]));
      expect(p.preview.files[0]!.columns.find((c) => c.header === header)?.field).toBe('hs_diploma');
      expect(p.preview.problems.filter((x) => x.severity === 'error')).toEqual([]);
      expect(['1', '2', '3', '4', '5', '6'].map((id) => findPerson(p.next, id).hsDiploma)).toEqual([true, false, true, true, undefined, false]);
    },
  );

  it('names the row, column and value of a diploma cell it cannot read', () => {
    const p = plan(roster(), table(['Employee ID', 'Name', 'HS Diploma'], [['1', 'Lee, Ann', 'maybe']]));
    const error = p.preview.problems.find((x) => x.severity === 'error');
    expect(error).toMatchObject({ row: 2, column: 'HS Diploma', value: 'maybe' });
  });

  it('says so under ccs-recommended when nothing tells who holds a diploma', () => {
    const p = plan(roster({ ruleSet: 'ccs-recommended' }), table(['Employee ID', 'Name', 'Status'], [['1', 'Lee, Ann', 'Active'], ['2', 'Ray, Bo', 'Active'], ['3', 'Fox, Cy', 'Terminated']]));
    const [warning] = diplomaWarnings(p);
    expect(warning).toMatchObject({ severity: 'warning', row: 0 });
    expect(warning!.message).toContain('2 current staff will show "Diploma not recorded"');
    expect(warning!.message).toContain('"HS Diploma"');
    expect(p.preview.canCommit).toBe(true);
  });

  it('says nothing under ccs-required, with a diploma column, or when the organisation states diplomas are a condition of employment', () => {
    const rows: RawCell[][] = [['1', 'Lee, Ann']];
    expect(diplomaWarnings(plan(roster(), table(['Employee ID', 'Name'], rows)))).toEqual([]);
    expect(diplomaWarnings(plan(roster({ ruleSet: 'ccs-recommended' }), table(['Employee ID', 'Name', 'HS Diploma'], [['1', 'Lee, Ann', 'N']])))).toEqual([]);
    expect(diplomaWarnings(plan(roster({ ruleSet: 'ccs-recommended', diplomaConditionOfEmployment: true }), table(['Employee ID', 'Name'], rows)))).toEqual([]);
  });
});
