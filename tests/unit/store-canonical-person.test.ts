import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import {
  CREDENTIAL_KEYS, EDUCATION_KEYS, EXPERIENCE_KEYS, PERSON_KEYS, isCanonicalPerson, isStoredDate,
} from '../../electron/store/canonical-person';
import { rosterDataSchema, validateRoster } from '../../electron/store/schema';
import { credentialInputSchema, educationInputSchema, experienceInputSchema, personFieldsSchema } from '../../shared/schemas';
import { EDUCATION_COMPONENTS } from '../../shared/types';
import { isIsoDate } from '../../shared/dates';
import { person, rosterWith } from '../fixtures/store/roster-builders';

/** What the stored schema says about one person: accepted, and returned unchanged. */
function zodVerdict(value: unknown): { ok: boolean; same: boolean } {
  const parsed = rosterDataSchema.safeParse(rosterWith(value as never));
  if (!parsed.success) return { ok: false, same: false };
  return { ok: true, same: isDeepStrictEqual(parsed.data.people[0], value) };
}

const good = person('0042', {
  unit: 'Inpatient Coding',
  hireDate: '2019-04-01',
  fte: 0.8,
  email: 'ann.coder@example.org',
  isRn: false,
  credentials: [{ id: 'c1', code: 'CCS', number: 'AH-1', issuer: 'AHIMA', earnedOn: '2020-01-01', expiresOn: '2026-12-31', ceusEarned: 10 }],
  experience: [{ id: 'x1', employer: 'Lakeside', start: '2019-04-01', end: '2021-03-31', directCoding: true }],
  education: [{ id: 'e1', program: 'Coding certificate', completedOn: '2018-12-01', components: [...EDUCATION_COMPONENTS] }],
});

const full = {
  ...good,
  jobTitle: 'Coder II',
  hsDiploma: true,
  notes: 'Mentor',
  aapcMembershipRenewsOn: '2026-09-30',
  credentials: [{ ...good.credentials[0]!, verifiedOn: '2024-01-02' }],
  education: [{ ...good.education[0]!, cahiimAccredited: true }],
};

describe('isCanonicalPerson', () => {
  it('knows exactly the fields the stored schema defines, so a new field always goes to zod', () => {
    // A field the check does not know makes it say "ask zod"; these lists only have to match the rules it copies.
    expect([...PERSON_KEYS].sort()).toEqual(
      [...Object.keys(personFieldsSchema.shape), 'employeeId', 'credentials', 'experience', 'education'].sort(),
    );
    expect([...CREDENTIAL_KEYS].sort()).toEqual(Object.keys(credentialInputSchema.shape).sort());
    expect([...EXPERIENCE_KEYS].sort()).toEqual(Object.keys(experienceInputSchema.shape).sort());
    expect([...EDUCATION_KEYS].sort()).toEqual(Object.keys(educationInputSchema.shape).sort());
    // Every listed key is one the check handles: a record using all of them passes.
    expect(Object.keys(full).sort()).toEqual([...PERSON_KEYS].sort());
    expect(Object.keys(full.credentials[0]!).sort()).toEqual([...CREDENTIAL_KEYS].sort());
    expect(Object.keys(full.experience[0]!).sort()).toEqual([...EXPERIENCE_KEYS].sort());
    expect(Object.keys(full.education[0]!).sort()).toEqual([...EDUCATION_KEYS].sort());
    expect(isCanonicalPerson(full)).toBe(true);
    expect(zodVerdict(full)).toEqual({ ok: true, same: true });
  });

  it('reads dates by the same rule as isIsoDate', () => {
    const samples = ['2024-02-29', '2023-02-29', '2000-02-29', '1900-02-29', '0100-01-01', '0099-12-31', '2020-00-10',
      '2020-12-32', '2020-1-01', '2020/01/01', '20200101xx', ' 2020-01-0', '2020-04-31', '9999-12-31', 'abcd-ef-gh'];
    for (const text of samples) expect(isStoredDate(text), text).toBe(isIsoDate(text));
    fc.assert(fc.property(fc.string({ minLength: 10, maxLength: 10, unit: fc.constantFrom('0', '1', '2', '9', '-', '3') }), (text) => {
      expect(isStoredDate(text)).toBe(isIsoDate(text));
    }));
    expect(isStoredDate(20200101)).toBe(false);
  });

  it('accepts a stored record the schema accepts unchanged', () => {
    expect(isCanonicalPerson(good)).toBe(true);
    expect(zodVerdict(good)).toEqual({ ok: true, same: true });
  });

  it.each<[string, unknown]>([
    ['untrimmed name', { ...good, firstName: ' Ann' }],
    ['lower-case code', { ...good, credentials: [{ id: 'c1', code: 'ccs' }] }],
    ['impossible date', { ...good, hireDate: '2023-02-29' }],
    ['FTE over 1.5', { ...good, fte: 1.6 }],
    ['bad email', { ...good, email: 'ann@' }],
    ['unknown status', { ...good, employmentStatus: 'retired' }],
    ['missing credential id', { ...good, credentials: [{ code: 'CCS' }] }],
    ['experience ending before it starts', { ...good, experience: [{ id: 'x', start: '2020-02-02', end: '2020-02-01', directCoding: true }] }],
    ['unknown component', { ...good, education: [{ id: 'e', program: 'P', components: ['cooking'] }] }],
    ['recertification field', { ...good, examApplications: [] }],
    ['field from a newer build', { ...good, pronouns: 'she' }],
    ['missing last name', { ...good, lastName: undefined }],
    ['array instead of record', [good]],
  ])('leaves a record with %s to the schema', (_label, value) => {
    expect(isCanonicalPerson(value)).toBe(false);
  });

  it('never accepts what the schema refuses or would change', () => {
    const text = fc.oneof(fc.constantFrom('', ' a', 'a ', 'Ann', 'x'.repeat(101), 'ccs', 'CCS', '\u00df', ' '), fc.string({ maxLength: 6 }));
    const maybe = <T,>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
    const dateText = fc.constantFrom('2024-02-29', '2023-02-29', '2020-13-01', '0099-01-01', '2020-1-01', '2021-06-30');
    const credential = fc.record(
      {
        id: fc.oneof(fc.constant(''), fc.string({ minLength: 1, maxLength: 3 }), fc.constant('x'.repeat(65))),
        code: text,
        number: maybe(text),
        earnedOn: maybe(dateText),
        ceusEarned: maybe(fc.oneof(fc.double(), fc.constantFrom(-1, 0, 1000, 1001))),
      },
      { requiredKeys: [] },
    );
    const experience = fc.record(
      { id: fc.constantFrom('x1', ''), start: dateText, end: maybe(dateText), directCoding: fc.oneof(fc.boolean(), fc.constant('yes')) },
      { requiredKeys: ['id', 'start'] },
    );
    const education = fc.record(
      { id: fc.constant('e1'), program: text, components: fc.array(fc.constantFrom(...EDUCATION_COMPONENTS, 'cooking'), { maxLength: 8 }) },
      { requiredKeys: ['id'] },
    );
    const candidate = fc.record(
      {
        employeeId: text,
        firstName: text,
        lastName: text,
        employmentStatus: fc.constantFrom('active', 'leave', 'terminated', 'retired'),
        hireDate: maybe(dateText),
        fte: maybe(fc.oneof(fc.double(), fc.constantFrom(0, 1.5, 1.51, -0))),
        email: maybe(fc.constantFrom('a@b.co', 'a@b', 'A.B@c.org', ' a@b.co', 'x'.repeat(195) + '@b.co')),
        isRn: maybe(fc.oneof(fc.boolean(), fc.constant(1))),
        credentials: fc.array(credential, { maxLength: 3 }),
        experience: fc.array(experience, { maxLength: 2 }),
        education: fc.array(education, { maxLength: 2 }),
      },
      { requiredKeys: ['credentials', 'experience', 'education'] },
    );
    fc.assert(
      fc.property(candidate, (value) => {
        if (!isCanonicalPerson(value)) return;
        expect(zodVerdict(value)).toEqual({ ok: true, same: true });
      }),
      { numRuns: 3000 },
    );
  });
});

describe('isCanonicalPerson on records that are not plain stored data', () => {
  it('leaves records with extra, inherited or undefined-valued keys to the schema, at every level', () => {
    const credential = good.credentials[0]!;
    const cases: unknown[] = [
      { ...good, unit: undefined },
      { ...good, credentials: [{ ...credential, issuer: undefined }] },
      { ...good, credentials: [{ ...credential, cycleStart: '2024-01-01' }] },
      { ...good, credentials: [{ ...credential, ceuEntries: [{ date: 'soon', title: 'x', hours: 1 }] }] },
      { ...good, experience: [{ ...good.experience[0]!, note: 'x' }] },
      { ...good, education: [{ ...good.education[0]!, cahiimAccredited: undefined }] },
      Object.assign(Object.create({ unit: 'Inherited' }) as object, good),
      { ...good, credentials: [Object.assign(Object.create({ number: 'X' }) as object, credential)] },
      { ...good, credentials: [Object.assign(Object.create(null) as object, credential)] },
      // eslint-disable-next-line no-sparse-arrays
      { ...good, education: [{ ...good.education[0]!, components: [, 'cpt-coding'] }] },
      { ...good, credentials: [credential, undefined] },
    ];
    for (const value of cases) expect(isCanonicalPerson(value), JSON.stringify(value)).toBe(false);
  });

  it('sends every record to the schema while something sits on Object.prototype under a field name', () => {
    expect(isCanonicalPerson(good)).toBe(true);
    Object.defineProperty(Object.prototype, 'unit', { value: 'Polluted', enumerable: false, configurable: true, writable: true });
    try {
      expect(isCanonicalPerson(good)).toBe(false);
      // Without the guard, the inherited unit would be counted in place of the unchecked examApplications.
      const { unit: _unit, ...withoutUnit } = good;
      expect(isCanonicalPerson({ ...withoutUnit, examApplications: [{ id: '' }] })).toBe(false);
    } finally {
      delete (Object.prototype as { unit?: unknown }).unit;
    }
    expect(isCanonicalPerson(good)).toBe(true);
  });

  it('never accepts what the schema refuses or would change, with unknown and recertification keys mixed in', () => {
    const extras = fc.option(
      fc.record(
        {
          pronouns: fc.constantFrom('she', undefined),
          examApplications: fc.constantFrom([], [{ id: '' }], undefined),
          unit: fc.constantFrom(undefined, ' Unit', 'Unit'),
        },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    );
    const credentialExtras = fc.record(
      { cycleStart: fc.constantFrom('2024-01-01', 'x', undefined), ceuEntries: fc.constantFrom([], undefined), issuer: fc.constantFrom(undefined, 'AHIMA ', 'AAPC') },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(extras, credentialExtras, fc.boolean(), (extra, credentialExtra, nested) => {
        const value = { ...good, ...extra, credentials: nested ? [{ ...good.credentials[0]!, ...credentialExtra }] : good.credentials };
        if (!isCanonicalPerson(value)) return;
        expect(zodVerdict(value)).toEqual({ ok: true, same: true });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('validateRoster', () => {
  it('still finds an invalid person and a duplicate ID, with their places', () => {
    const bad = validateRoster(JSON.parse(JSON.stringify(rosterWith(good, { ...good, employeeId: '7', fte: 2 }, good))));
    expect(bad.success).toBe(false);
    const paths = bad.success ? [] : bad.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(['people.1.fte', 'people.2.employeeId']);
  });

  it('returns a stored record as it is, and brings a hand-edited one into stored form', () => {
    const stored = JSON.parse(JSON.stringify(good)) as unknown;
    const edited = { ...good, employeeId: '77', firstName: '  Bea ', credentials: [{ id: 'c', code: 'ccs ' }] };
    const result = validateRoster(rosterWith(stored as never, edited));
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.people[0]).toBe(stored);
    expect(result.data.people[1]).toMatchObject({ firstName: 'Bea', credentials: [{ id: 'c', code: 'CCS' }] });
    expect(z.array(z.unknown()).parse(result.data.people)).toHaveLength(2);
  });
});
