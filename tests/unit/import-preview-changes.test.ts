import { describe, expect, it } from 'vitest';
import { planImportFromTables } from '../../electron/import/plan';
import type { RawCell, RawTable } from '../../electron/import/read-table';
import { MAX_PREVIEW_CHANGES, personChanges } from '../../electron/import/preview-changes';
import { formatChanges } from '../../electron/cli/import-summary';
import { emptyRoster } from '../../electron/store/schema';
import type { RosterData } from '../../shared/types';
import { idCounter } from '../fixtures/import/helpers';
import { credential, person } from '../fixtures/people';

const table = (headers: string[], rows: RawCell[][]): RawTable => ({ file: 'hr.csv', sheet: null, headers, rows, firstRowNumber: 2 });
const plan = (roster: RosterData, t: RawTable) => planImportFromTables(roster, [t], {}, idCounter());

describe('the import preview’s list of changes', () => {
  it('names each person created and updated, new people first, with every changed value before and after', () => {
    const roster: RosterData = {
      ...emptyRoster(),
      people: [
        person('001', { firstName: 'Ines', lastName: 'Brandt', unit: 'Inpatient Coding', credentials: [{ ...credential('CCA', '2024-01-10', '2026-07-10'), id: 'c-cca' }] }),
        person('002', { firstName: 'Bo', lastName: 'Ray', unit: 'CDI', fte: 1 }),
      ],
    };
    const p = plan(roster, table(
      ['Employee ID', 'Last Name', 'First Name', 'Unit', 'FTE', 'Credential', 'Issue Date', 'Expiration Date'],
      [
        ['001', 'Brandt', 'Ines', 'CDI', '0.8', 'CCA', '2024-01-10', '2028-07-10'],
        ['002', 'Ray', 'Bo', 'CDI', '1', null, null, null],
        ['003', 'Young', 'Zara', 'CDI', '1', 'RHIT', '2020-01-01', '2027-01-01'],
      ],
    ));
    expect(p.preview).toMatchObject({ toCreate: 1, toUpdate: 1, unchanged: 1, changesLeftOut: 0 });
    expect(p.preview.changes.map((c) => [c.action, c.employeeId, c.name])).toEqual([
      ['create', '003', 'Young, Zara'],
      ['update', '001', 'Brandt, Ines'],
    ]);
    expect(p.preview.changes[1]!.changes).toEqual([
      { field: 'Unit', before: 'Inpatient Coding', after: 'CDI' },
      { field: 'FTE', before: null, after: '0.8' },
      { field: 'CCA expiry date', before: '2026-07-10', after: '2028-07-10' },
    ]);
    expect(p.preview.changes[0]!.changes).toEqual(expect.arrayContaining([
      { field: 'First name', before: null, after: 'Zara' },
      { field: 'Employment status', before: null, after: 'Active' },
      { field: 'Credential added', before: null, after: 'RHIT, earned 2020-01-01, expires 2027-01-01' },
    ]));
  });

  it('says yes and no for flags, and names added experience', () => {
    const before = person('9', { isRn: false });
    const after = { ...before, isRn: true, experience: [{ id: 'e1', employer: 'Mercy', start: '2020-01-01', directCoding: true }] };
    expect(personChanges(before, after)).toEqual([
      { field: 'RN', before: 'No', after: 'Yes' },
      { field: 'Experience added', before: null, after: 'Mercy, 2020-01-01 – ongoing, direct coding' },
    ]);
  });

  it('describes at most the first people of a large file and counts the rest, the totals exact', () => {
    const rows: RawCell[][] = [];
    for (let i = 0; i < MAX_PREVIEW_CHANGES + 40; i++) rows.push([`n${i}`, 'Lee', `Ann${i}`]);
    const p = plan(emptyRoster(), table(['Employee ID', 'Last Name', 'First Name'], rows));
    expect(p.preview.toCreate).toBe(MAX_PREVIEW_CHANGES + 40);
    expect(p.preview.changes).toHaveLength(MAX_PREVIEW_CHANGES);
    expect(p.preview.changesLeftOut).toBe(40);
  });
});

describe('the command line dry run', () => {
  it('lists who would change, each value before -> after, and counts the people not listed', () => {
    const roster: RosterData = { ...emptyRoster(), people: [person('001', { firstName: 'Ines', lastName: 'Brandt', unit: 'Inpatient Coding' })] };
    const p = plan(roster, table(['Employee ID', 'Last Name', 'First Name', 'Unit'], [['001', 'Brandt', 'Ines', 'CDI'], ['002', 'Ray', 'Bo', 'CDI']]));
    expect(formatChanges(p.preview)).toBe(
      'Changes (before -> after):\n' +
        '  new: Ray, Bo (002)\n    First name: Bo\n    Last name: Ray\n    Unit: CDI\n    Employment status: Active\n' +
        '  updated: Brandt, Ines (001)\n    Unit: Inpatient Coding -> CDI\n',
    );
    expect(formatChanges(p.preview, 1)).toMatch(/new: Ray, Bo \(002\)[\s\S]*…and 1 more person\.\n$/);
  });
});
