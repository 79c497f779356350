import type {
  Credential,
  CredentialDefinition,
  CredentialStatus,
  EligibilityResult,
  Person,
} from '../types';
import type { CredentialBadge, PersonSummary } from '../view-models';
import { credentialStatus } from '../credential-status';
import { evaluateEligibility } from '../eligibility';
import type { ViewContext } from './context';
import { recordProblems } from './problems';

/** One credential record with its catalog entry and its state on the as-of date. */
export interface CredentialFacts {
  readonly credential: Credential;
  readonly definition: CredentialDefinition | undefined;
  /** The catalog code when the catalog knows the credential, otherwise the code as recorded. */
  readonly code: string;
  readonly status: CredentialStatus;
}

/** One person evaluated once: every view (roster, detail, dashboard) reads from this. */
export interface PersonFacts {
  readonly person: Person;
  readonly eligibility: EligibilityResult;
  /** In badge order: currently valid first, then by code. */
  readonly credentials: readonly CredentialFacts[];
  readonly summary: PersonSummary;
}

export function evaluatePerson(person: Person, ctx: ViewContext): PersonFacts {
  const eligibility = evaluateEligibility(person, {
    asOf: ctx.asOf,
    ruleSet: ctx.ruleSet,
    catalog: ctx.catalog,
    diplomaConditionOfEmployment: ctx.diplomaConditionOfEmployment,
  });
  // Plain loops, no closures: this runs for every person each time a roster opens (docs/performance.md).
  const credentials: CredentialFacts[] = [];
  for (const credential of person.credentials) insertInBadgeOrder(credentials, credentialFacts(credential, ctx));
  const badges: CredentialBadge[] = [];
  for (const facts of credentials) badges.push(toBadge(facts));
  const pathwaysMet: string[] = [];
  for (const pathway of eligibility.pathways) if (pathway.state === 'met') pathwaysMet.push(pathway.id);
  const summary: PersonSummary = {
    employeeId: person.employeeId,
    firstName: person.firstName,
    lastName: person.lastName,
    name: displayName(person),
    unit: person.unit ?? '',
    jobTitle: person.jobTitle ?? '',
    employmentStatus: person.employmentStatus,
    isRn: person.isRn === true,
    fte: person.fte ?? null,
    credentials: badges,
    ccsStatus: eligibility.status,
    eligibleOn: eligibility.eligibleOn,
    preparedOn: eligibility.preparedOn,
    diplomaOnRecord: eligibility.diplomaOnRecord,
    diplomaAssumed: eligibility.diplomaAssumed,
    inactiveNotes: eligibility.inactiveNotes,
    pathwaysMet,
    ccsSummary: eligibility.summary,
    experienceYears: Math.round((eligibility.experienceDays / 365.25) * 10) / 10,
    problems: recordProblems(person, credentials),
  };
  return { person, eligibility, credentials, summary };
}

/** "Last, First"; a missing part leaves no stray comma. */
export function displayName(person: Pick<Person, 'firstName' | 'lastName'>): string {
  const last = person.lastName.trim();
  const first = person.firstName.trim();
  return last && first ? `${last}, ${first}` : last || first;
}

export function toBadge(facts: CredentialFacts): CredentialBadge {
  return {
    id: facts.credential.id,
    code: facts.code,
    state: facts.status.state,
    expiresOn: facts.credential.expiresOn ?? null,
    daysLeft: facts.status.daysLeft,
  };
}

/** Valid on the as-of date: the warning window does not make a credential any less valid. */
export function isValidNow(facts: CredentialFacts): boolean {
  return facts.status.state === 'active' || facts.status.state === 'expiring';
}

export function isLapsed(facts: CredentialFacts): boolean {
  const state = facts.status.state;
  return state === 'expired' || state === 'inactive' || state === 'revoked';
}

function credentialFacts(credential: Credential, ctx: ViewContext): CredentialFacts {
  const definition = ctx.definitionOf(credential.code);
  return {
    credential,
    definition,
    code: definition?.code ?? credential.code.trim().toUpperCase(),
    status: credentialStatus(credential, definition, ctx.asOf, ctx.warningDays),
  };
}

/**
 * Adds one credential after every one that does not come after it, so equal ones keep the order
 * entered (as a stable sort would): a person holds a few, and a sort call per person costs more.
 */
function insertInBadgeOrder(sorted: CredentialFacts[], facts: CredentialFacts): void {
  let at = sorted.length;
  while (at > 0 && badgeOrder(sorted[at - 1]!, facts) > 0) at -= 1;
  if (at === sorted.length) sorted.push(facts);
  else sorted.splice(at, 0, facts);
}

/** Currently valid first, then by code; for one code, the record that runs longest first. */
function badgeOrder(a: CredentialFacts, b: CredentialFacts): number {
  const valid = Number(isValidNow(b)) - Number(isValidNow(a));
  if (valid !== 0) return valid;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  const expiry = compareExpiryDescending(a.credential, b.credential);
  if (expiry !== 0) return expiry;
  return a.credential.id < b.credential.id ? -1 : a.credential.id > b.credential.id ? 1 : 0;
}

/** Later expiry first; no expiry counts as the latest of all. */
export function compareExpiryDescending(a: Credential, b: Credential): number {
  const ea = a.expiresOn;
  const eb = b.expiresOn;
  if (ea === eb) return 0;
  if (ea === undefined) return -1;
  if (eb === undefined) return 1;
  return ea > eb ? -1 : 1;
}
