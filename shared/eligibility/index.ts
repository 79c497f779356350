import type { CcsStatus, Credential, CredentialDefinition, EligibilityResult, IsoDate, PathwayResult, Person, RuleSet } from '../types';
import { assertNever } from '../assert-never';
import { EXAM_CREDENTIAL_CODE } from '../rule-sets';
import { gatherFacts, type Facts } from './facts';
import { compileRuleSet, type CompiledPathway } from './compiled-rules';
import { conditionOf, reasonOf, type Outcome } from './outcome';
import { credentialPathway, credentialWithExperiencePathway } from './credential-pathways';
import { educationPathway } from './education-pathway';
import { experiencePathway } from './experience-pathway';
import { DIPLOMA_CONDITION, DIPLOMA_NOT_RECORDED, NO_PATHWAY, inactiveText } from './status-words';

/**
 * The CCS eligibility engine: reads a rule set's pathways as data and explains, per pathway, the
 * date it was met, the date it will be met if current coding work continues, or what is missing.
 * A roster evaluates every person on every view, so what depends only on the rule set and the
 * catalog is worked out once (`eligibility/compiled-rules.ts`) and the per-person work is plain loops.
 */

export interface EligibilityContext {
  readonly asOf: IsoDate;
  readonly ruleSet: RuleSet;
  readonly catalog: readonly CredentialDefinition[];
  /** The organisation makes a diploma a condition of employment: current staff with none recorded count as having one. */
  readonly diplomaConditionOfEmployment?: boolean;
}

export function evaluateEligibility(person: Person, ctx: EligibilityContext): EligibilityResult {
  const { asOf, ruleSet } = ctx;
  const rules = compileRuleSet(ruleSet, ctx.catalog);
  const facts = gatherFacts(person, asOf, rules);
  const pathways: PathwayResult[] = [];
  let firstMet: Outcome | null = null; // the earliest met on or before the as-of date
  let firstAny: Outcome | null = null; // the earliest date of all, past or future
  for (const pathway of rules.pathways) {
    const outcome = evaluatePathway(pathway, facts);
    pathways.push(outcome.result);
    if (earlier(outcome, firstAny)) firstAny = outcome;
    if (outcome.result.state === 'met' && earlier(outcome, firstMet)) firstMet = outcome;
  }
  const certificate = activeExamCredential(facts);
  const byDiploma = ruleSet.requirement === 'diploma';
  const diplomaOnRecord = byDiploma ? person.hsDiploma === true : null;
  // A recorded "no" is a record: the assumption fills only a blank, and only for current staff.
  const diplomaAssumed =
    byDiploma && person.hsDiploma === undefined && ctx.diplomaConditionOfEmployment === true && person.employmentStatus !== 'terminated';
  const status = statusOf(ruleSet, certificate !== null, firstMet !== null, diplomaOnRecord === true || diplomaAssumed);
  const lapsed = inactiveNotes(facts);
  const summary = summaryOf(ruleSet, status, certificate, firstMet, firstAny, diplomaAssumed);
  return {
    employeeId: person.employeeId,
    ruleSet: ruleSet.id,
    ruleSetVersion: ruleSet.version,
    asOf,
    status,
    eligibleOn: !byDiploma && status !== 'certified' ? (firstAny?.result.metOn ?? null) : null,
    preparedOn: byDiploma ? (firstAny?.result.metOn ?? null) : null,
    certifiedBy: certificate?.id ?? null,
    pathways,
    experienceDays: facts.experienceDays,
    diplomaOnRecord,
    diplomaAssumed,
    inactiveNotes: lapsed,
    summary: lapsed.length === 0 ? summary : `${summary}; ${lapsed.join('; ')}`,
  };
}

/** Every inactive credential, with the last day it can be reinstated: a manager can still act on it. */
function inactiveNotes(facts: Facts): readonly string[] {
  let notes: string[] | null = null;
  for (const held of facts.credentials) {
    if (held.state !== 'inactive' || held.credential.expiresOn === undefined) continue;
    (notes ??= []).push(inactiveText(held.code, held.credential.expiresOn));
  }
  return notes ?? NO_NOTES;
}

const NO_NOTES: readonly string[] = Object.freeze([]);

function evaluatePathway(pathway: CompiledPathway, facts: Facts): Outcome {
  const rule = pathway.rule;
  switch (rule.kind) {
    case 'credential':
      return credentialPathway(pathway, facts);
    case 'education':
      return educationPathway(pathway, rule, facts);
    case 'experience':
      return experiencePathway(pathway, facts);
    case 'credential-and-experience':
    case 'other-coding-credential-and-experience':
      return credentialWithExperiencePathway(pathway, facts);
    default:
      return assertNever(rule);
  }
}

/** The active CCS that lasts longest tells the manager the most; no expiry outlasts any date. */
function activeExamCredential(facts: Facts): Credential | null {
  let latest: Credential | null = null;
  for (const held of facts.credentials) {
    if (held.code !== EXAM_CREDENTIAL_CODE || held.state !== 'active') continue;
    // Ties keep the first entered.
    if (latest === null || outlasts(held.credential.expiresOn, latest.expiresOn)) latest = held.credential;
  }
  return latest;
}

/** True when expiry `a` is strictly later than `b`; a missing expiry never ends. */
function outlasts(a: IsoDate | undefined, b: IsoDate | undefined): boolean {
  if (b === undefined) return false;
  return a === undefined || a > b;
}

// ---------------------------------------------------------------------------
// Status and summary

/** True when the outcome has a date and it comes before the best so far (ties keep the first). */
function earlier(outcome: Outcome, best: Outcome | null): boolean {
  const metOn = outcome.result.metOn;
  return metOn !== null && (best === null || metOn < (best.result.metOn ?? ''));
}

function statusOf(ruleSet: RuleSet, certified: boolean, anyMet: boolean, diploma: boolean): CcsStatus {
  if (certified) return 'certified';
  switch (ruleSet.requirement) {
    case 'pathway':
      return anyMet ? 'eligible' : 'not-yet';
    case 'diploma':
      return diploma ? 'eligible' : 'diploma-not-recorded';
    default:
      return assertNever(ruleSet.requirement);
  }
}

function summaryOf(
  ruleSet: RuleSet,
  status: CcsStatus,
  certificate: Credential | null,
  firstMet: Outcome | null,
  firstAny: Outcome | null,
  diplomaAssumed: boolean,
): string {
  if (status === 'certified' && certificate !== null) {
    return certificate.expiresOn
      ? `Certified (${EXAM_CREDENTIAL_CODE} active until ${certificate.expiresOn})`
      : `Certified (${EXAM_CREDENTIAL_CODE} active, no expiry date recorded)`;
  }
  switch (ruleSet.requirement) {
    case 'pathway':
      if (firstMet !== null) return `Eligible since ${firstMet.result.metOn} (${reasonOf(firstMet)})`;
      if (firstAny !== null) return `Not yet: eligible on ${firstAny.result.metOn} ${conditionOf(firstAny)}`;
      return NO_PATHWAY;
    case 'diploma': {
      if (status === 'diploma-not-recorded') return `${DIPLOMA_NOT_RECORDED} — ${preparationText(firstMet, firstAny)}`;
      const head = diplomaAssumed ? `Eligible: diploma assumed (${DIPLOMA_CONDITION})` : 'Eligible: diploma on record';
      return `${head}; ${preparationText(firstMet, firstAny)}`;
    }
    default:
      return assertNever(ruleSet.requirement);
  }
}

function preparationText(firstMet: Outcome | null, firstAny: Outcome | null): string {
  if (firstMet !== null) return `meets the recommended preparation since ${firstMet.result.metOn} (${reasonOf(firstMet)})`;
  if (firstAny !== null) return `will meet the recommended preparation on ${firstAny.result.metOn} ${conditionOf(firstAny)}`;
  return 'recommended preparation not met';
}
