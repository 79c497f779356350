import type { Credential, EligibilityResult, ExamApplication, IsoDate } from '../types';
import { BUILT_IN_CATALOG, lookupCredential } from '../catalog';
import { addDaysIso, maxIso } from '../dates';
import type { ExamFacts, ExamProblem, ExamWarning } from './types';
import { currentCycle } from './cycles';

/**
 * CCS exam applications: the testing window, schedule checks, results and the credential a pass
 * adds. The facts (window length, passing score, retake wait, refund fee) come from `exam-facts.ts`.
 */

/** The exam the application is for. */
export function examCodeOf(app: ExamApplication, facts: ExamFacts): string {
  return (app.exam ?? facts.examCode).toUpperCase();
}

/**
 * The last day the exam may be taken: the approval date plus the window days (or the end printed on
 * the approval), moved out by the latest extension. Null before approval.
 */
export function windowEnd(app: ExamApplication, facts: ExamFacts): IsoDate | null {
  const base = app.windowEndsOn ?? (app.approvedOn === undefined ? undefined : addDaysIso(app.approvedOn, facts.windowDays));
  if (base === undefined) return null;
  return maxIso([base, ...app.extensions.map((e) => e.newEnd)]);
}

/** An application in words a manager recognises ("the CCS application of 2026-01-05"), never its internal id. */
export function applicationName(app: ExamApplication, facts: ExamFacts): string {
  return `the ${examCodeOf(app, facts)} application of ${app.appliedOn}`;
}

/** Capitalised for the start of a sentence. */
function Name(app: ExamApplication, facts: ExamFacts): string {
  const name = applicationName(app, facts);
  return name[0]!.toUpperCase() + name.slice(1);
}

/** Open: no result yet (passed, failed, no-show and withdrawn applications are closed). */
export function isOpen(app: ExamApplication): boolean {
  return app.result === undefined;
}

/**
 * A person has one open application per exam: AHIMA approves one at a time, and a second one is
 * usually the first entered twice. Null when `app` may be saved; otherwise why not, in words.
 */
export function secondOpenApplication(app: ExamApplication, history: readonly ExamApplication[], facts: ExamFacts): string | null {
  if (!isOpen(app)) return null;
  const code = examCodeOf(app, facts);
  const open = history.find((h) => h.id !== app.id && isOpen(h) && examCodeOf(h, facts) === code);
  if (open === undefined) return null;
  return (
    `${Name(open, facts)} is still open (no result recorded), so a second ${code} application cannot be added. ` +
    'Record its result (or that it was withdrawn), or delete it, first.'
  );
}

/**
 * Why an outcome cannot be recorded on this date, in words; null when it can. A result needs an
 * approved application, and cannot come before the approval or the scheduled exam date.
 */
export function resultDateProblem(app: ExamApplication, resultOn: IsoDate | undefined, facts: ExamFacts, outcome: ExamApplication['result']): string | null {
  // Withdrawing is the one outcome open to an application that was never approved.
  if (app.approvedOn === undefined) {
    return outcome === 'withdrawn' ? null : `${Name(app, facts)} was never approved, so no exam result can be recorded on it.`;
  }
  if (resultOn === undefined) return null;
  if (resultOn < app.approvedOn) return `The result date ${resultOn} is before ${applicationName(app, facts)} was approved on ${app.approvedOn}.`;
  if (outcome !== 'withdrawn' && app.scheduledOn !== undefined && resultOn < app.scheduledOn) {
    return `The result date ${resultOn} is before the exam was scheduled, on ${app.scheduledOn}.`;
  }
  return null;
}

/** Problems with the application's scheduled date; empty when it may be booked. `history`: the person's applications. */
export function validateSchedule(
  app: ExamApplication,
  history: readonly ExamApplication[],
  facts: ExamFacts,
): readonly ExamProblem[] {
  if (app.approvedOn === undefined) {
    return [{ code: 'not-approved', message: `${Name(app, facts)} is not approved yet: the exam cannot be scheduled.` }];
  }
  const date = app.scheduledOn;
  if (date === undefined) return [{ code: 'no-date', message: `${Name(app, facts)} has no exam date to check.` }];
  const problems: ExamProblem[] = [];
  const end = windowEnd(app, facts);
  if (date < app.approvedOn) {
    problems.push({ code: 'before-window', message: `Exam date ${date} is before the approval on ${app.approvedOn}.` });
  }
  if (end !== null && date > end) {
    problems.push({ code: 'after-window', message: `Exam date ${date} is after the testing window closes on ${end}.` });
  }
  const retake = earliestRetake(app, history, facts);
  if (retake !== null && date < retake.allowedFrom) {
    problems.push({
      code: 'retake-too-soon',
      message:
        `Exam date ${date} is inside the ${facts.retakeWaitDays}-day wait after the failed attempt on ` +
        `${retake.failedOn}: the earliest retake date is ${retake.allowedFrom}.`,
    });
  }
  return problems;
}

/** The latest failed attempt at the same exam on or before the scheduled date, and when a retake is allowed. */
function earliestRetake(
  app: ExamApplication,
  history: readonly ExamApplication[],
  facts: ExamFacts,
): { readonly failedOn: IsoDate; readonly allowedFrom: IsoDate } | null {
  const code = examCodeOf(app, facts);
  const date = app.scheduledOn;
  if (date === undefined || date < facts.retakeWaitSince) return null;
  if (!facts.retakeWaitCodes.some((c) => c.toUpperCase() === code)) return null;
  const failures = history
    .filter((h) => h.id !== app.id && h.result === 'fail' && examCodeOf(h, facts) === code)
    .map((h) => h.scheduledOn ?? h.resultOn)
    .filter((d): d is IsoDate => d !== undefined && d <= date);
  const failedOn = maxIso(failures);
  return failedOn === null ? null : { failedOn, allowedFrom: addDaysIso(failedOn, facts.retakeWaitDays) };
}

export type RecordResultOutcome =
  | {
      readonly ok: true;
      readonly application: ExamApplication;
      readonly passed: boolean;
      /** On a pass: the credential to add, its first cycle starting on the result date. */
      readonly credential: Credential | null;
    }
  | { readonly ok: false; readonly error: string };

/**
 * Records a scaled score: a pass when it reaches the passing score. The result date is `on`, else the
 * application's result or exam date.
 */
export function recordResult(app: ExamApplication, score: number, facts: ExamFacts, on?: IsoDate): RecordResultOutcome {
  if (app.approvedOn === undefined) return { ok: false, error: resultDateProblem(app, undefined, facts, 'pass')! };
  if (app.result === 'pass' || app.result === 'fail') {
    return { ok: false, error: `${Name(app, facts)} already has a result (${app.result}${app.resultOn ? ` on ${app.resultOn}` : ''}).` };
  }
  if (!Number.isFinite(score) || score < facts.scoreMin || score > facts.scoreMax) {
    return { ok: false, error: `Scaled score ${String(score)} is outside the scale ${facts.scoreMin}–${facts.scoreMax}.` };
  }
  const resultOn = on ?? app.resultOn ?? app.scheduledOn;
  if (resultOn === undefined) return { ok: false, error: `${Name(app, facts)}: give the exam date to record a result.` };
  const problem = resultDateProblem(app, resultOn, facts, 'pass');
  if (problem !== null) return { ok: false, error: problem };
  const passed = score >= facts.passingScore;
  const application: ExamApplication = { ...app, result: passed ? 'pass' : 'fail', scaledScore: score, resultOn };
  return { ok: true, application, passed, credential: passed ? earnedCredential(app, facts, resultOn) : null };
}

function earnedCredential(app: ExamApplication, facts: ExamFacts, earnedOn: IsoDate): Credential {
  const code = examCodeOf(app, facts);
  const definition = lookupCredential(BUILT_IN_CATALOG, code);
  const base: Credential = { id: `${app.id}-${code.toLowerCase()}`, code, earnedOn };
  const cycle = currentCycle(base, definition, earnedOn);
  return {
    ...base,
    ...(definition ? { issuer: definition.body } : {}),
    ...(cycle ? { expiresOn: cycle.end } : {}),
  };
}

/** Warnings to show before recording an application, from the person's eligibility under the chosen rule set. */
export function applicationWarnings(eligibility: EligibilityResult, facts: ExamFacts): readonly ExamWarning[] {
  const warnings: ExamWarning[] = [];
  const ruleSet = `${eligibility.ruleSet} (version ${eligibility.ruleSetVersion})`;
  if (eligibility.status === 'certified') {
    warnings.push({
      code: 'already-certified',
      message: `Already certified on ${eligibility.asOf}: ${eligibility.summary}.`,
    });
  } else if (eligibility.status === 'not-yet') {
    const when = eligibility.eligibleOn === null ? 'no eligibility date can be given from the records on file' : `eligible on ${eligibility.eligibleOn}`;
    warnings.push({
      code: 'not-eligible',
      message: `Not eligible under ${ruleSet} on ${eligibility.asOf}: ${when}. ${eligibility.summary}.`,
    });
  }
  if (eligibility.status === 'diploma-not-recorded') {
    warnings.push({ code: 'no-diploma', message: `No high school diploma or equivalent on record, which ${ruleSet} requires.` });
  }
  if (warnings.length > 0) {
    warnings.push({
      code: 'refund-fee',
      message: `If the application has to be withdrawn, a refund request costs the ${money(facts.refundFeeUsd)} processing fee.`,
    });
  }
  return warnings;
}

function money(usd: number): string {
  return Number.isInteger(usd) ? `$${usd}` : `$${usd.toFixed(2)}`;
}
