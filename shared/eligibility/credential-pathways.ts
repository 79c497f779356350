import type { IsoDate } from '../types';
import { allExperienceIds, NONE, yearsMet, yearsMetIds, type Facts, type HeldCredential } from './facts';
import type { CompiledPathway } from './compiled-rules';
import { basisOf, dated, laterOf, unmet, type Outcome } from './outcome';
import { experienceMissingItem, experienceReached, experienceUnreachable } from './experience-words';

/**
 * Pathways resting on a credential: one alone (`credential`), or one plus years of experience
 * (`credential-and-experience`, `other-coding-credential-and-experience`). Plain loops over the
 * person's few credentials: these run for every person of the roster.
 */

/** Whether a held credential is one the pathway names (or, for other bodies, one that counts). */
function counts(pathway: CompiledPathway, held: HeldCredential): boolean {
  if (pathway.codes !== null) return pathway.codes.includes(held.code);
  return held.definition !== undefined && pathway.otherCoding !== null && pathway.otherCoding.has(held.definition);
}

/** Usable now or later: active on the as-of date, or earned after it. */
function usable(held: HeldCredential): boolean {
  return held.state === 'active' || held.state === 'pending';
}

/** Why a held credential does not count, e.g. "CCA expired on 2024-05-01 (now revoked)"; empty when it does. */
function lapsedNote(held: HeldCredential): string {
  const state = held.state;
  if (state !== 'expired' && state !== 'inactive' && state !== 'revoked') return '';
  const base = `${held.code} expired on ${held.credential.expiresOn ?? 'an unrecorded date'}`;
  return state === 'expired' ? base : `${base} (now ${state})`;
}

/** "Holds RHIT (earned 2019-01-01)", or how a pending credential will come. */
function holdsText(held: HeldCredential, asOf: IsoDate): string {
  const earnedOn = held.credential.earnedOn;
  if (held.state === 'pending') return `${held.code} is recorded as earned on ${earnedOn}, after ${asOf}`;
  return `Holds ${held.code} (${earnedOn ? `earned ${earnedOn}` : 'earned date not recorded'})`;
}

/** The detail of a pathway whose credential is missing: the head, then each lapsed credential. */
function withLapsed(pathway: CompiledPathway, facts: Facts, head: string): string {
  let detail = head;
  for (const held of facts.credentials) {
    if (!counts(pathway, held)) continue;
    const note = lapsedNote(held);
    if (note.length > 0) detail = `${detail}; ${note}`;
  }
  return detail;
}

/** Ids of every credential the pathway names, whatever its state. */
function countingIds(pathway: CompiledPathway, facts: Facts): readonly string[] {
  let ids: string[] | null = null;
  for (const held of facts.credentials) if (counts(pathway, held)) (ids ??= []).push(held.credential.id);
  return ids ?? NONE;
}

export function credentialPathway(pathway: CompiledPathway, facts: Facts): Outcome {
  const asOf = facts.asOf;
  let best: HeldCredential | null = null;
  let bestOn = '';
  for (const held of facts.credentials) {
    if (!counts(pathway, held) || !usable(held)) continue;
    const metOn = held.credential.earnedOn ?? asOf;
    // The earliest wins; ties keep the first entered.
    if (best === null || metOn < bestOn) {
      best = held;
      bestOn = metOn;
    }
  }
  if (best === null) {
    const want = pathway.want!;
    return unmet(pathway, withLapsed(pathway, facts, want.none), want.items, basisOf(countingIds(pathway, facts), NONE, NONE));
  }
  return dated(pathway, bestOn, asOf, holdsText(best, asOf), basisOf([best.credential.id], NONE, NONE), best, null, null);
}

export function credentialWithExperiencePathway(pathway: CompiledPathway, facts: Facts): Outcome {
  const asOf = facts.asOf;
  const experienceOn = yearsMet(facts, pathway.years);
  let best: HeldCredential | null = null;
  let bestOn = '';
  let usableCodes = '';
  for (const held of facts.credentials) {
    if (!counts(pathway, held) || !usable(held)) continue;
    usableCodes = best === null ? held.code : `${usableCodes}, ${held.code}`;
    // The credential date counts only when recorded; without it the experience date decides.
    const metOn = experienceOn === null ? '' : (laterOf(held.credential.earnedOn, experienceOn) ?? experienceOn);
    if (best === null || metOn < bestOn) {
      best = held;
      bestOn = metOn;
    }
  }
  if (best === null || experienceOn === null) return unmetWithExperience(pathway, facts, best === null ? null : usableCodes, experienceOn);

  const expiry = best.credential.expiresOn;
  const renewal =
    expiry !== undefined && expiry < bestOn && bestOn > asOf ? `; ${best.code} expires on ${expiry} and must be renewed by then` : '';
  const detail = `${holdsText(best, asOf)} and ${experienceReached(pathway, experienceOn, asOf)}${renewal}`;
  const basis = basisOf([best.credential.id], NONE, yearsMetIds(facts, pathway.years));
  return dated(pathway, bestOn, asOf, detail, basis, best, null, experienceOn);
}

/** `usableCodes` lists the usable credentials ("CPC, CRC"), null when there are none. */
function unmetWithExperience(pathway: CompiledPathway, facts: Facts, usableCodes: string | null, experienceOn: IsoDate | null): Outcome {
  const want = pathway.want!;
  let missing: readonly string[];
  if (experienceOn !== null) missing = want.items;
  else if (usableCodes !== null) missing = [experienceMissingItem(facts, pathway)];
  else missing = [want.item, experienceMissingItem(facts, pathway)];

  let detail = withLapsed(pathway, facts, usableCodes === null ? want.none : `Holds ${usableCodes}`);
  // Unknown codes are named where a credential from another body is wanted: they might be one.
  if (pathway.otherCoding !== null) {
    for (const held of facts.credentials) {
      if (held.definition === undefined) detail = `${detail}; ${held.code} is not in the credential catalog, so it does not count`;
    }
  }
  if (experienceOn === null) detail = `${detail}; ${experienceUnreachable(facts, pathway)}`;
  return unmet(pathway, detail, missing, basisOf(countingIds(pathway, facts), NONE, allExperienceIds(facts)));
}
