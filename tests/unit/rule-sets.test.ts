import { describe, expect, it } from 'vitest';
import type { PathwayRule, RuleSet } from '../../shared/types';
import { EDUCATION_COMPONENTS, RULE_SET_IDS } from '../../shared/types';
import { EXAM_CREDENTIAL_CODE, RULE_SETS, getRuleSet, orList, pathwayLabel, yearsText } from '../../shared/rule-sets';
import { BUILT_IN_CATALOG } from '../../shared/catalog';

const pathway = <K extends PathwayRule['kind']>(set: RuleSet, kind: K): Extract<PathwayRule, { kind: K }> => {
  const found = set.pathways.find((p) => p.kind === kind);
  if (!found) throw new Error(`${set.id} has no ${kind} pathway`);
  return found as Extract<PathwayRule, { kind: K }>;
};

describe('RULE_SETS', () => {
  it('holds every rule set id under its own key', () => {
    expect(Object.keys(RULE_SETS).sort()).toEqual([...RULE_SET_IDS].sort());
    for (const id of RULE_SET_IDS) expect(getRuleSet(id).id).toBe(id);
  });

  it('names its sources with https addresses and the date they were read', () => {
    for (const set of Object.values(RULE_SETS)) {
      expect(set.sources.length).toBeGreaterThan(0);
      expect(set.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(set.title.length).toBeGreaterThan(0);
      expect(set.description.length).toBeGreaterThan(0);
      for (const source of set.sources) {
        expect(new URL(source.url).protocol).toBe('https:');
        expect(source.retrieved).toBe('2026-11-01');
        expect(source.title.length).toBeGreaterThan(0);
      }
    }
    expect(RULE_SETS['ccs-recommended'].sources.map((s) => s.url)).toContain(
      'https://www.ahima.org/certification-careers/certifications-overview/ccs/',
    );
  });

  it('ccs-required needs one of the five pathways', () => {
    const set = RULE_SETS['ccs-required'];
    expect(set.requirement).toBe('pathway');
    expect(set.pathways.map((p) => p.id)).toEqual([
      'by-credential',
      'by-education',
      'by-experience',
      'by-cca-with-experience',
      'by-other-credential-with-experience',
    ]);
    expect(pathway(set, 'credential').anyOf).toEqual(['RHIA', 'RHIT', 'CCS-P']);
    expect(pathway(set, 'education')).toMatchObject({ experienceYears: 0 });
    expect(pathway(set, 'education').components).toEqual(EDUCATION_COMPONENTS);
    expect(pathway(set, 'experience').years).toBe(2);
    expect(pathway(set, 'credential-and-experience')).toMatchObject({ anyOf: ['CCA'], experienceYears: 1 });
    expect(pathway(set, 'other-coding-credential-and-experience')).toMatchObject({ excludeBodies: ['AHIMA'], experienceYears: 1 });
  });

  it('ccs-recommended needs a diploma and adds a year of experience to the education pathway only', () => {
    const required = RULE_SETS['ccs-required'];
    const recommended = RULE_SETS['ccs-recommended'];
    expect(recommended.requirement).toBe('diploma');
    expect(pathway(recommended, 'education').experienceYears).toBe(1);
    const withoutEducation = (set: RuleSet) => set.pathways.filter((p) => p.kind !== 'education');
    expect(withoutEducation(recommended)).toEqual(withoutEducation(required));
  });

  it('names only credentials the catalog knows', () => {
    const codes = new Set(BUILT_IN_CATALOG.map((c) => c.code));
    expect(codes.has(EXAM_CREDENTIAL_CODE)).toBe(true);
    for (const set of Object.values(RULE_SETS)) {
      for (const rule of set.pathways) {
        if (rule.kind === 'credential' || rule.kind === 'credential-and-experience') {
          for (const code of rule.anyOf) expect(codes.has(code)).toBe(true);
        }
      }
    }
  });
});

describe('pathway labels', () => {
  it('reads each label from the rule data', () => {
    const [required, recommended] = [RULE_SETS['ccs-required'], RULE_SETS['ccs-recommended']];
    expect(required.pathways.map(pathwayLabel)).toEqual([
      'Holds RHIA, RHIT or CCS-P',
      'Coding training program covering all required subjects',
      '2 years of coding experience',
      'Holds CCA and 1 year of coding experience',
      'Holds a coding credential from a body other than AHIMA and 1 year of coding experience',
    ]);
    expect(pathwayLabel(pathway(recommended, 'education'))).toBe('Coding training program and 1 year of coding experience');
    expect(pathwayLabel({ id: 'by-experience', kind: 'experience', years: 3 })).toBe('3 years of coding experience');
  });

  it('joins lists and counts years in plain words', () => {
    expect(orList([])).toBe('');
    expect(orList(['CCA'])).toBe('CCA');
    expect(orList(['RHIA', 'RHIT'])).toBe('RHIA or RHIT');
    expect(yearsText(1)).toBe('1 year');
    expect(yearsText(2)).toBe('2 years');
  });
});
