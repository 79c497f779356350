import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Credential, Education, ExperiencePeriod, Person } from '../../shared/types';
import { EDUCATION_COMPONENTS } from '../../shared/types';
import {
  applyPersonPatch, draftOf, personOf, samePlainData, upsertCredential, upsertEducation, upsertExperience, type PersonDraft,
} from '../../electron/import/merge';
import type { CredentialRow, EducationRow, ExperienceRow, PersonPatch } from '../../electron/import/row-reader';

/** The draft as it was made before copy-on-write: every stored person copied up front. */
function copiedDraftOf(person: Person): PersonDraft {
  const { credentials, experience, education, ...fields } = person;
  return { original: person, copied: true, person: { ...fields }, credentials: [...credentials], experience: [...experience], education: [...education] };
}

type Step =
  | { readonly kind: 'patch'; readonly patch: PersonPatch }
  | { readonly kind: 'credential'; readonly row: CredentialRow }
  | { readonly kind: 'experience'; readonly row: ExperienceRow; readonly assumed: boolean }
  | { readonly kind: 'education'; readonly row: EducationRow };

/** Few distinct values, so rows often repeat what is stored (the re-import case) and sometimes do not. */
const date = fc.constantFrom('2019-01-01', '2020-06-30', '2022-03-15');
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const code = fc.constantFrom('CCS', 'RHIT', 'CPC');
const employer = fc.constantFrom('Mercy', 'mercy ', 'St. Luke');
const program = fc.constantFrom('HIT AAS', 'Coding certificate');
const components = fc.subarray([...EDUCATION_COMPONENTS]);

const credentialRow = fc.record({
  code, number: maybe(fc.constantFrom('A-1', 'a1', 'B-2')), issuer: maybe(fc.constantFrom('AHIMA', 'AAPC')), earnedOn: maybe(date), expiresOn: maybe(date),
  verifiedOn: maybe(date), ceusEarned: maybe(fc.constantFrom(0, 10)),
}).map((r): CredentialRow => ({ ...r, unknownName: null, asked: false, source: { column: 'Credential', value: r.code } }));
const experienceRow = fc.record({ employer: maybe(employer), start: date, end: maybe(date), directCoding: maybe(fc.boolean()) });
const educationRow = fc.record({ program, completedOn: maybe(date), components: maybe(components), cahiimAccredited: maybe(fc.boolean()) });
const patch = fc.record({
  firstName: maybe(fc.constantFrom('Ann', 'Bo')), lastName: maybe(fc.constantFrom('Lee', 'Ray')), unit: maybe(fc.constantFrom('Inpatient', 'Outpatient')),
  jobTitle: maybe(fc.constantFrom('Coder II', 'Lead')), fte: maybe(fc.constantFrom(0.5, 1)), isRn: maybe(fc.boolean()),
});
const step: fc.Arbitrary<Step> = fc.oneof(
  patch.map((p) => ({ kind: 'patch' as const, patch: p })),
  credentialRow.map((row) => ({ kind: 'credential' as const, row })),
  fc.tuple(experienceRow, fc.boolean()).map(([row, assumed]) => ({ kind: 'experience' as const, row, assumed })),
  educationRow.map((row) => ({ kind: 'education' as const, row })),
);

/** A stored person built by the merge itself from rows, as an earlier import stored them. */
function storedPerson(steps: readonly Step[]): Person {
  const draft = copiedDraftOf({ employeeId: '0042', firstName: 'Ann', lastName: 'Lee', employmentStatus: 'active', credentials: [], experience: [], education: [] });
  applySteps(draft, steps, counter('stored'));
  return personOf(draft);
}

function counter(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

function applySteps(draft: PersonDraft, steps: readonly Step[], newId: () => string): void {
  for (const s of steps) {
    if (s.kind === 'patch') applyPersonPatch(draft, s.patch);
    else if (s.kind === 'credential') upsertCredential(draft, s.row, newId);
    else if (s.kind === 'experience') upsertExperience(draft, s.row, newId, s.assumed);
    else upsertEducation(draft, s.row, newId);
  }
}

describe('a stored person merged without copying until a row changes something', () => {
  it('ends as the person copying first would give, and as the stored person itself when nothing changed', () => {
    fc.assert(fc.property(fc.array(step, { maxLength: 8 }), fc.array(step, { maxLength: 8 }), fc.boolean(), (earlier, rows, repeat) => {
      const stored = storedPerson(earlier);
      // Half the time the new file repeats the earlier rows: the weekly re-import.
      const now = repeat ? earlier : rows;
      const lazy = draftOf(stored);
      const eager = copiedDraftOf(stored);
      applySteps(lazy, now, counter('new'));
      applySteps(eager, now, counter('new'));
      const fromLazy = personOf(lazy);
      const fromEager = personOf(eager);
      expect(samePlainData(fromLazy, fromEager)).toBe(true);
      // The same verdict on whether the person changed, and an unchanged person is the stored one.
      const unchanged = samePlainData(stored, fromEager);
      expect(samePlainData(stored, fromLazy)).toBe(unchanged);
      if (!lazy.copied) expect(fromLazy).toBe(stored);
    }), { numRuns: 2000 });
  });

  it('leaves the stored person and their records untouched when it changes them', () => {
    const credential: Credential = { id: 'c1', code: 'CCS', number: 'A-1', earnedOn: '2020-06-30' };
    const period: ExperiencePeriod = { id: 'x1', employer: 'Mercy', start: '2019-01-01', directCoding: true };
    const education: Education = { id: 'e1', program: 'HIT AAS', components: [] };
    const stored: Person = { employeeId: '0042', firstName: 'Ann', lastName: 'Lee', employmentStatus: 'active', credentials: [credential], experience: [period], education: [education] };
    const frozen = structuredClone(stored);
    const draft = draftOf(stored);
    applyPersonPatch(draft, { jobTitle: 'Lead' });
    upsertCredential(draft, { code: 'CCS', number: 'A-1', expiresOn: '2024-06-30', unknownName: null, asked: false, source: { column: 'Credential', value: 'CCS' } }, counter('n'));
    upsertExperience(draft, { employer: 'Mercy', start: '2019-01-01', end: '2021-01-01' }, counter('n'));
    expect(stored).toEqual(frozen);
    expect(personOf(draft)).toMatchObject({ jobTitle: 'Lead', credentials: [{ id: 'c1', expiresOn: '2024-06-30' }], experience: [{ id: 'x1', end: '2021-01-01' }] });
  });
});
