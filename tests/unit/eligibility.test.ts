import { describe, expect, it } from 'vitest';
import type {
  Credential,
  Education,
  EducationComponent,
  EligibilityResult,
  ExperiencePeriod,
  PathwayId,
  PathwayResult,
  Person,
  RuleSet,
} from '../../shared/types';
import { EDUCATION_COMPONENTS, EDUCATION_COMPONENT_LABELS } from '../../shared/types';
import { evaluateEligibility, type EligibilityContext } from '../../shared/eligibility';
import { RULE_SETS } from '../../shared/rule-sets';
import { BUILT_IN_CATALOG, mergeCatalog } from '../../shared/catalog';
import { experienceDaysBefore } from '../../shared/experience';

const AS_OF = '2026-06-30';

let nextId = 0;
const id = (prefix: string): string => `${prefix}${++nextId}`;

function cred(code: string, earnedOn?: string, expiresOn?: string): Credential {
  return { id: id('c'), code, ...(earnedOn ? { earnedOn } : {}), ...(expiresOn ? { expiresOn } : {}) };
}
function work(start: string, end?: string, directCoding = true): ExperiencePeriod {
  return { id: id('x'), start, ...(end ? { end } : {}), directCoding };
}
function course(program: string, completedOn: string | undefined, components: readonly EducationComponent[] = EDUCATION_COMPONENTS): Education {
  return { id: id('e'), program, ...(completedOn ? { completedOn } : {}), components };
}
function person(fields: Partial<Person> = {}): Person {
  return {
    employeeId: '000123',
    firstName: 'Rosa',
    lastName: 'Nakamura',
    employmentStatus: 'active',
    credentials: [],
    experience: [],
    education: [],
    ...fields,
  };
}

function ctx(ruleSet: RuleSet = RULE_SETS['ccs-required'], asOf = AS_OF): EligibilityContext {
  return { asOf, ruleSet, catalog: BUILT_IN_CATALOG };
}
const required = (p: Person, asOf = AS_OF) => evaluateEligibility(p, ctx(RULE_SETS['ccs-required'], asOf));
const recommended = (p: Person, asOf = AS_OF) => evaluateEligibility(p, ctx(RULE_SETS['ccs-recommended'], asOf));

function path(result: EligibilityResult, pathwayId: PathwayId): PathwayResult {
  const found = result.pathways.find((p) => p.id === pathwayId);
  if (!found) throw new Error(`no ${pathwayId} in the result`);
  return found;
}

describe('by-credential', () => {
  it('is met on the day an active RHIT was earned', () => {
    const rhit = cred('RHIT', '2019-05-01', '2027-04-30');
    const p = path(required(person({ credentials: [rhit] })), 'by-credential');
    expect(p).toMatchObject({ state: 'met', metOn: '2019-05-01', missing: [] });
    expect(p.detail).toBe('Holds RHIT (earned 2019-05-01)');
    expect(p.basis.credentialIds).toEqual([rhit.id]);
  });

  it('takes the earliest of several qualifying credentials, found through spelling variants', () => {
    const result = required(person({ credentials: [cred('RHIA', '2022-01-01'), cred('CCS P', '2018-03-03')] }));
    expect(path(result, 'by-credential')).toMatchObject({ state: 'met', metOn: '2018-03-03', detail: 'Holds CCS-P (earned 2018-03-03)' });
  });

  it('will be met on the earned date of a pending credential', () => {
    const p = path(required(person({ credentials: [cred('RHIA', '2026-09-15')] })), 'by-credential');
    expect(p).toMatchObject({ state: 'will-meet', metOn: '2026-09-15' });
    expect(p.detail).toBe('RHIA is recorded as earned on 2026-09-15, after 2026-06-30');
  });

  it('counts a credential with no earned date as held on the as-of date, and says so', () => {
    const result = required(person({ credentials: [cred('RHIT', undefined, '2027-01-01')] }));
    expect(path(result, 'by-credential')).toMatchObject({ state: 'met', metOn: AS_OF, detail: 'Holds RHIT (earned date not recorded)' });
    expect(result.summary).toBe('Eligible since 2026-06-30 (holds RHIT, earned date not recorded)');
  });

  it('cannot be met with expired, inactive or revoked credentials, and says why', () => {
    const credentials = [cred('RHIT', '2016-01-01', '2024-01-31'), cred('CCS-P', '2020-01-01', '2026-03-31')];
    const p = path(required(person({ credentials })), 'by-credential');
    expect(p).toMatchObject({ state: 'cannot-meet', metOn: null, missing: ['An active RHIA, RHIT or CCS-P credential'] });
    expect(p.detail).toContain('RHIT expired on 2024-01-31 (now revoked)');
    expect(p.detail).toContain('CCS-P expired on 2026-03-31 (now inactive)');
  });
});

describe('by-education', () => {
  it('is met when a completed program covers all seven subjects', () => {
    const program = course('Coding Certificate, County College', '2024-05-20');
    const p = path(required(person({ education: [program] })), 'by-education');
    expect(p).toMatchObject({ state: 'met', metOn: '2024-05-20', missing: [] });
    expect(p.basis.educationIds).toEqual([program.id]);
  });

  it('will be met on a future completion date', () => {
    const p = path(required(person({ education: [course('Coding Certificate', '2026-12-15')] })), 'by-education');
    expect(p).toMatchObject({ state: 'will-meet', metOn: '2026-12-15' });
  });

  it('lists the subjects an incomplete program does not cover, by label', () => {
    const partial = course('Medical Billing', '2023-01-01', ['medical-terminology', 'cpt-coding', 'anatomy-physiology']);
    const p = path(required(person({ education: [partial] })), 'by-education');
    expect(p.state).toBe('cannot-meet');
    expect(p.missing).toEqual([
      EDUCATION_COMPONENT_LABELS.pathophysiology,
      EDUCATION_COMPONENT_LABELS.pharmacology,
      EDUCATION_COMPONENT_LABELS['reimbursement-methodology'],
      EDUCATION_COMPONENT_LABELS['icd-coding'],
    ]);
    expect(p.detail).toContain('Medical Billing does not cover: Pathophysiology');
  });

  it('asks for the completion date when a program covers everything but has none', () => {
    const p = path(required(person({ education: [course('Coding Academy', undefined)] })), 'by-education');
    expect(p).toMatchObject({ state: 'cannot-meet', missing: ['Completion date of Coding Academy'] });
  });

  it('under ccs-recommended also needs 1 year of coding experience, met on the later date', () => {
    const education = [course('Coding Certificate', '2024-05-20')];
    const later = path(recommended(person({ education, experience: [work('2024-03-01')] })), 'by-education');
    expect(later).toMatchObject({ state: 'met', metOn: '2025-03-01' });
    const earlier = path(recommended(person({ education, experience: [work('2020-01-01', '2022-12-31')] })), 'by-education');
    expect(earlier).toMatchObject({ state: 'met', metOn: '2024-05-20' });
    const future = path(recommended(person({ education, experience: [work('2026-01-10')] })), 'by-education');
    expect(future).toMatchObject({ state: 'will-meet', metOn: '2027-01-10' });
    const none = path(recommended(person({ education })), 'by-education');
    expect(none.state).toBe('cannot-meet');
    expect(none.missing).toEqual(['1 year of direct coding experience (0 days on file)']);
  });
});

describe('by-experience', () => {
  it('is met on the second anniversary of continuous direct coding', () => {
    const job = work('2023-04-01');
    const result = required(person({ experience: [job] }));
    expect(path(result, 'by-experience')).toMatchObject({ state: 'met', metOn: '2025-04-01' });
    expect(path(result, 'by-experience').basis.experienceIds).toEqual([job.id]);
    expect(result.summary).toBe('Eligible since 2025-04-01 (2 years of coding experience)');
  });

  it('will be met if current coding work continues', () => {
    const result = required(person({ experience: [work('2025-02-14')] }));
    expect(path(result, 'by-experience')).toMatchObject({ state: 'will-meet', metOn: '2027-02-14' });
    expect(result.status).toBe('not-yet');
    expect(result.eligibleOn).toBe('2027-02-14');
    expect(result.summary).toBe('Not yet: eligible on 2027-02-14 if current coding work continues');
  });

  it('cannot be met with a closed history that is too short, and says so', () => {
    const p = path(required(person({ experience: [work('2021-01-01', '2022-06-30')] })), 'by-experience');
    expect(p.state).toBe('cannot-meet');
    expect(p.missing).toEqual(['2 years of direct coding experience (546 days on file)']);
    expect(p.detail).toContain('periods on file end before 2 years is reached');
  });

  it('ignores work not spent directly applying codes', () => {
    const p = path(required(person({ experience: [work('2015-01-01', undefined, false)] })), 'by-experience');
    expect(p.state).toBe('cannot-meet');
    expect(p.detail).toContain('not marked as directly applying codes');
  });
});

describe('by-cca-with-experience', () => {
  it('is met on the later of the earned date and the experience date', () => {
    const experience = [work('2022-01-10')];
    const earnedLater = path(required(person({ credentials: [cred('CCA', '2024-07-01', '2026-12-31')], experience })), 'by-cca-with-experience');
    expect(earnedLater).toMatchObject({ state: 'met', metOn: '2024-07-01' });
    const earnedEarlier = path(required(person({ credentials: [cred('CCA', '2021-07-01', '2027-06-30')], experience })), 'by-cca-with-experience');
    expect(earnedEarlier).toMatchObject({ state: 'met', metOn: '2023-01-10' });
  });

  it('will be met when the experience year completes', () => {
    const result = required(person({ credentials: [cred('CCA', '2025-11-01', '2027-10-31')], experience: [work('2026-02-01')] }));
    expect(path(result, 'by-cca-with-experience')).toMatchObject({ state: 'will-meet', metOn: '2027-02-01' });
    expect(result.summary).toBe('Not yet: eligible on 2027-02-01 if current coding work continues');
  });

  it('will be met when a pending CCA is earned after the experience year', () => {
    const result = required(person({ credentials: [cred('CCA', '2026-08-20')], experience: [work('2024-01-01')] }));
    expect(path(result, 'by-cca-with-experience')).toMatchObject({ state: 'will-meet', metOn: '2026-08-20' });
  });

  it('does not count an expired CCA, and names it', () => {
    const result = required(person({ credentials: [cred('CCA', '2022-05-01', '2024-05-01')], experience: [work('2023-06-01', '2024-08-31')] }));
    const p = path(result, 'by-cca-with-experience');
    expect(p).toMatchObject({ state: 'cannot-meet', missing: ['An active CCA credential'] });
    expect(p.detail).toContain('CCA expired on 2024-05-01');
  });

  it('uses the experience date when the CCA has no earned date, and says so', () => {
    const p = path(required(person({ credentials: [cred('CCA')], experience: [work('2024-03-01')] })), 'by-cca-with-experience');
    expect(p).toMatchObject({ state: 'met', metOn: '2025-03-01' });
    expect(p.detail).toContain('earned date not recorded');
  });

  it('lists both missing parts when neither is on file', () => {
    const p = path(required(person()), 'by-cca-with-experience');
    expect(p.missing).toEqual(['An active CCA credential', '1 year of direct coding experience (0 days on file)']);
  });

  it('warns when the CCA lapses before a future date', () => {
    const p = path(required(person({ credentials: [cred('CCA', '2024-08-01', '2026-07-31')], experience: [work('2026-01-01')] })), 'by-cca-with-experience');
    expect(p).toMatchObject({ state: 'will-meet', metOn: '2027-01-01' });
    expect(p.detail).toContain('CCA expires on 2026-07-31 and must be renewed by then');
  });
});

describe('by-other-credential-with-experience', () => {
  const experience = () => [work('2024-01-15')];

  it('counts an active coding credential of another body', () => {
    const cpc = cred('CPC', '2023-06-01');
    const p = path(required(person({ credentials: [cpc], experience: experience() })), 'by-other-credential-with-experience');
    expect(p).toMatchObject({ state: 'met', metOn: '2025-01-15' });
    expect(p.basis.credentialIds).toEqual([cpc.id]);
  });

  it('counts apprentice credentials such as CPC-A', () => {
    const p = path(required(person({ credentials: [cred('CPC-A', '2025-03-01')], experience: experience() })), 'by-other-credential-with-experience');
    expect(p).toMatchObject({ state: 'met', metOn: '2025-03-01' });
  });

  it('ignores AHIMA credentials, non-coding credentials and unknown codes', () => {
    const credentials = [cred('CCS-P', '2020-01-01'), cred('CPB', '2020-01-01'), cred('XYZ', '2020-01-01')];
    const p = path(required(person({ credentials, experience: experience() })), 'by-other-credential-with-experience');
    expect(p.state).toBe('cannot-meet');
    expect(p.missing[0]).toMatch(/^An active coding credential from a body other than AHIMA \(e\.g\. CPC/);
    expect(p.detail).toContain('XYZ is not in the credential catalog, so it does not count');
  });

  it('does not count an expired credential', () => {
    const p = path(required(person({ credentials: [cred('CIC', '2019-01-01', '2025-01-01')], experience: experience() })), 'by-other-credential-with-experience');
    expect(p.state).toBe('cannot-meet');
    expect(p.detail).toContain('CIC expired on 2025-01-01');
  });

  it('counts a user-defined coding credential of another body', () => {
    const catalog = mergeCatalog([{ code: 'CMC', name: 'Certified Medical Coder', body: 'PMI', coding: true, difAccepted: false, userDefined: true }]);
    const result = evaluateEligibility(person({ credentials: [cred('CMC', '2022-01-01')], experience: experience() }), {
      asOf: AS_OF,
      ruleSet: RULE_SETS['ccs-required'],
      catalog,
    });
    expect(path(result, 'by-other-credential-with-experience')).toMatchObject({ state: 'met', metOn: '2025-01-15' });
  });
});

describe('status, dates and summary', () => {
  it('is certified while a CCS is active, naming it', () => {
    const ccs = cred('CCS', '2021-07-01', '2027-06-30');
    const result = required(person({ credentials: [cred('CCS', '2015-01-01', '2019-01-01'), ccs] }));
    expect(result).toMatchObject({ status: 'certified', certifiedBy: ccs.id, summary: 'Certified (CCS active until 2027-06-30)' });
  });

  it('is not certified by an inactive or pending CCS', () => {
    expect(required(person({ credentials: [cred('CCS', '2020-01-01', '2026-05-31')] }))).toMatchObject({ status: 'not-yet', certifiedBy: null });
    expect(required(person({ credentials: [cred('CCS', '2026-07-15')] }))).toMatchObject({ status: 'not-yet', certifiedBy: null });
  });

  it('is eligible when any pathway is met, and dates it from the earliest', () => {
    const result = required(
      person({ credentials: [cred('RHIT', '2024-08-01')], experience: [work('2021-03-01')], education: [course('Coding Certificate', '2027-01-01')] }),
    );
    expect(result.status).toBe('eligible');
    expect(result.eligibleOn).toBe('2023-03-01');
    expect(result.summary).toBe('Eligible since 2023-03-01 (2 years of coding experience)');
  });

  it('takes eligibleOn as the earliest future date when none is met yet', () => {
    const result = required(
      person({ credentials: [cred('CCA', '2026-10-01')], experience: [work('2025-12-01')], education: [course('Coding Certificate', '2026-11-30')] }),
    );
    expect(result.pathways.map((p) => p.metOn)).toEqual([null, '2026-11-30', '2027-12-01', '2026-12-01', null]);
    expect(result.eligibleOn).toBe('2026-11-30');
    expect(result.summary).toBe('Not yet: eligible on 2026-11-30 once Coding Certificate is completed');
  });

  it('gives every pathway a reason when a person has no data', () => {
    const result = required(person());
    expect(result).toMatchObject({ status: 'not-yet', eligibleOn: null, certifiedBy: null, experienceDays: 0, diplomaOnRecord: null });
    expect(result.summary).toBe('Not yet — no pathway can be met from the records on file');
    for (const p of result.pathways) {
      expect(p.state).toBe('cannot-meet');
      expect(p.metOn).toBeNull();
      expect(p.missing.length).toBeGreaterThan(0);
      expect(p.detail.length).toBeGreaterThan(0);
    }
  });

  it('reports the rule set, version, as-of date and experience days', () => {
    const experience = [work('2025-01-01', '2025-03-31'), work('2025-03-15', '2025-06-30'), work('2024-01-01', undefined, false)];
    const result = required(person({ experience }));
    expect(result).toMatchObject({ employeeId: '000123', ruleSet: 'ccs-required', ruleSetVersion: RULE_SETS['ccs-required'].version, asOf: AS_OF });
    expect(result.experienceDays).toBe(experienceDaysBefore(experience, AS_OF));
    expect(result.experienceDays).toBe(181);
  });

  it('labels every pathway from the rule set', () => {
    const result = required(person());
    expect(result.pathways.map((p) => p.label)).toEqual([
      'Holds RHIA, RHIT or CCS-P',
      'Coding training program covering all required subjects',
      '2 years of coding experience',
      'Holds CCA and 1 year of coding experience',
      'Holds a coding credential from a body other than AHIMA and 1 year of coding experience',
    ]);
  });
});

describe('ccs-recommended', () => {
  it('is eligible with a diploma on record even when no preparation is met, with no eligibility date to give', () => {
    const result = recommended(person({ hsDiploma: true }));
    expect(result).toMatchObject({ status: 'eligible', diplomaOnRecord: true, diplomaAssumed: false, eligibleOn: null, preparedOn: null });
    expect(result.summary).toBe('Eligible: diploma on record; recommended preparation not met');
  });

  it('says the diploma is not recorded, however well prepared, and gives the preparation date as such', () => {
    const result = recommended(person({ credentials: [cred('RHIA', '2018-06-01')] }));
    expect(result).toMatchObject({ status: 'diploma-not-recorded', diplomaOnRecord: false, eligibleOn: null, preparedOn: '2018-06-01' });
    expect(path(result, 'by-credential').state).toBe('met');
    expect(result.summary).toBe('Diploma not recorded — meets the recommended preparation since 2018-06-01 (holds RHIA)');
  });

  it('says when the recommended preparation is not met', () => {
    const result = recommended(person({ hsDiploma: false }));
    expect(result).toMatchObject({ status: 'diploma-not-recorded', diplomaOnRecord: false, preparedOn: null });
    expect(result.summary).toBe('Diploma not recorded — recommended preparation not met');
  });

  it('reports future preparation alongside the diploma, as preparation', () => {
    const result = recommended(person({ hsDiploma: true, experience: [work('2025-09-01')] }));
    expect(result).toMatchObject({ eligibleOn: null, preparedOn: '2027-09-01' });
    expect(result.summary).toBe('Eligible: diploma on record; will meet the recommended preparation on 2027-09-01 if current coding work continues');
  });

  it('assumes a diploma for current staff when the organisation makes one a condition of employment, and says so', () => {
    const assume = { ...ctx(RULE_SETS['ccs-recommended']), diplomaConditionOfEmployment: true };
    const staff = evaluateEligibility(person({ employmentStatus: 'leave' }), assume);
    expect(staff).toMatchObject({ status: 'eligible', diplomaOnRecord: false, diplomaAssumed: true });
    expect(staff.summary).toMatch(/^Eligible: diploma assumed \(a high-school diploma or equivalent is a condition of employment/);
  });

  it('assumes nothing for people who have left, nor over a recorded "no", nor under ccs-required', () => {
    const assume = { ...ctx(RULE_SETS['ccs-recommended']), diplomaConditionOfEmployment: true };
    expect(evaluateEligibility(person({ employmentStatus: 'terminated' }), assume)).toMatchObject({ status: 'diploma-not-recorded', diplomaAssumed: false });
    expect(evaluateEligibility(person({ hsDiploma: false }), assume)).toMatchObject({ status: 'diploma-not-recorded', diplomaAssumed: false });
    const required = evaluateEligibility(person(), { ...ctx(), diplomaConditionOfEmployment: true });
    expect(required).toMatchObject({ diplomaOnRecord: null, diplomaAssumed: false, preparedOn: null });
  });

  it('is certified above everything', () => {
    expect(recommended(person({ credentials: [cred('CCS', '2024-01-01')] })).status).toBe('certified');
  });
});

describe('words a manager acts on', () => {
  it('says no pathway can be met from the records on file', () => {
    expect(required(person()).summary).toBe('Not yet — no pathway can be met from the records on file');
  });

  it('names an inactive CCS with the last day it can be reinstated, in the status', () => {
    // AHIMA: inactive when the cycle ends without the CEUs, revoked 180 days later.
    const lapsedCcs = cred('CCS', '2019-01-01', '2026-06-07');
    const result = required(person({ credentials: [lapsedCcs], experience: [work('2019-01-01')] }));
    expect(result.status).toBe('eligible');
    expect(result.inactiveNotes).toEqual(['CCS inactive — reinstate by 2026-12-04, revoked after']);
    expect(result.summary).toBe('Eligible since 2021-01-01 (2 years of coding experience); CCS inactive — reinstate by 2026-12-04, revoked after');
    // Revoked once the 180 days are past: nothing left to reinstate.
    const later = evaluateEligibility(person({ credentials: [lapsedCcs] }), { ...ctx(), asOf: '2026-12-05' });
    expect(later.inactiveNotes).toEqual([]);
  });

  it('gives under ccs-required an eligibility date only for a pathway, never to the certified', () => {
    const certified = required(person({ credentials: [cred('CCS', '2024-01-01')] }));
    expect(certified).toMatchObject({ status: 'certified', eligibleOn: null, preparedOn: null, diplomaOnRecord: null });
  });
});

describe('rules as data', () => {
  it('follows a changed rule set without code changes', () => {
    const base = RULE_SETS['ccs-required'];
    const stricter: RuleSet = {
      ...base,
      version: 'test',
      pathways: [
        { id: 'by-credential', kind: 'credential', anyOf: ['RHIA'] },
        { id: 'by-experience', kind: 'experience', years: 3 },
        { id: 'by-other-credential-with-experience', kind: 'other-coding-credential-and-experience', excludeBodies: ['AHIMA', 'AAPC'], experienceYears: 2 },
      ],
    };
    const someone = person({ credentials: [cred('RHIT', '2019-01-01'), cred('CPC', '2019-01-01')], experience: [work('2024-06-01')] });
    const result = evaluateEligibility(someone, ctx(stricter));
    expect(result.ruleSetVersion).toBe('test');
    expect(result.pathways.map((p) => [p.id, p.state, p.metOn])).toEqual([
      ['by-credential', 'cannot-meet', null],
      ['by-experience', 'will-meet', '2027-06-01'],
      ['by-other-credential-with-experience', 'cannot-meet', null],
    ]);
    expect(result.pathways[1]!.label).toBe('3 years of coding experience');
  });
});

describe('scale', () => {
  // Timing lives in `npm run bench`; here only that a large, varied roster evaluates sensibly.
  it('evaluates 50,000 varied people with sensible results', () => {
    const people: Person[] = [];
    for (let i = 0; i < 50_000; i++) {
      const year = 2005 + (i % 20);
      const month = String((i % 12) + 1).padStart(2, '0');
      people.push(
        person({
          employeeId: String(i).padStart(6, '0'),
          hsDiploma: i % 3 !== 0,
          credentials: [cred(['CCA', 'CPC', 'RHIT', 'CCS', 'CDIP', 'XYZ'][i % 6]!, `${year}-${month}-10`, `${year + 4}-${month}-09`)],
          experience: [work(`${year}-${month}-01`, `${year + 1}-${month}-15`), work(`${year + 1}-${month}-20`, i % 2 ? undefined : `${year + 2}-01-31`, i % 5 !== 0)],
          education: i % 4 === 0 ? [course('Coding Certificate', `${year}-06-30`, EDUCATION_COMPONENTS.slice(i % 3))] : [],
        }),
      );
    }
    const context = ctx();
    const counts = { certified: 0, eligible: 0, 'not-yet': 0, 'diploma-not-recorded': 0 };
    for (const p of people) counts[evaluateEligibility(p, context).status] += 1;
    expect(counts.eligible).toBeGreaterThan(10_000);
    expect(counts.certified).toBeGreaterThan(0);
    expect(counts['not-yet']).toBeGreaterThan(0);
  });
});

describe('people who have left', () => {
  it('projects no eligibility date from an open-ended period once the person is terminated', () => {
    const active = required(person({ experience: [work('2025-01-01')] }));
    expect(active).toMatchObject({ status: 'not-yet', eligibleOn: '2027-01-01' });
    const left = required(person({ employmentStatus: 'terminated', experience: [work('2025-01-01')] }));
    expect(left).toMatchObject({ status: 'not-yet', eligibleOn: null });
    expect(path(left, 'by-experience').state).toBe('cannot-meet');
    expect(path(left, 'by-experience').detail).toContain('no longer employed: ongoing periods are counted only up to the as-of date');
    // What was earned before leaving still counts, to the day.
    expect(left.experienceDays).toBe(active.experienceDays);
    expect(required(person({ employmentStatus: 'terminated', experience: [work('2023-01-01')] }))).toMatchObject({ status: 'eligible', eligibleOn: '2025-01-01' });
  });
});
