import { NONE, yearsMet, yearsMetIds, type Facts } from './facts';
import type { CompiledPathway } from './compiled-rules';
import { basisOf, CONTINUES, dated, unmet, type Outcome } from './outcome';
import { experienceMissingItem, experienceUnreachable } from './experience-words';

/** Years of direct coding experience alone. */
export function experiencePathway(pathway: CompiledPathway, facts: Facts): Outcome {
  const metOn = yearsMet(facts, pathway.years);
  const basis = basisOf(NONE, NONE, yearsMetIds(facts, pathway.years));
  if (metOn === null) return unmet(pathway, experienceUnreachable(facts, pathway), [experienceMissingItem(facts, pathway)], basis);
  const { asOf, experienceDays } = facts;
  const detail =
    metOn <= asOf
      ? `${pathway.need} met on ${metOn} (${experienceDays} days before ${asOf})`
      : `${pathway.need} on ${metOn} ${CONTINUES} (${experienceDays} days so far)`;
  return dated(pathway, metOn, asOf, detail, basis, null, null, metOn);
}
