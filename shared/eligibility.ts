import type {
  CcsStatus,
  Credential,
  CredentialDefinition,
  CredentialState,
  Education,
  EducationComponent,
  EligibilityResult,
  ExperiencePeriod,
  IsoDate,
  PathwayResult,
  PathwayRule,
  Person,
  RuleSet,
} from './types';
import { EDUCATION_COMPONENT_LABELS } from './types';
import { assertNever } from './assert-never';
import { catalogIndex, normaliseCredentialKey } from './catalog';
import { credentialState } from './credential-status';
import { codingHistory, type CodingHistory } from './experience';
import { maxIso } from './dates';
import { EXAM_CREDENTIAL_CODE, orList, pathwayLabel, yearsText } from './rule-sets';

/**
 * The CCS eligibility engine: reads a rule set's pathways as data and explains, per pathway, the
 * date it was met, the date it will be met if current coding work continues, or what is missing.
 */

export interface EligibilityContext {
  readonly asOf: IsoDate;
  readonly ruleSet: RuleSet;
  readonly catalog: readonly CredentialDefinition[];
}

export function evaluateEligibility(person: Person, ctx: EligibilityContext): EligibilityResult {
  const facts = gatherFacts(person, ctx);
  const pathways: PathwayResult[] = [];
  let firstMet: Outcome | null = null; // the earliest met on or before the as-of date
  let firstAny: Outcome | null = null; // the earliest date of all, past or future
  for (const rule of ctx.ruleSet.pathways) {
    const outcome = evaluatePathway(rule, facts);
    pathways.push(outcome.result);
    if (earlier(outcome, firstAny)) firstAny = outcome;
    if (outcome.result.state === 'met' && earlier(outcome, firstMet)) firstMet = outcome;
  }
  const eligibleOn = firstAny?.result.metOn ?? null;
  const certificate = activeExamCredential(facts);
  const diplomaOnRecord = ctx.ruleSet.requirement === 'diploma' ? person.hsDiploma === true : null;
  const status = statusOf(ctx.ruleSet, certificate !== null, firstMet !== null, diplomaOnRecord);
  return {
    employeeId: person.employeeId,
    ruleSet: ctx.ruleSet.id,
    ruleSetVersion: ctx.ruleSet.version,
    asOf: ctx.asOf,
    status,
    eligibleOn,
    certifiedBy: certificate?.id ?? null,
    pathways,
    experienceDays: facts.experienceDays,
    diplomaOnRecord,
    summary: summaryOf(ctx.ruleSet, status, certificate, firstMet, firstAny),
  };
}

// ---------------------------------------------------------------------------
// What the engine knows about one person

interface HeldCredential {
  readonly credential: Credential;
  /** The catalog code when the catalog knows it, otherwise the code as recorded. */
  readonly code: string;
  readonly definition: CredentialDefinition | undefined;
  readonly state: Exclude<CredentialState, 'expiring'>;
}

interface Facts {
  readonly person: Person;
  readonly asOf: IsoDate;
  readonly catalog: readonly CredentialDefinition[];
  readonly credentials: readonly HeldCredential[];
  readonly history: CodingHistory;
  readonly experienceDays: number;
  /** The direct-coding periods, in the order entered. */
  readonly directPeriods: readonly ExperiencePeriod[];
  /** `dateYearsMet` per number of years, filled on first use. */
  readonly yearsMetMemo: Map<number, IsoDate | null>;
}

function yearsMet(facts: Facts, years: number): IsoDate | null {
  let metOn = facts.yearsMetMemo.get(years);
  if (metOn === undefined) {
    metOn = facts.history.yearsMet(years);
    facts.yearsMetMemo.set(years, metOn);
  }
  return metOn;
}

interface CatalogLookup {
  readonly byCode: ReadonlyMap<string, CredentialDefinition>;
  readonly byFoldedKey: ReadonlyMap<string, CredentialDefinition>;
}

const lookupCache = new WeakMap<readonly CredentialDefinition[], CatalogLookup>();

/** Rosters evaluate thousands of people against one catalog: index it once. */
function lookupFor(catalog: readonly CredentialDefinition[]): CatalogLookup {
  let lookup = lookupCache.get(catalog);
  if (lookup === undefined) {
    lookup = { byCode: new Map(catalog.map((d) => [d.code, d])), byFoldedKey: catalogIndex(catalog) };
    lookupCache.set(catalog, lookup);
  }
  return lookup;
}

/** Stored codes are normally catalog codes already; folding handles spelling variants. */
function definitionOf(lookup: CatalogLookup, code: string): CredentialDefinition | undefined {
  return lookup.byCode.get(code) ?? lookup.byFoldedKey.get(normaliseCredentialKey(code));
}

function gatherFacts(person: Person, ctx: EligibilityContext): Facts {
  const lookup = lookupFor(ctx.catalog);
  const history = codingHistory(person.experience);
  const credentials = person.credentials.map((credential): HeldCredential => {
    const definition = definitionOf(lookup, credential.code);
    return {
      credential,
      code: definition?.code ?? credential.code.trim().toUpperCase(),
      definition,
      state: credentialState(credential, definition, ctx.asOf),
    };
  });
  return {
    person,
    asOf: ctx.asOf,
    catalog: ctx.catalog,
    credentials,
    history,
    experienceDays: history.daysBefore(ctx.asOf),
    directPeriods: person.experience.filter((p) => p.directCoding),
    yearsMetMemo: new Map(),
  };
}

function activeExamCredential(facts: Facts): Credential | null {
  const active = facts.credentials.filter((h) => h.code === EXAM_CREDENTIAL_CODE && h.state === 'active');
  // The one that lasts longest tells the manager the most; no expiry outlasts any date.
  const latest = active.sort((a, b) => expiryRank(b.credential) - expiryRank(a.credential))[0];
  return latest?.credential ?? null;
}

function expiryRank(credential: Credential): number {
  return credential.expiresOn === undefined ? Number.POSITIVE_INFINITY : Date.parse(credential.expiresOn);
}

// ---------------------------------------------------------------------------
// Pathways

interface Outcome {
  readonly result: PathwayResult;
  /** Short words for the summary line, e.g. "holds RHIT". */
  readonly reason: string;
  /** What has to happen for a future date to come true, e.g. "if current coding work continues". */
  readonly condition: string;
}

const CONTINUES = 'if current coding work continues';

function evaluatePathway(rule: PathwayRule, facts: Facts): Outcome {
  switch (rule.kind) {
    case 'credential':
      return credentialPathway(rule, facts);
    case 'education':
      return educationPathway(rule, facts);
    case 'experience':
      return experiencePathway(rule, facts);
    case 'credential-and-experience':
      return credentialWithExperiencePathway(rule, facts, heldAmong(facts, rule.anyOf), wantedCredential(rule.anyOf), rule.experienceYears, []);
    case 'other-coding-credential-and-experience':
      return otherCredentialPathway(rule, facts);
    default:
      return assertNever(rule);
  }
}

/** Rule sets name catalog codes, and held credentials carry the catalog code when known. */
function heldAmong(facts: Facts, codes: readonly string[]): readonly HeldCredential[] {
  return facts.credentials.filter((h) => codes.includes(h.code));
}

/** Usable now or later: active on the as-of date, or earned after it. */
function usable(held: readonly HeldCredential[]): readonly HeldCredential[] {
  return held.filter((h) => h.state === 'active' || h.state === 'pending');
}

/** Why a held credential does not count, e.g. "CCA expired on 2024-05-01 (now revoked)". */
function lapsedNotes(held: readonly HeldCredential[]): string[] {
  return held
    .filter((h) => h.state === 'expired' || h.state === 'inactive' || h.state === 'revoked')
    .map((h) => {
      const base = `${h.code} expired on ${h.credential.expiresOn ?? 'an unrecorded date'}`;
      return h.state === 'expired' ? base : `${base} (now ${h.state})`;
    });
}

function earnedText(h: HeldCredential): string {
  return h.credential.earnedOn ? `earned ${h.credential.earnedOn}` : 'earned date not recorded';
}

function pendingText(h: HeldCredential, asOf: IsoDate): string {
  return `${h.code} is recorded as earned on ${h.credential.earnedOn}, after ${asOf}`;
}

/** Joins the non-empty parts with semicolons. */
function sentence(parts: readonly string[]): string {
  let text = '';
  for (const part of parts) if (part.length > 0) text = text.length === 0 ? part : `${text}; ${part}`;
  return text;
}

function stateFor(metOn: IsoDate, asOf: IsoDate): 'met' | 'will-meet' {
  return metOn <= asOf ? 'met' : 'will-meet';
}

interface Basis {
  readonly credentialIds?: readonly string[];
  readonly educationIds?: readonly string[];
  readonly experienceIds?: readonly string[];
}

function pathwayResult(
  rule: PathwayRule,
  metOn: IsoDate | null,
  asOf: IsoDate,
  detail: string,
  missing: readonly string[],
  basis: Basis,
): PathwayResult {
  return {
    id: rule.id,
    label: labelOf(rule),
    state: metOn === null ? 'cannot-meet' : stateFor(metOn, asOf),
    metOn,
    detail,
    missing: metOn === null ? missing : [],
    basis: {
      credentialIds: basis.credentialIds ?? [],
      educationIds: basis.educationIds ?? [],
      experienceIds: basis.experienceIds ?? [],
    },
  };
}

/** The direct-coding periods the experience date rests on (all of them when it cannot be met). */
function experienceIds(facts: Facts, until: IsoDate | null): string[] {
  const ids: string[] = [];
  for (const p of facts.directPeriods) if (until === null || p.start < until) ids.push(p.id);
  return ids;
}

function experienceNeed(years: number): string {
  return `${yearsText(years)} of direct coding experience`;
}

/** Why the experience part cannot be met, in the manager's words. */
function experienceShortfall(facts: Facts, years: number): string {
  const { person, asOf, experienceDays } = facts;
  if (facts.directPeriods.length === 0) {
    const others = person.experience.length > 0 ? ' (periods not marked as directly applying codes do not count)' : '';
    return `no direct coding experience on file${others}`;
  }
  return `${experienceDays} days of direct coding experience before ${asOf}, and the periods on file end before ${yearsText(years)} is reached`;
}

/** How a missing credential is named: in the missing list, and in the detail. */
interface Wanted {
  readonly item: string;
  readonly none: string;
}

function wanted(what: string): Wanted {
  return { item: `An active ${what}`, none: `No active ${what} on file` };
}

// Labels and wanted-credential texts are the same for everyone: build them once per rule.
const labels = new WeakMap<PathwayRule, string>();
const wantedByCodes = new WeakMap<readonly string[], Wanted>();

function labelOf(rule: PathwayRule): string {
  let label = labels.get(rule);
  if (label === undefined) {
    label = pathwayLabel(rule);
    labels.set(rule, label);
  }
  return label;
}

function wantedCredential(codes: readonly string[]): Wanted {
  let want = wantedByCodes.get(codes);
  if (want === undefined) {
    want = wanted(`${orList(codes)} credential`);
    wantedByCodes.set(codes, want);
  }
  return want;
}

function credentialPathway(rule: Extract<PathwayRule, { kind: 'credential' }>, facts: Facts): Outcome {
  const held = heldAmong(facts, rule.anyOf);
  const want = wantedCredential(rule.anyOf);
  const options = usable(held).map((h) => ({ h, metOn: h.credential.earnedOn ?? facts.asOf }));
  const best = options.sort((a, b) => (a.metOn < b.metOn ? -1 : a.metOn > b.metOn ? 1 : 0))[0];
  if (best === undefined) {
    const detail = sentence([want.none, ...lapsedNotes(held)]);
    return {
      result: pathwayResult(rule, null, facts.asOf, detail, [want.item], { credentialIds: held.map((h) => h.credential.id) }),
      reason: '',
      condition: '',
    };
  }
  const { h, metOn } = best;
  const detail = h.state === 'pending' ? pendingText(h, facts.asOf) : `Holds ${h.code} (${earnedText(h)})`;
  return {
    result: pathwayResult(rule, metOn, facts.asOf, detail, [], { credentialIds: [h.credential.id] }),
    reason: h.credential.earnedOn ? `holds ${h.code}` : `holds ${h.code}, earned date not recorded`,
    condition: `once ${h.code} is earned`,
  };
}

function credentialWithExperiencePathway(
  rule: PathwayRule,
  facts: Facts,
  held: readonly HeldCredential[],
  want: Wanted,
  years: number,
  extraNotes: readonly string[],
): Outcome {
  const experienceOn = yearsMet(facts, years);
  const candidates = usable(held);
  const missing: string[] = [];
  if (candidates.length === 0) missing.push(want.item);
  if (experienceOn === null) missing.push(`${experienceNeed(years)} (${facts.experienceDays} days on file)`);
  if (candidates.length === 0 || experienceOn === null) {
    const credentialNote = candidates.length === 0 ? want.none : `Holds ${candidates.map((h) => h.code).join(', ')}`;
    const experienceNote =
      experienceOn === null ? `${experienceNeed(years)} cannot be reached: ${experienceShortfall(facts, years)}` : '';
    const detail = sentence([credentialNote, ...lapsedNotes(held), ...extraNotes, experienceNote]);
    const basis = {
      credentialIds: held.map((h) => h.credential.id),
      experienceIds: experienceIds(facts, null),
    };
    return { result: pathwayResult(rule, null, facts.asOf, detail, missing, basis), reason: '', condition: '' };
  }
  // The credential date counts only when recorded; without it the experience date decides.
  const options = candidates.map((h) => ({ h, metOn: maxIso([h.credential.earnedOn, experienceOn]) ?? experienceOn }));
  const { h, metOn } = options.sort((a, b) => (a.metOn < b.metOn ? -1 : a.metOn > b.metOn ? 1 : 0))[0]!;
  const experienceFuture = experienceOn > facts.asOf;
  const credentialPart = h.state === 'pending' ? pendingText(h, facts.asOf) : `Holds ${h.code} (${earnedText(h)})`;
  const experiencePart = experienceFuture
    ? `${experienceNeed(years)} on ${experienceOn} ${CONTINUES}`
    : `${experienceNeed(years)} met on ${experienceOn}`;
  const expiry = h.credential.expiresOn;
  const renewal = expiry !== undefined && expiry < metOn && metOn > facts.asOf ? `${h.code} expires on ${expiry} and must be renewed by then` : '';
  const detail = sentence([`${credentialPart} and ${experiencePart}`, renewal]);
  const basis = {
    credentialIds: [h.credential.id],
    experienceIds: experienceIds(facts, experienceOn),
  };
  return {
    result: pathwayResult(rule, metOn, facts.asOf, detail, [], basis),
    reason: `${h.code} and ${yearsText(years)} of coding experience`,
    condition: metOn === experienceOn ? CONTINUES : `once ${h.code} is earned`,
  };
}

function otherCredentialPathway(
  rule: Extract<PathwayRule, { kind: 'other-coding-credential-and-experience' }>,
  facts: Facts,
): Outcome {
  const held = facts.credentials.filter((h) => countsAsOtherCoding(h.definition, rule.excludeBodies));
  const unknown = facts.credentials
    .filter((h) => h.definition === undefined)
    .map((h) => `${h.code} is not in the credential catalog, so it does not count`);
  const want = wantedOtherCoding(facts.catalog, rule.excludeBodies);
  return credentialWithExperiencePathway(rule, facts, held, want, rule.experienceYears, unknown);
}

/** Only catalog entries count: an unknown code says nothing about being a coding credential. */
function countsAsOtherCoding(definition: CredentialDefinition | undefined, excludeBodies: readonly string[]): boolean {
  if (definition === undefined || !definition.coding) return false;
  const body = definition.body.toUpperCase();
  return !excludeBodies.some((b) => b.toUpperCase() === body);
}

const wantedOtherCache = new WeakMap<readonly CredentialDefinition[], Map<string, Wanted>>();

/** Names examples from the catalog (e.g. CPC, COC, CIC, CRC); the same for everyone, so kept per catalog. */
function wantedOtherCoding(catalog: readonly CredentialDefinition[], excludeBodies: readonly string[]): Wanted {
  let byBodies = wantedOtherCache.get(catalog);
  if (byBodies === undefined) {
    byBodies = new Map();
    wantedOtherCache.set(catalog, byBodies);
  }
  const key = excludeBodies.join('\n');
  let want = byBodies.get(key);
  if (want === undefined) {
    // Apprentice levels are the same credential family, so name the full ones as examples.
    const codes = catalog
      .filter((d) => countsAsOtherCoding(d, excludeBodies) && !/-A$/.test(d.code))
      .slice(0, 4)
      .map((d) => d.code);
    const examples = codes.length > 0 ? ` (e.g. ${codes.join(', ')})` : '';
    want = wanted(`coding credential from a body other than ${orList(excludeBodies)}${examples}`);
    byBodies.set(key, want);
  }
  return want;
}

function experiencePathway(rule: Extract<PathwayRule, { kind: 'experience' }>, facts: Facts): Outcome {
  const metOn = yearsMet(facts, rule.years);
  const ids = experienceIds(facts, metOn);
  const need = experienceNeed(rule.years);
  if (metOn === null) {
    const detail = `${need} cannot be reached: ${experienceShortfall(facts, rule.years)}`;
    const missing = [`${need} (${facts.experienceDays} days on file)`];
    return { result: pathwayResult(rule, null, facts.asOf, detail, missing, { experienceIds: ids }), reason: '', condition: '' };
  }
  const detail =
    metOn <= facts.asOf
      ? `${need} met on ${metOn} (${facts.experienceDays} days before ${facts.asOf})`
      : `${need} on ${metOn} ${CONTINUES} (${facts.experienceDays} days so far)`;
  return {
    result: pathwayResult(rule, metOn, facts.asOf, detail, [], { experienceIds: ids }),
    reason: `${yearsText(rule.years)} of coding experience`,
    condition: CONTINUES,
  };
}

function missingComponents(education: Education, required: readonly EducationComponent[]): EducationComponent[] {
  return required.filter((c) => !education.components.includes(c));
}

function educationPathway(rule: Extract<PathwayRule, { kind: 'education' }>, facts: Facts): Outcome {
  const records = facts.person.education;
  const complete = records
    .filter((e): e is Education & { completedOn: IsoDate } => e.completedOn !== undefined && missingComponents(e, rule.components).length === 0)
    .sort((a, b) => (a.completedOn < b.completedOn ? -1 : a.completedOn > b.completedOn ? 1 : 0));
  const years = rule.experienceYears;
  const experienceOn = years > 0 ? yearsMet(facts, years) : null;
  const experienceMissing = years > 0 && experienceOn === null;
  const missing: string[] = [];
  const notes: string[] = [];
  const program = complete[0];

  if (program === undefined) {
    const closest = closestProgram(records, rule.components);
    if (closest === undefined) {
      missing.push('A coding training program covering all required subjects');
      notes.push('No coding training program on file');
    } else {
      const gaps = missingComponents(closest, rule.components).map((c) => EDUCATION_COMPONENT_LABELS[c]);
      if (gaps.length > 0) {
        missing.push(...gaps);
        notes.push(`${closest.program} does not cover: ${gaps.join(', ')}`);
      } else {
        missing.push(`Completion date of ${closest.program}`);
        notes.push(`${closest.program} has no completion date recorded`);
      }
    }
  }
  if (experienceMissing) {
    missing.push(`${experienceNeed(years)} (${facts.experienceDays} days on file)`);
    notes.push(`${experienceNeed(years)} cannot be reached: ${experienceShortfall(facts, years)}`);
  }
  if (program === undefined || experienceMissing) {
    const basis = {
      educationIds: records.map((e) => e.id),
      experienceIds: years > 0 ? experienceIds(facts, null) : [],
    };
    return { result: pathwayResult(rule, null, facts.asOf, sentence(notes), missing, basis), reason: '', condition: '' };
  }

  const metOn = maxIso([program.completedOn, experienceOn]) ?? program.completedOn;
  const programPart =
    program.completedOn <= facts.asOf
      ? `Completed ${program.program} on ${program.completedOn}, covering all required subjects`
      : `${program.program} covers all required subjects and completes on ${program.completedOn}`;
  const experiencePart =
    experienceOn === null
      ? ''
      : experienceOn > facts.asOf
        ? `${experienceNeed(years)} on ${experienceOn} ${CONTINUES}`
        : `${experienceNeed(years)} met on ${experienceOn}`;
  const basis = {
    educationIds: [program.id],
    experienceIds: experienceOn === null ? [] : experienceIds(facts, experienceOn),
  };
  return {
    result: pathwayResult(rule, metOn, facts.asOf, sentence([programPart, experiencePart]), [], basis),
    reason: years > 0 ? `${program.program} and ${yearsText(years)} of coding experience` : `completed ${program.program}`,
    condition: experienceOn !== null && metOn === experienceOn && experienceOn > program.completedOn ? CONTINUES : `once ${program.program} is completed`,
  };
}

/** The incomplete program nearest to qualifying: fewest subjects missing, a completion date breaking ties. */
function closestProgram(records: readonly Education[], required: readonly EducationComponent[]): Education | undefined {
  return [...records].sort((a, b) => programScore(a, required) - programScore(b, required))[0];
}

function programScore(education: Education, required: readonly EducationComponent[]): number {
  return missingComponents(education, required).length * 2 + (education.completedOn === undefined ? 1 : 0);
}

// ---------------------------------------------------------------------------
// Status and summary

/** True when the outcome has a date and it comes before the best so far (ties keep the first). */
function earlier(outcome: Outcome, best: Outcome | null): boolean {
  const metOn = outcome.result.metOn;
  return metOn !== null && (best === null || metOn < (best.result.metOn ?? ''));
}

function statusOf(ruleSet: RuleSet, certified: boolean, anyMet: boolean, diploma: boolean | null): CcsStatus {
  if (certified) return 'certified';
  switch (ruleSet.requirement) {
    case 'pathway':
      return anyMet ? 'eligible' : 'not-yet';
    case 'diploma':
      return diploma === true ? 'eligible' : 'not-yet';
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
): string {
  if (status === 'certified' && certificate !== null) {
    return certificate.expiresOn
      ? `Certified (${EXAM_CREDENTIAL_CODE} active until ${certificate.expiresOn})`
      : `Certified (${EXAM_CREDENTIAL_CODE} active, no expiry date recorded)`;
  }
  switch (ruleSet.requirement) {
    case 'pathway':
      if (firstMet !== null) return `Eligible since ${firstMet.result.metOn} (${firstMet.reason})`;
      if (firstAny !== null) return `Not yet: eligible on ${firstAny.result.metOn} ${firstAny.condition}`;
      return 'Not yet: no pathway can be met with the records on file';
    case 'diploma': {
      const head = status === 'eligible' ? 'Eligible: diploma on record' : 'Not yet: no high school diploma on record';
      return `${head}; ${preparationText(firstMet, firstAny)}`;
    }
    default:
      return assertNever(ruleSet.requirement);
  }
}

function preparationText(firstMet: Outcome | null, firstAny: Outcome | null): string {
  if (firstMet !== null) return `meets recommended preparation since ${firstMet.result.metOn} (${firstMet.reason})`;
  if (firstAny !== null) return `will meet recommended preparation on ${firstAny.result.metOn} ${firstAny.condition}`;
  return 'recommended preparation not met with the records on file';
}
