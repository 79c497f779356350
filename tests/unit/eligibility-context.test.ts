import { describe, expect, it } from 'vitest';
import type { ExperiencePeriod, Person, RuleSet } from '../../shared/types';
import { evaluateEligibility, type EligibilityContext } from '../../shared/eligibility';
import { RULE_SETS } from '../../shared/rule-sets';
import { BUILT_IN_CATALOG, mergeCatalog } from '../../shared/catalog';
import { dateYearsMet } from '../../shared/experience';
import { credential as cred, person as personWithId } from '../fixtures/people';

/**
 * The engine works out what depends only on the rule set and the catalog once per pair, and keeps a
 * person's experience answers while it evaluates them: these check that nothing leaks between
 * people, rule sets, catalogs or as-of dates.
 */

const AS_OF = '2026-06-30';

let nextId = 0;
const work = (start: string, end?: string, directCoding = true): ExperiencePeriod => ({
  id: `x${++nextId}`,
  start,
  ...(end ? { end } : {}),
  directCoding,
});
const person = (fields: Partial<Person>): Person => personWithId(`e${++nextId}`, fields);
const ctx = (fields: Partial<EligibilityContext> = {}): EligibilityContext => ({
  asOf: AS_OF,
  ruleSet: RULE_SETS['ccs-required'],
  catalog: BUILT_IN_CATALOG,
  ...fields,
});

describe('one context for many people', () => {
  it('gives each person their own answer whatever order they are evaluated in', () => {
    const veteran = person({ credentials: [cred('CCA', '2019-01-01')], experience: [work('2015-01-01', '2019-12-31')] });
    const newcomer = person({ credentials: [cred('CPC', '2026-03-01')], experience: [work('2026-01-05')] });
    const nobody = person({});
    const context = ctx();
    const first = [veteran, newcomer, nobody].map((p) => evaluateEligibility(p, context));
    const reversed = [nobody, newcomer, veteran].map((p) => evaluateEligibility(p, context)).reverse();
    expect(reversed).toEqual(first);
    expect(first.map((r) => r.status)).toEqual(['eligible', 'not-yet', 'not-yet']);
    expect(first[1]!.eligibleOn).toBe('2027-01-05');
  });

  it('answers each as-of date on its own, alternating between them', () => {
    const p = person({ credentials: [cred('CCA', '2018-01-01', '2025-12-31')], experience: [work('2023-01-01')] });
    const contexts = [ctx({ asOf: '2025-06-30' }), ctx({ asOf: '2026-03-31' }), ctx({ asOf: '2026-09-30' })];
    const results = contexts.map((c) => evaluateEligibility(p, c));
    for (const [i, c] of [2, 0, 1, 0, 2].map((i) => [i, contexts[i]!] as const)) expect(evaluateEligibility(p, c)).toEqual(results[i]);
    const cca = results.map((r) => r.pathways.find((x) => x.id === 'by-cca-with-experience')!);
    expect(cca[0]).toMatchObject({ state: 'met', metOn: '2024-01-01' });
    // After the cycle ends the CCA is inactive for 180 days, then revoked: neither counts.
    expect(cca[1]).toMatchObject({ state: 'cannot-meet', metOn: null });
    expect(cca[1]!.detail).toContain('CCA expired on 2025-12-31 (now inactive)');
    expect(cca[2]!.detail).toContain('CCA expired on 2025-12-31 (now revoked)');
    expect(results.map((r) => r.experienceDays)).toEqual([911, 1185, 1368]);
  });

  it('follows a different catalog: a user-defined coding credential then counts', () => {
    const p = person({ credentials: [cred('CMC', '2022-01-01')], experience: [work('2024-01-15')] });
    const other = (catalog: EligibilityContext['catalog']) =>
      evaluateEligibility(p, ctx({ catalog })).pathways.find((x) => x.id === 'by-other-credential-with-experience')!;
    const before = other(BUILT_IN_CATALOG);
    expect(before.state).toBe('cannot-meet');
    expect(before.detail).toContain('CMC is not in the credential catalog, so it does not count');
    const withCmc = mergeCatalog([{ code: 'CMC', name: 'Certified Medical Coder', body: 'PMI', coding: true, difAccepted: false, userDefined: true }]);
    expect(other(withCmc)).toMatchObject({ state: 'met', metOn: '2025-01-15' });
    // And back again: the first catalog's answer has not been replaced by the second's.
    expect(other(BUILT_IN_CATALOG)).toEqual(before);
  });

  it('names examples from the catalog in use when no other-body credential is held', () => {
    const onlyPmi = [...BUILT_IN_CATALOG.filter((d) => d.body !== 'AAPC'), { code: 'CMC', name: 'Certified Medical Coder', body: 'PMI', coding: true, difAccepted: false }];
    const other = (catalog: EligibilityContext['catalog']) =>
      evaluateEligibility(person({}), ctx({ catalog })).pathways.find((x) => x.id === 'by-other-credential-with-experience')!;
    expect(other(BUILT_IN_CATALOG).missing[0]).toBe('An active coding credential from a body other than AHIMA (e.g. CPC, COC, CIC, CRC)');
    expect(other(onlyPmi).missing[0]).toBe('An active coding credential from a body other than AHIMA (e.g. CMC)');
  });
});

describe('experience asked for several numbers of years', () => {
  const threeKinds: RuleSet = {
    ...RULE_SETS['ccs-required'],
    version: 'three-kinds',
    pathways: [
      { id: 'by-experience', kind: 'experience', years: 3 },
      { id: 'by-cca-with-experience', kind: 'credential-and-experience', anyOf: ['CCA'], experienceYears: 1 },
      { id: 'by-other-credential-with-experience', kind: 'other-coding-credential-and-experience', excludeBodies: ['AHIMA'], experienceYears: 2 },
      { id: 'by-education', kind: 'education', components: [], experienceYears: 4 },
    ],
  };

  it('dates each pathway from its own number of years, and names the periods it rests on', () => {
    const experience = [work('2019-02-01', '2019-11-30'), work('2018-01-01', '2018-06-30', false), work('2020-03-01', '2021-02-28'), work('2022-05-01')];
    const p = person({
      credentials: [cred('CCA', '2017-01-01'), cred('CPC', '2017-01-01')],
      experience,
      education: [{ id: 'ed1', program: 'Short course', completedOn: '2016-05-01', components: [] }],
    });
    const result = evaluateEligibility(p, ctx({ ruleSet: threeKinds }));
    const [three, one, two, four] = result.pathways;
    expect(three!.metOn).toBe(dateYearsMet(experience, 3));
    expect(one!.metOn).toBe(dateYearsMet(experience, 1));
    expect(two!.metOn).toBe(dateYearsMet(experience, 2));
    expect(four!.metOn).toBe(dateYearsMet(experience, 4));
    const direct = experience.filter((x) => x.directCoding);
    const before = (date: string | null) => direct.filter((x) => date !== null && x.start < date).map((x) => x.id);
    expect(three!.basis.experienceIds).toEqual(before(three!.metOn));
    expect(one!.basis.experienceIds).toEqual(before(one!.metOn));
    expect(two!.basis.experienceIds).toEqual(before(two!.metOn));
    expect(four!.basis.experienceIds).toEqual(before(four!.metOn));
    expect(new Set([one!.metOn, two!.metOn, three!.metOn, four!.metOn]).size).toBe(4);
  });

  it('still refuses a number of years that is not a whole number from 1', () => {
    const broken: RuleSet = { ...threeKinds, pathways: [{ id: 'by-experience', kind: 'experience', years: 0 }] };
    expect(() => evaluateEligibility(person({ experience: [work('2020-01-01')] }), ctx({ ruleSet: broken }))).toThrow(RangeError);
    const fractional: RuleSet = { ...threeKinds, pathways: [{ id: 'by-experience', kind: 'experience', years: 1.5 }] };
    expect(() => evaluateEligibility(person({}), ctx({ ruleSet: fractional }))).toThrow(RangeError);
  });
});

describe('results are read-only values', () => {
  it('shares empty lists between results only as frozen arrays', () => {
    const result = evaluateEligibility(person({ credentials: [cred('RHIT', '2019-05-01')] }), ctx());
    const byCredential = result.pathways.find((x) => x.id === 'by-credential')!;
    expect(byCredential.missing).toEqual([]);
    expect(Object.isFrozen(byCredential.missing)).toBe(true);
    expect(Object.isFrozen(byCredential.basis.educationIds)).toBe(true);
    // Lists with content belong to one result.
    expect(Object.isFrozen(byCredential.basis.credentialIds)).toBe(false);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(structuredClone(result)).toEqual(result);
  });
});
