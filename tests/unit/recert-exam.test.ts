import { describe, expect, it } from 'vitest';
import type { ExamApplication, Person } from '../../shared/types';
import { BUILT_IN_CATALOG } from '../../shared/catalog';
import { addDaysIso } from '../../shared/dates';
import { person as personWithId } from '../fixtures/people';
import { evaluateEligibility } from '../../shared/eligibility';
import { getRuleSet } from '../../shared/rule-sets';
import { DEFAULT_EXAM_FACTS, EXAM_FACT_SOURCES, resolveExamFacts } from '../../shared/recert/exam-facts';
import { applicationWarnings, recordResult, validateSchedule, windowEnd } from '../../shared/recert/exam-applications';
import { resultDateProblem, secondOpenApplication } from '../../shared/recert/exam-applications';
import { currentCycle } from '../../shared/recert/cycles';
import { personCeuSummaries } from '../../shared/recert/ceus';

const facts = DEFAULT_EXAM_FACTS;
const app = (fields: Partial<ExamApplication> = {}): ExamApplication => ({
  id: 'app-1',
  appliedOn: '2026-01-05',
  approvedOn: '2026-01-20',
  extensions: [],
  ...fields,
});
const person = (fields: Partial<Person> = {}): Person => personWithId('00042', fields);

describe('exam facts', () => {
  it('has the published defaults, each with a source', () => {
    expect(facts).toMatchObject({
      durationHours: 4,
      scoreMin: 100,
      scoreMax: 400,
      passingScore: 300,
      questionCount: '107',
      windowDays: 120,
      refundFeeUsd: 75,
      retakeWaitDays: 30,
      retakeWaitSince: '2023-09-11',
      retakeWaitCodes: ['CCA', 'CCS'],
      edited: [],
    });
    for (const key of Object.keys(EXAM_FACT_SOURCES)) expect(facts.sources[key as keyof typeof EXAM_FACT_SOURCES].url).toMatch(/^https:\/\//);
    expect(facts.sources.questionCount.note).toContain('115–140');
  });

  it('takes the user edits and lists them', () => {
    const edited = resolveExamFacts({ passingScore: 310, questionCount: '115–140' });
    expect(edited).toMatchObject({ passingScore: 310, questionCount: '115–140', windowDays: 120, edited: ['passingScore', 'questionCount'] });
  });

  it('rejects bad edits, naming the field', () => {
    expect(() => resolveExamFacts({ windowDays: -1 })).toThrow(/windowDays/);
    expect(() => resolveExamFacts({ retakeWaitSince: '2023-02-30' })).toThrow(/retakeWaitSince must be a date written YYYY-MM-DD/);
    expect(() => resolveExamFacts({ passingScore: 450 })).toThrow('passing score 450 must lie within the scale 100–400');
    expect(() => resolveExamFacts({ unknown: 1 } as never)).toThrow(/Exam facts/);
  });
});

describe('windowEnd', () => {
  it('is the approval date plus 120 days', () => {
    expect(windowEnd(app(), facts)).toBe('2026-05-20');
    expect(windowEnd(app({ approvedOn: '2024-01-01' }), facts)).toBe('2024-04-30');
  });

  it('is null before approval', () => {
    expect(windowEnd(app({ approvedOn: undefined }), facts)).toBeNull();
  });

  it('moves out to the latest extension, never in', () => {
    const extended = app({ extensions: [{ grantedOn: '2026-05-01', newEnd: '2026-07-31' }, { grantedOn: '2026-04-01', newEnd: '2026-06-15' }] });
    expect(windowEnd(extended, facts)).toBe('2026-07-31');
    expect(windowEnd(app({ extensions: [{ grantedOn: '2026-02-01', newEnd: '2026-04-01' }] }), facts)).toBe('2026-05-20');
  });

  it('uses the end printed on the approval, and follows an edited window length', () => {
    expect(windowEnd(app({ windowEndsOn: '2026-05-31' }), facts)).toBe('2026-05-31');
    expect(windowEnd(app(), resolveExamFacts({ windowDays: 90 }))).toBe('2026-04-20');
  });
});

describe('validateSchedule', () => {
  it('accepts any day of the window, both ends included', () => {
    expect(validateSchedule(app({ scheduledOn: '2026-01-20' }), [], facts)).toEqual([]);
    expect(validateSchedule(app({ scheduledOn: '2026-05-20' }), [], facts)).toEqual([]);
  });

  it('rejects days outside the window, saying which date closes it', () => {
    expect(validateSchedule(app({ scheduledOn: '2026-05-21' }), [], facts)).toEqual([
      { code: 'after-window', message: 'Exam date 2026-05-21 is after the testing window closes on 2026-05-20.' },
    ]);
    expect(validateSchedule(app({ scheduledOn: '2026-01-19' }), [], facts).map((p) => p.code)).toEqual(['before-window']);
    expect(validateSchedule(app({ scheduledOn: '2026-06-01', extensions: [{ grantedOn: '2026-05-10', newEnd: '2026-06-30' }] }), [], facts)).toEqual([]);
  });

  it('needs an approval and a date', () => {
    expect(validateSchedule(app({ approvedOn: undefined, scheduledOn: '2026-02-01' }), [], facts).map((p) => p.code)).toEqual(['not-approved']);
    expect(validateSchedule(app(), [], facts).map((p) => p.code)).toEqual(['no-date']);
  });

  describe('retake waiting period', () => {
    const failed: ExamApplication = app({ id: 'first', approvedOn: '2025-12-01', scheduledOn: '2026-03-01', result: 'fail', scaledScore: 280, resultOn: '2026-03-01' });
    const retake = (scheduledOn: string) => app({ id: 'second', appliedOn: '2026-03-02', approvedOn: '2026-03-05', scheduledOn });

    it('refuses a retake 29 days after the failed attempt and allows it on day 30', () => {
      const problems = validateSchedule(retake('2026-03-30'), [failed], facts);
      expect(problems).toEqual([
        {
          code: 'retake-too-soon',
          message: 'Exam date 2026-03-30 is inside the 30-day wait after the failed attempt on 2026-03-01: the earliest retake date is 2026-03-31.',
        },
      ]);
      expect(validateSchedule(retake('2026-03-31'), [failed], facts)).toEqual([]);
    });

    it('uses the latest failure, and ignores passes, no-shows and the application itself', () => {
      const older = { ...failed, id: 'zero', scheduledOn: '2025-10-01', resultOn: '2025-10-01' };
      const noShow = { ...failed, id: 'ns', result: 'no-show' as const, scheduledOn: '2026-03-20' };
      expect(validateSchedule(retake('2026-03-15'), [older, failed, noShow], facts).map((p) => p.code)).toEqual(['retake-too-soon']);
      const self = retake('2026-03-10');
      expect(validateSchedule({ ...self, result: 'fail' }, [{ ...self, result: 'fail' }], facts)).toEqual([]);
    });

    it('applies only to CCA/CCS retakes since 2023-09-11, with the edited wait', () => {
      const early = { ...failed, scheduledOn: '2023-08-25', resultOn: '2023-08-25' };
      expect(validateSchedule(app({ approvedOn: '2023-08-26', scheduledOn: '2023-09-10' }), [early], facts)).toEqual([]);
      expect(validateSchedule(app({ approvedOn: '2023-08-26', scheduledOn: '2023-09-11' }), [early], facts).map((p) => p.code)).toEqual(['retake-too-soon']);
      const ccsP = { ...failed, exam: 'CCS-P' };
      expect(validateSchedule(retake('2026-03-10'), [ccsP], facts)).toEqual([]);
      expect(validateSchedule({ ...retake('2026-03-10'), exam: 'CCS-P' }, [ccsP], facts)).toEqual([]);
      expect(validateSchedule(retake('2026-04-15'), [failed], resolveExamFacts({ retakeWaitDays: 60 })).map((p) => p.code)).toEqual(['retake-too-soon']);
    });
  });
});

describe('recordResult and the CCS credential', () => {
  it('passes at the passing score and returns the CCS credential with its first AHIMA cycle', () => {
    const outcome = recordResult(app({ scheduledOn: '2026-04-10' }), 300, facts);
    expect(outcome).toEqual({
      ok: true,
      passed: true,
      application: { ...app({ scheduledOn: '2026-04-10' }), result: 'pass', scaledScore: 300, resultOn: '2026-04-10' },
      credential: { id: 'app-1-ccs', code: 'CCS', issuer: 'AHIMA', earnedOn: '2026-04-10', expiresOn: '2028-04-09' },
    });
  });

  it('fails one point below, with no credential', () => {
    const outcome = recordResult(app({ scheduledOn: '2026-04-10' }), 299, facts, '2026-04-11');
    expect(outcome).toMatchObject({ ok: true, passed: false, credential: null, application: { result: 'fail', scaledScore: 299, resultOn: '2026-04-11' } });
  });

  it('follows an edited passing score', () => {
    expect(recordResult(app({ scheduledOn: '2026-04-10' }), 305, resolveExamFacts({ passingScore: 310 }))).toMatchObject({ ok: true, passed: false });
  });

  it('refuses bad input with a clear message', () => {
    expect(recordResult(app({ scheduledOn: '2026-04-10' }), 401, facts)).toEqual({ ok: false, error: 'Scaled score 401 is outside the scale 100–400.' });
    expect(recordResult(app({ scheduledOn: '2026-04-10' }), Number.NaN, facts)).toMatchObject({ ok: false });
    expect(recordResult(app(), 320, facts)).toEqual({ ok: false, error: 'The CCS application of 2026-01-05: give the exam date to record a result.' });
    expect(recordResult(app({ approvedOn: undefined }), 320, facts, '2026-04-10')).toEqual({
      ok: false,
      error: 'The CCS application of 2026-01-05 was never approved, so no exam result can be recorded on it.',
    });
    expect(recordResult(app({ result: 'pass', resultOn: '2026-04-10' }), 320, facts)).toEqual({
      ok: false,
      error: 'The CCS application of 2026-01-05 already has a result (pass on 2026-04-10).',
    });
    expect(recordResult(app(), 320, facts, '2026-01-01')).toMatchObject({
      ok: false,
      error: 'The result date 2026-01-01 is before the CCS application of 2026-01-05 was approved on 2026-01-20.',
    });
  });

  it('refuses a result dated before the exam was scheduled', () => {
    expect(recordResult(app({ scheduledOn: '2026-04-10' }), 320, facts, '2026-04-01')).toEqual({
      ok: false,
      error: 'The result date 2026-04-01 is before the exam was scheduled, on 2026-04-10.',
    });
    expect(resultDateProblem(app({ scheduledOn: '2026-04-10' }), '2026-04-10', facts, 'no-show')).toBeNull();
    // Withdrawing is open to an application never approved; a no-show is not.
    expect(resultDateProblem(app({ approvedOn: undefined }), '2026-02-01', facts, 'withdrawn')).toBeNull();
    expect(resultDateProblem(app({ approvedOn: undefined }), '2026-02-01', facts, 'no-show')).toMatch(/never approved/);
  });

  it('refuses a second open application for the same exam, naming the first by its date', () => {
    const first = app({ id: 'a1' });
    expect(secondOpenApplication(app({ id: 'a2', appliedOn: '2026-03-01' }), [first], facts)).toBe(
      'The CCS application of 2026-01-05 is still open (no result recorded), so a second CCS application cannot be added. ' +
        'Record its result (or that it was withdrawn), or delete it, first.',
    );
    // Editing the open one, or adding one after a result, is fine.
    expect(secondOpenApplication(first, [first], facts)).toBeNull();
    expect(secondOpenApplication(app({ id: 'a2' }), [{ ...first, result: 'fail', resultOn: '2026-04-10' }], facts)).toBeNull();
    expect(secondOpenApplication(app({ id: 'a2', exam: 'CCA' }), [first], facts)).toBeNull();
  });

  it('the whole flow: eligible, apply, schedule, pass, then certified with a 20-CEU AHIMA cycle', () => {
    const ruleSet = getRuleSet('ccs-required');
    const ada = person({ credentials: [{ id: 'rhit', code: 'RHIT', earnedOn: '2019-05-01' }] });
    const before = evaluateEligibility(ada, { asOf: '2026-01-05', ruleSet, catalog: BUILT_IN_CATALOG });
    expect(before.status).toBe('eligible');
    expect(applicationWarnings(before, facts)).toEqual([]);

    const booked = app({ scheduledOn: addDaysIso('2026-01-20', 45) });
    expect(validateSchedule(booked, [], facts)).toEqual([]);
    const outcome = recordResult(booked, 342, facts);
    if (!outcome.ok || outcome.credential === null) throw new Error('expected a pass');
    const after = { ...ada, credentials: [...ada.credentials, outcome.credential] };

    const eligibility = evaluateEligibility(after, { asOf: '2026-06-01', ruleSet, catalog: BUILT_IN_CATALOG });
    expect(eligibility).toMatchObject({ status: 'certified', certifiedBy: 'app-1-ccs' });
    expect(applicationWarnings(eligibility, facts).map((w) => w.code)).toEqual(['already-certified', 'refund-fee']);
    expect(currentCycle(outcome.credential, BUILT_IN_CATALOG.find((d) => d.code === 'CCS'), '2026-06-01')).toMatchObject({
      start: '2026-03-06',
      end: '2028-03-05',
    });
    const ahima = personCeuSummaries(after, BUILT_IN_CATALOG, '2026-06-01').find((s) => s.body === 'AHIMA');
    // RHIT's own cycle (2025-05-01..2027-04-30) sets the body's cycle; CCS joins it: 20 + 10.
    expect(ahima?.requirement.hours).toBe(30);
  });
});

describe('applicationWarnings', () => {
  it('warns when not eligible under the chosen rule set and states the refund fee', () => {
    const e = evaluateEligibility(person(), { asOf: '2026-01-05', ruleSet: getRuleSet('ccs-required'), catalog: BUILT_IN_CATALOG });
    const warnings = applicationWarnings(e, facts);
    expect(warnings.map((w) => w.code)).toEqual(['not-eligible', 'refund-fee']);
    expect(warnings[0]?.message).toContain('Not eligible under ccs-required (version');
    expect(warnings[0]?.message).toContain('no eligibility date can be given');
    expect(warnings[1]?.message).toBe('If the application has to be withdrawn, a refund request costs the $75 processing fee.');
    expect(applicationWarnings(e, resolveExamFacts({ refundFeeUsd: 82.5 }))[1]?.message).toContain('$82.50');
  });

  it('gives the date a person will be eligible', () => {
    const coder = person({ experience: [{ id: 'x', start: '2025-01-01', directCoding: true }] });
    const e = evaluateEligibility(coder, { asOf: '2026-01-05', ruleSet: getRuleSet('ccs-required'), catalog: BUILT_IN_CATALOG });
    expect(applicationWarnings(e, facts)[0]?.message).toContain('eligible on 2027-01-01');
  });

  it('under the recommended rule set, warns about a missing diploma', () => {
    const e = evaluateEligibility(person({ hsDiploma: false }), { asOf: '2026-01-05', ruleSet: getRuleSet('ccs-recommended'), catalog: BUILT_IN_CATALOG });
    // Not "not eligible": only the record is missing, and the warning says which.
    expect(e.status).toBe('diploma-not-recorded');
    expect(applicationWarnings(e, facts).map((w) => w.code)).toEqual(['no-diploma', 'refund-fee']);
    const ok = evaluateEligibility(person({ hsDiploma: true }), { asOf: '2026-01-05', ruleSet: getRuleSet('ccs-recommended'), catalog: BUILT_IN_CATALOG });
    expect(applicationWarnings(ok, facts)).toEqual([]);
  });
});
