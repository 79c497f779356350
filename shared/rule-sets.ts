import type { PathwayRule, RuleSet, RuleSetId, RuleSource } from './types';
import { EDUCATION_COMPONENTS } from './types';
import { assertNever } from './assert-never';

/**
 * The two published versions of AHIMA's CCS eligibility text (docs/domain.md, CCS eligibility), as data.
 * The engine in `eligibility/index.ts` only reads these tables: a change to AHIMA's text is a change here
 * plus a test.
 */

/** The credential whose active holders are certified rather than eligible. */
export const EXAM_CREDENTIAL_CODE = 'CCS';

const RETRIEVED = '2026-11-01';
const AHIMA_CCS_PAGE = 'https://www.ahima.org/certification-careers/certifications-overview/ccs/';

const CURRENT_PAGE: RuleSource = {
  title: 'AHIMA: Certified Coding Specialist (CCS), current eligibility text',
  url: AHIMA_CCS_PAGE,
  retrieved: RETRIEVED,
};
const ARCHIVED_PAGE: RuleSource = {
  title: 'AHIMA: Certified Coding Specialist (CCS), archived copy of the older eligibility text',
  url: `https://web.archive.org/web/2023/${AHIMA_CCS_PAGE}`,
  retrieved: RETRIEVED,
};
const STUDY_COM: RuleSource = {
  title: 'study.com: CCS exam eligibility (secondary copy of the older text)',
  url: 'https://study.com/',
  retrieved: RETRIEVED,
};

/** The pathways both versions share; `educationExperienceYears` is where they differ. */
function ccsPathways(educationExperienceYears: number): readonly PathwayRule[] {
  return [
    { id: 'by-credential', kind: 'credential', anyOf: ['RHIA', 'RHIT', 'CCS-P'] },
    { id: 'by-education', kind: 'education', components: EDUCATION_COMPONENTS, experienceYears: educationExperienceYears },
    { id: 'by-experience', kind: 'experience', years: 2 },
    { id: 'by-cca-with-experience', kind: 'credential-and-experience', anyOf: ['CCA'], experienceYears: 1 },
    {
      id: 'by-other-credential-with-experience',
      kind: 'other-coding-credential-and-experience',
      excludeBodies: ['AHIMA'],
      experienceYears: 1,
    },
  ];
}

export const RULE_SETS: Readonly<Record<RuleSetId, RuleSet>> = {
  'ccs-required': {
    id: 'ccs-required',
    version: '2026-11-01',
    shortName: 'Pathway required',
    title: 'CCS eligibility: one pathway required',
    requirement: 'pathway',
    description:
      'Candidates must meet one of the pathways: hold RHIA, RHIT or CCS-P; complete a coding training program ' +
      'covering all seven required subjects; have 2 years of coding experience directly applying codes; hold CCA ' +
      'plus 1 year of that experience; or hold a coding credential from another certifying body plus 1 year of ' +
      'that experience.',
    sources: [ARCHIVED_PAGE, STUDY_COM],
    pathways: ccsPathways(0),
  },
  'ccs-recommended': {
    id: 'ccs-recommended',
    version: '2026-11-01',
    shortName: 'Diploma required',
    title: 'CCS eligibility: high school diploma required, pathways recommended',
    requirement: 'diploma',
    description:
      'A high school diploma or equivalent is the only requirement. The pathways are recommended preparation; ' +
      'the coding training program pathway also recommends 1 year of coding experience directly applying codes.',
    sources: [CURRENT_PAGE],
    pathways: ccsPathways(1),
  },
};

export function getRuleSet(id: RuleSetId): RuleSet {
  return RULE_SETS[id];
}

/** "RHIA, RHIT or CCS-P" */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** "1 year" / "2 years" */
export function yearsText(years: number): string {
  return `${years} ${years === 1 ? 'year' : 'years'}`;
}

/** The name a pathway is shown under, read from its data. */
export function pathwayLabel(rule: PathwayRule): string {
  switch (rule.kind) {
    case 'credential':
      return `Holds ${orList(rule.anyOf)}`;
    case 'education':
      return rule.experienceYears > 0
        ? `Coding training program and ${yearsText(rule.experienceYears)} of coding experience`
        : 'Coding training program covering all required subjects';
    case 'experience':
      return `${yearsText(rule.years)} of coding experience`;
    case 'credential-and-experience':
      return `Holds ${orList(rule.anyOf)} and ${yearsText(rule.experienceYears)} of coding experience`;
    case 'other-coding-credential-and-experience':
      return `Holds a coding credential from a body other than ${orList(rule.excludeBodies)} and ${yearsText(rule.experienceYears)} of coding experience`;
    default:
      return assertNever(rule);
  }
}
