import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS, emptyRoster, isCalendarDate, migrate, rosterDataSchema, validateRoster, type MigrationStep } from '../../electron/store/schema';
import { isIsoDate } from '../../shared/dates';
import type { Person } from '../../shared/types';
import { NewerVersionError, StoreError } from '../../electron/store/errors';
import { BUILT_IN_CATALOG } from '../../shared/catalog';
import { person, rosterWith } from '../fixtures/store/roster-builders';

describe('emptyRoster', () => {
  it('has the default settings and validates', () => {
    const empty = emptyRoster();
    expect(empty.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(empty.settings).toEqual({
      ruleSet: 'ccs-required',
      expiryWarningDays: 90,
      organisationName: '',
      difAccepted: BUILT_IN_CATALOG.filter((c) => c.difAccepted).map((c) => c.code),
      importMappings: {},
    });
    expect(empty.settings.difAccepted).toEqual(expect.arrayContaining(['CCS', 'CCA']));
    expect(rosterDataSchema.safeParse(empty).success).toBe(true);
  });
});

describe('migrate', () => {
  it('has no steps at the first format, and returns current data as it is', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(1);
    expect(Object.keys(MIGRATIONS)).toEqual([]);
    const data = rosterWith(person('1'));
    expect(migrate(JSON.parse(JSON.stringify(data)))).toEqual({ data, fromVersion: 1 });
  });

  it('refuses a newer version', () => {
    expect(() => migrate({ ...emptyRoster(), schemaVersion: 2 })).toThrow(NewerVersionError);
    expect(() => migrate({ ...emptyRoster(), schemaVersion: 2 })).toThrow(/made by a newer version of Credential Roster/);
  });

  it.each([[null], ['text'], [[1, 2]], [{}], [{ schemaVersion: 0 }], [{ schemaVersion: '1' }], [{ schemaVersion: 1.5 }]])(
    'refuses %j as not a roster',
    (raw) => {
      expect(() => migrate(raw)).toThrow(StoreError);
    },
  );

  // The framework, with steps passed in as data: v1 → v2 renames a field, v2 → v3 adds one.
  const steps: Record<number, MigrationStep> = {
    1: (d) => ({ ...d, customCredentials: d.customCredentialList ?? [], customCredentialList: undefined }),
    2: (d) => ({ ...d, imports: d.imports ?? [] }),
  };
  const v1 = {
    schemaVersion: 1,
    people: [person('7')],
    customCredentialList: [{ code: 'ABC', name: 'A B C', body: 'Local', coding: false, difAccepted: false }],
    settings: emptyRoster().settings,
  };

  it('applies the steps in order up to the target', () => {
    const { data, fromVersion } = migrate(v1, { steps, target: 3 });
    expect(fromVersion).toBe(1);
    expect(data.schemaVersion).toBe(3);
    expect(data.customCredentials.map((c) => c.code)).toEqual(['ABC']);
    expect(data.imports).toEqual([]);
    expect(data.people[0]?.employeeId).toBe('7');
  });

  it('starts from the version the file is at', () => {
    const v2 = { ...emptyRoster(), schemaVersion: 2, imports: undefined };
    const { data, fromVersion } = migrate(v2, { steps, target: 3 });
    expect(fromVersion).toBe(2);
    expect(data.imports).toEqual([]);
  });

  it('refuses when a step is missing', () => {
    expect(() => migrate(v1, { steps: { 1: steps[1] as MigrationStep }, target: 3 })).toThrow(/no step from format 2/);
  });

  it('validates the result of the last step', () => {
    const broken: Record<number, MigrationStep> = { 1: (d) => ({ ...d, people: 'nobody' }) };
    expect(() => migrate({ ...emptyRoster() }, { steps: broken, target: 2 })).toThrow(/not valid/);
  });
});

describe('validateRoster', () => {
  it('checks only people not already trusted, and still catches duplicates among them', () => {
    const good = person('1');
    // Wrong on purpose: a trusted record is not checked again, which is what makes edits fast.
    const trustedButBad = { ...person('2'), employmentStatus: 'retired' } as unknown as Person;
    const fresh = { ...person('3'), hireDate: '2024-02-30' };
    const data = rosterWith(good, trustedButBad, fresh);
    const trusted = new WeakSet<object>([good, trustedButBad]);
    const result = validateRoster(data, trusted);
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(['people.2.hireDate']);
    expect(validateRoster(rosterWith(good, { ...fresh, hireDate: '2024-02-29' }), trusted).success).toBe(true);
    const dup = validateRoster(rosterWith(good, good), trusted);
    expect(dup.success ? [] : dup.issues.map((i) => i.message)).toEqual(['Employee ID 1 appears more than once']);
    // Without a trusted set every record is checked.
    expect(validateRoster(rosterWith(good, trustedButBad)).success).toBe(false);
  });
});

describe('isCalendarDate', () => {
  it('agrees with the shared isIsoDate on date-shaped text', () => {
    const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 9999 }), digits(2), digits(2), (year, month, day) => {
        const text = `${String(year).padStart(4, '0')}-${month}-${day}`;
        expect(isCalendarDate(text)).toBe(isIsoDate(text));
      }),
      { numRuns: 3000 },
    );
    for (const text of ['2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '2024-04-31', '2024-1-01', ' 2024-01-01']) {
      expect(isCalendarDate(text)).toBe(isIsoDate(text));
    }
  });
});
