import type { IsoDate } from '../types';
import type { Facts } from './facts';
import type { CompiledPathway } from './compiled-rules';
import { CONTINUES } from './outcome';

/** The words about a person's experience that several pathways share. */

const NO_DIRECT = 'no direct coding experience on file';
const NO_DIRECT_OTHERS = `${NO_DIRECT} (periods not marked as directly applying codes do not count)`;

/** Why the experience part cannot be met, in the manager's words. */
export function experienceShortfall(facts: Facts, pathway: CompiledPathway): string {
  if (facts.directPeriods.length === 0) return facts.person.experience.length > 0 ? NO_DIRECT_OTHERS : NO_DIRECT;
  const left = facts.person.employmentStatus === 'terminated' ? ' (no longer employed: ongoing periods are counted only up to the as-of date)' : '';
  return `${facts.experienceDays} days of direct coding experience before ${facts.asOf}, and the periods on file end before ${pathway.yearsText} is reached${left}`;
}

/** The missing-list item for experience that cannot be reached. */
export function experienceMissingItem(facts: Facts, pathway: CompiledPathway): string {
  return `${pathway.need} (${facts.experienceDays} days on file)`;
}

/** The detail's note for experience that cannot be reached. */
export function experienceUnreachable(facts: Facts, pathway: CompiledPathway): string {
  return `${pathway.need} cannot be reached: ${experienceShortfall(facts, pathway)}`;
}

/** "2 years of direct coding experience met on …" or "… on … if current coding work continues". */
export function experienceReached(pathway: CompiledPathway, experienceOn: IsoDate, asOf: IsoDate): string {
  return experienceOn > asOf ? `${pathway.need} on ${experienceOn} ${CONTINUES}` : `${pathway.need} met on ${experienceOn}`;
}
