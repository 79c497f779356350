import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../electron/export/index';
import { ROSTER_SHEETS } from '../../electron/export/roster-report';
import { planImportFromTables } from '../../electron/import/plan';
import { readTable, type RawTable } from '../../electron/import/read-table';
import type { Person, RosterData } from '../../shared/types';
import { fixtureRoster } from '../fixtures/export/roster-fixture';
import { reportContext, tempDir } from '../fixtures/export/read-workbook';

/** Record ids are made up again on import, so people are compared without them. */
function withoutIds(person: Person): unknown {
  const sortBy = <T>(items: readonly T[], key: (t: T) => string): T[] => [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return {
    ...person,
    notes: undefined,
    credentials: sortBy(person.credentials.map(({ id: _id, ...c }) => c), (c) => `${c.code}|${c.number ?? ''}|${c.expiresOn ?? ''}`),
    experience: sortBy(person.experience.map(({ id: _id, ...e }) => e), (e) => `${e.start}|${e.employer ?? ''}`),
    education: sortBy(person.education.map(({ id: _id, ...e }) => ({ ...e, components: [...e.components].sort() })), (e) => e.program),
  };
}

const emptyLike = (roster: RosterData): RosterData => ({ ...roster, people: [] });

describe('roster export, then import', () => {
  const dir = tempDir('export-roundtrip-');
  const roster = fixtureRoster();
  let tables: RawTable[] = [];

  beforeAll(async () => {
    const file = path.join(dir, 'roster.xlsx');
    await writeReport('roster', file, reportContext({ roster }));
    tables = [];
    for (const sheet of Object.values(ROSTER_SHEETS)) tables.push(await readTable(file, { sheet }));
  });

  it('maps every column of every sheet to its import field', () => {
    for (const table of tables) {
      const plan = planImportFromTables(roster, [table], {});
      for (const column of plan.preview.files[0]!.columns) expect(column.field, `${table.sheet}: ${column.header}`).toBe(column.header);
    }
  });

  it('changes nothing when imported into the same roster', () => {
    const plan = planImportFromTables(roster, tables, {});
    expect(plan.preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(plan.preview).toMatchObject({ toCreate: 0, toUpdate: 0, unchanged: roster.people.length, invalidRows: 0 });
    expect(plan.preview.newCredentialCodes).toEqual([]);
  });

  it('recreates equal people in an empty roster', () => {
    const plan = planImportFromTables(emptyLike(roster), tables, {});
    expect(plan.preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(plan.preview.toCreate).toBe(roster.people.length);
    const byId = new Map(plan.next.people.map((p) => [p.employeeId, p]));
    expect(byId.size).toBe(roster.people.length);
    for (const person of roster.people) {
      expect(withoutIds(byId.get(person.employeeId)!), person.employeeId).toEqual(withoutIds(person));
    }
  });

  it('as CSV (the People sheet), reads back with formula-like names restored and nothing to change', async () => {
    const csv = path.join(dir, 'people.csv');
    await writeReport('roster', csv, reportContext({ roster }));
    const table = await readTable(csv);
    expect(table.headers[0]).toBe('employee_id');
    const plan = planImportFromTables(roster, [table], {});
    expect(plan.preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(plan.preview).toMatchObject({ toCreate: 0, toUpdate: 0, unchanged: roster.people.length });
    const names = table.rows.map((r) => r[2]);
    expect(names).toContain('=HYPERLINK("http://x","y")');
    expect(names).toContain('+1-1');
  });
});
