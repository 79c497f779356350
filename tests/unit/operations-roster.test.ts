import { describe, expect, it } from 'vitest';
import * as ops from '../../electron/store/operations';
import { StoreError } from '../../electron/store/errors';
import { rosterDataSchema } from '../../electron/store/schema';
import {
  credentialInputSchema,
  educationInputSchema,
  experienceInputSchema,
  newPersonSchema,
  personPatchSchema,
  settingsPatchSchema,
} from '../../shared/schemas';
import type { RosterData } from '../../shared/types';
import { person, rosterWith } from '../fixtures/store/roster-builders';

function ids(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}${(n += 1)}`;
}

const base = (): RosterData => rosterWith(person('00123'), person('00456'));

describe('people', () => {
  it('creates a person with empty record lists and no undefined fields', () => {
    const input = newPersonSchema.parse({ employeeId: ' 00789 ', firstName: 'Rosa', lastName: 'Nakamura', employmentStatus: 'active', unit: 'HIM' });
    const next = ops.createPerson(base(), input);
    const created = ops.findPerson(next, '00789');
    expect(created).toEqual({ employeeId: '00789', firstName: 'Rosa', lastName: 'Nakamura', employmentStatus: 'active', unit: 'HIM', credentials: [], experience: [], education: [] });
    expect(rosterDataSchema.safeParse(next).success).toBe(true);
  });

  it('refuses a duplicate employee ID, leading zeros included', () => {
    const input = newPersonSchema.parse({ employeeId: '00123', firstName: 'X', lastName: 'Y', employmentStatus: 'active' });
    expect(() => ops.createPerson(base(), input)).toThrow(new StoreError('Employee ID 00123 is already in the roster.'));
    const other = newPersonSchema.parse({ employeeId: '123', firstName: 'X', lastName: 'Y', employmentStatus: 'active' });
    expect(ops.createPerson(base(), other).people).toHaveLength(3);
  });

  it('updates the fields given, clears a field set to undefined, leaves the rest', () => {
    const start = ops.updatePerson(base(), '00123', personPatchSchema.parse({ unit: 'CDI', jobTitle: 'Coder II' }));
    const next = ops.updatePerson(start, '00123', { ...personPatchSchema.parse({ fte: 0.5 }), unit: undefined });
    const p = ops.findPerson(next, '00123');
    expect(p).toMatchObject({ fte: 0.5, jobTitle: 'Coder II', firstName: 'Ann' });
    expect(p && 'unit' in p).toBe(false);
    // What crosses IPC: null clears, and it passes the patch schema.
    const cleared = ops.updatePerson(next, '00123', personPatchSchema.parse({ fte: null, email: null, jobTitle: null }));
    const q = ops.findPerson(cleared, '00123');
    expect(q && ['fte', 'email', 'jobTitle'].some((k) => k in q)).toBe(false);
    expect(q).toMatchObject({ firstName: 'Ann' });
    expect(personPatchSchema.safeParse({ firstName: null }).success).toBe(false);
    // The other person is carried over untouched, not copied.
    expect(ops.findPerson(next, '00456')).toBe(ops.findPerson(start, '00456'));
  });

  it('does not change the data it was given', () => {
    const data = base();
    const copy = structuredClone(data);
    ops.updatePerson(data, '00123', { lastName: 'Changed' });
    ops.deletePerson(data, '00123');
    expect(data).toEqual(copy);
  });

  it('deletes a person', () => {
    expect(ops.deletePerson(base(), '00123').people.map((p) => p.employeeId)).toEqual(['00456']);
  });

  it.each([
    ['update', (d: RosterData) => ops.updatePerson(d, '999', { unit: 'X' })],
    ['delete', (d: RosterData) => ops.deletePerson(d, '999')],
    ['save a credential', (d: RosterData) => ops.saveCredential(d, '999', credentialInputSchema.parse({ code: 'CCS' }), ids('c'))],
    ['delete a credential', (d: RosterData) => ops.deleteCredential(d, '999', 'c1')],
    ['save experience', (d: RosterData) => ops.saveExperience(d, '999', experienceInputSchema.parse({ start: '2020-01-01', directCoding: true }), ids('e'))],
    ['delete experience', (d: RosterData) => ops.deleteExperience(d, '999', 'e1')],
    ['save education', (d: RosterData) => ops.saveEducation(d, '999', educationInputSchema.parse({ program: 'P', components: [] }), ids('d'))],
    ['delete education', (d: RosterData) => ops.deleteEducation(d, '999', 'd1')],
  ])('names the missing person (%s)', (_what, op) => {
    expect(() => op(base())).toThrow(new StoreError('No person with employee ID 999.'));
  });
});

describe('credentials, experience and education', () => {
  it('adds a credential with a new id, then replaces it by id', () => {
    const added = ops.saveCredential(base(), '00123', credentialInputSchema.parse({ code: 'ccs', earnedOn: '2021-01-01', expiresOn: '2023-01-01' }), ids('c'));
    expect(ops.findPerson(added, '00123')?.credentials).toEqual([{ id: 'c1', code: 'CCS', earnedOn: '2021-01-01', expiresOn: '2023-01-01' }]);
    const replaced = ops.saveCredential(added, '00123', credentialInputSchema.parse({ id: 'c1', code: 'CCS', expiresOn: '2025-01-01' }), ids('x'));
    expect(ops.findPerson(replaced, '00123')?.credentials).toEqual([{ id: 'c1', code: 'CCS', expiresOn: '2025-01-01' }]);
    expect(ops.findPerson(ops.deleteCredential(replaced, '00123', 'c1'), '00123')?.credentials).toEqual([]);
  });

  it('refuses an unknown record id and dates in the wrong order', () => {
    expect(() => ops.saveCredential(base(), '00123', credentialInputSchema.parse({ id: 'nope', code: 'CCS' }), ids('c'))).toThrow(
      'Employee ID 00123 has no credential with id nope.',
    );
    expect(() => ops.deleteCredential(base(), '00123', 'nope')).toThrow('Employee ID 00123 has no credential with id nope.');
    expect(() => ops.saveCredential(base(), '00123', credentialInputSchema.parse({ code: 'CCS', earnedOn: '2024-01-02', expiresOn: '2024-01-01' }), ids('c'))).toThrow(
      'The expiry date 2024-01-01 is before the earned date 2024-01-02.',
    );
    expect(() => ops.saveExperience(base(), '00123', { start: '2024-01-02', end: '2024-01-01', directCoding: true }, ids('e'))).toThrow(
      'The end date 2024-01-01 is before the start date 2024-01-02.',
    );
    expect(() => ops.deleteExperience(base(), '00123', 'e9')).toThrow('Employee ID 00123 has no experience period with id e9.');
    expect(() => ops.deleteEducation(base(), '00123', 'd9')).toThrow('Employee ID 00123 has no education record with id d9.');
  });

  it('adds and replaces experience periods', () => {
    const added = ops.saveExperience(base(), '00456', experienceInputSchema.parse({ employer: 'Mercy', start: '2020-01-01', directCoding: true }), ids('e'));
    const replaced = ops.saveExperience(added, '00456', experienceInputSchema.parse({ id: 'e1', start: '2020-01-01', end: '2021-06-30', directCoding: false }), ids('x'));
    expect(ops.findPerson(replaced, '00456')?.experience).toEqual([{ id: 'e1', start: '2020-01-01', end: '2021-06-30', directCoding: false }]);
    expect(ops.findPerson(ops.deleteExperience(replaced, '00456', 'e1'), '00456')?.experience).toEqual([]);
  });

  it('adds education with each component once', () => {
    const input = educationInputSchema.parse({ program: 'Coding certificate', components: ['cpt-coding', 'icd-coding', 'cpt-coding'], completedOn: '2019-05-01' });
    const next = ops.saveEducation(base(), '00123', input, ids('d'));
    expect(ops.findPerson(next, '00123')?.education).toEqual([{ id: 'd1', program: 'Coding certificate', components: ['cpt-coding', 'icd-coding'], completedOn: '2019-05-01' }]);
    const replaced = ops.saveEducation(next, '00123', educationInputSchema.parse({ id: 'd1', program: 'Renamed', components: [] }), ids('x'));
    expect(ops.findPerson(replaced, '00123')?.education[0]?.program).toBe('Renamed');
    expect(ops.findPerson(ops.deleteEducation(replaced, '00123', 'd1'), '00123')?.education).toEqual([]);
    expect(rosterDataSchema.safeParse(replaced).success).toBe(true);
  });
});

describe('catalog and settings', () => {
  const custom = { code: 'xyz', name: 'Local Coding Certificate', body: 'Mercy Health', coding: true, difAccepted: false };

  it('adds a user-defined credential and replaces it when added again', () => {
    const once = ops.addCustomCredential(base(), custom);
    expect(once.customCredentials).toEqual([{ ...custom, code: 'XYZ', userDefined: true }]);
    const twice = ops.addCustomCredential(once, { ...custom, name: 'Renamed' });
    expect(twice.customCredentials.map((c) => c.name)).toEqual(['Renamed']);
  });

  it('refuses a code of the built-in catalog', () => {
    expect(() => ops.addCustomCredential(base(), { ...custom, code: 'ccs' })).toThrow(
      'CCS (Certified Coding Specialist) is already in the built-in credential catalog.',
    );
  });

  it('updates only the settings given', () => {
    const next = ops.updateSettings(base(), settingsPatchSchema.parse({ ruleSet: 'ccs-recommended', difAccepted: ['ccs', 'CCS', 'cpc'] }));
    expect(next.settings).toMatchObject({ ruleSet: 'ccs-recommended', expiryWarningDays: 90, difAccepted: ['CCS', 'CPC'] });
    expect(ops.updateSettings(next, { expiryWarningDays: 30 }).settings).toMatchObject({ ruleSet: 'ccs-recommended', expiryWarningDays: 30 });
    expect(rosterDataSchema.safeParse(next).success).toBe(true);
  });
});
