import type { Education, EducationComponent, PathwayRule } from '../types';
import { EDUCATION_COMPONENT_LABELS } from '../types';
import { allExperienceIds, NONE, yearsMet, yearsMetIds, type Facts } from './facts';
import type { CompiledPathway } from './compiled-rules';
import { basisOf, dated, laterOf, unmet, type Outcome } from './outcome';
import { experienceMissingItem, experienceReached, experienceUnreachable } from './experience-words';

type EducationRule = Extract<PathwayRule, { kind: 'education' }>;

/** A coding training program covering every required subject, plus, in some rule sets, experience. */
export function educationPathway(pathway: CompiledPathway, rule: EducationRule, facts: Facts): Outcome {
  const records = facts.person.education;
  const required = rule.components;
  // The earliest completed program covering everything; ties keep the first entered.
  let program: Education | null = null;
  for (const record of records) {
    const completedOn = record.completedOn;
    if (completedOn === undefined || countMissing(record, required) > 0) continue;
    if (program === null || completedOn < program.completedOn!) program = record;
  }
  const years = pathway.years;
  const experienceOn = years > 0 ? yearsMet(facts, years) : null;
  const experienceMissing = years > 0 && experienceOn === null;
  if (program === null || experienceMissing) return unmetEducation(pathway, facts, required, program === null, experienceMissing);

  const completedOn = program.completedOn!;
  const metOn = laterOf(completedOn, experienceOn) ?? completedOn;
  const programPart =
    completedOn <= facts.asOf
      ? `Completed ${program.program} on ${completedOn}, covering all required subjects`
      : `${program.program} covers all required subjects and completes on ${completedOn}`;
  const detail = experienceOn === null ? programPart : `${programPart}; ${experienceReached(pathway, experienceOn, facts.asOf)}`;
  const basis = basisOf(NONE, [program.id], experienceOn === null ? NONE : yearsMetIds(facts, years));
  return dated(pathway, metOn, facts.asOf, detail, basis, null, program, experienceOn);
}

function unmetEducation(
  pathway: CompiledPathway,
  facts: Facts,
  required: readonly EducationComponent[],
  noProgram: boolean,
  experienceMissing: boolean,
): Outcome {
  const records = facts.person.education;
  const missing: string[] = [];
  const notes: string[] = [];
  if (noProgram) {
    const closest = closestProgram(records, required);
    if (closest === undefined) {
      missing.push('A coding training program covering all required subjects');
      notes.push('No coding training program on file');
    } else {
      const gaps: string[] = [];
      for (const component of required) if (!closest.components.includes(component)) gaps.push(EDUCATION_COMPONENT_LABELS[component]);
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
    missing.push(experienceMissingItem(facts, pathway));
    notes.push(experienceUnreachable(facts, pathway));
  }
  let educationIds: readonly string[] = NONE;
  if (records.length > 0) {
    const ids: string[] = [];
    for (const record of records) ids.push(record.id);
    educationIds = ids;
  }
  const basis = basisOf(NONE, educationIds, pathway.years > 0 ? allExperienceIds(facts) : NONE);
  return unmet(pathway, notes.join('; '), missing, basis);
}

function countMissing(education: Education, required: readonly EducationComponent[]): number {
  let missing = 0;
  for (const component of required) if (!education.components.includes(component)) missing += 1;
  return missing;
}

/** The incomplete program nearest to qualifying: fewest subjects missing, a completion date breaking ties. */
function closestProgram(records: readonly Education[], required: readonly EducationComponent[]): Education | undefined {
  let closest: Education | undefined;
  let closestScore = 0;
  for (const record of records) {
    const score = countMissing(record, required) * 2 + (record.completedOn === undefined ? 1 : 0);
    if (closest === undefined || score < closestScore) {
      closest = record;
      closestScore = score;
    }
  }
  return closest;
}
