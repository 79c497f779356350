import { NONE, yearsMet, yearsMetIds, type Facts } from './facts';
import type { PathwayPlan } from './plan';
import { basisOf, CONTINUES, dated, unmet, type Outcome } from './outcome';
import { experienceMissingItem, experienceUnreachable } from './experience-words';

/** Years of direct coding experience alone. */
export function experiencePathway(plan: PathwayPlan, facts: Facts): Outcome {
  const metOn = yearsMet(facts, plan.years);
  const basis = basisOf(NONE, NONE, yearsMetIds(facts, plan.years));
  if (metOn === null) return unmet(plan, experienceUnreachable(facts, plan), [experienceMissingItem(facts, plan)], basis);
  const { asOf, experienceDays } = facts;
  const detail =
    metOn <= asOf
      ? `${plan.need} met on ${metOn} (${experienceDays} days before ${asOf})`
      : `${plan.need} on ${metOn} ${CONTINUES} (${experienceDays} days so far)`;
  return dated(plan, metOn, asOf, detail, basis, null, null, metOn);
}
