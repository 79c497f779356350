import { describe, expect, it } from 'vitest';
import { BUILT_IN_CATALOG } from '../../shared/catalog';
import { ceuRequirement } from '../../shared/recert/ceu-requirement';
import { AHIMA_CEU_RULE, CEU_RULES } from '../../shared/recert/ceu-rules';
import type { CeuRule } from '../../shared/recert/types';

const hours = (body: string, codes: string[]): number | undefined => ceuRequirement(body, codes, BUILT_IN_CATALOG)?.hours;

describe('AHIMA CEU requirement', () => {
  it("matches AHIMA's published examples", () => {
    expect(hours('AHIMA', ['CCS', 'CCS-P'])).toBe(30);
    expect(hours('AHIMA', ['RHIA', 'CCS', 'CCS-P'])).toBe(50);
  });

  it('uses the single requirement for one credential', () => {
    for (const code of ['RHIA', 'CDIP', 'CHDA', 'CHPS', 'CPHI']) expect(hours('AHIMA', [code])).toBe(30);
    for (const code of ['RHIT', 'CCA', 'CCS', 'CCS-P']) expect(hours('AHIMA', [code])).toBe(20);
  });

  it('takes the highest requirement plus 10 per additional credential, whatever the order', () => {
    expect(hours('AHIMA', ['CCS', 'CHDA'])).toBe(40);
    expect(hours('AHIMA', ['CHDA', 'CCS'])).toBe(40);
    expect(hours('AHIMA', ['RHIT', 'CCA', 'CCS'])).toBe(40);
  });

  it('counts only RHIA when RHIA and RHIT are both held', () => {
    const r = ceuRequirement('AHIMA', ['RHIT', 'RHIA'], BUILT_IN_CATALOG);
    expect(r?.hours).toBe(30);
    expect(r?.countedCodes).toEqual(['RHIA']);
    expect(r?.explanation).toContain('RHIT not counted: RHIA replaces it');
    expect(hours('AHIMA', ['RHIA', 'RHIT', 'CCS'])).toBe(40);
    expect(hours('AHIMA', ['RHIT', 'CCS'])).toBe(30);
  });

  it('caps at 50', () => {
    const r = ceuRequirement('AHIMA', ['RHIA', 'CDIP', 'CHDA', 'CCS'], BUILT_IN_CATALOG);
    expect(r?.hours).toBe(50);
    expect(r?.explanation).toBe('RHIA 30 + 10 × 3 more (CDIP, CHDA, CCS) = 60, capped at 50 CEUs per cycle');
    expect(hours('AHIMA', ['RHIA', 'CDIP', 'CHDA', 'CHPS', 'CPHI', 'CCS', 'CCS-P', 'CCA'])).toBe(50);
  });

  it('counts a code once, in any case', () => {
    expect(hours('AHIMA', ['CCS', 'ccs', 'CCS'])).toBe(20);
    expect(hours('ahima', ['CCS'])).toBe(20);
  });

  it('uses the catalog figure for a user-defined AHIMA credential, and says when there is none', () => {
    const catalog = [...BUILT_IN_CATALOG, { code: 'NEWA', name: 'New', body: 'AHIMA', coding: true, difAccepted: false, ceusPerCycle: 40, userDefined: true }];
    expect(ceuRequirement('AHIMA', ['CCS', 'NEWA'], catalog)?.hours).toBe(50);
    const r = ceuRequirement('AHIMA', ['CCS', 'MYSTERY'], BUILT_IN_CATALOG);
    expect(r?.hours).toBe(20);
    expect(r?.explanation).toContain('MYSTERY not counted: no CEU figure on record');
    expect(ceuRequirement('AHIMA', ['MYSTERY'], BUILT_IN_CATALOG)).toBeNull();
  });

  it('carries the rule version and source', () => {
    const r = ceuRequirement('AHIMA', ['CCS'], BUILT_IN_CATALOG);
    expect(r).toMatchObject({ body: 'AHIMA', ruleVersion: AHIMA_CEU_RULE.version, source: AHIMA_CEU_RULE.source });
    expect(r?.source.url).toMatch(/^https:\/\/www\.ahima\.org\//);
  });

  it('follows edited rule data', () => {
    const edited: CeuRule[] = CEU_RULES.map((r) => (r.kind === 'highest-plus-additional' ? { ...r, cap: 45 } : r));
    expect(ceuRequirement('AHIMA', ['RHIA', 'CCS', 'CCS-P'], BUILT_IN_CATALOG, edited)?.hours).toBe(45);
  });
});

describe('AAPC CEU requirement', () => {
  const ladder = ['CPC', 'CIC', 'CRC', 'COC', 'CPMA', 'CPB'];
  it.each([
    [1, 36],
    [2, 40],
    [3, 44],
    [4, 48],
    [5, 52],
    [6, 52],
  ])('%i credential(s): %i CEUs', (n, expected) => {
    expect(hours('AAPC', ladder.slice(0, n))).toBe(expected);
  });

  it('counts apprentice credentials as credentials', () => {
    expect(hours('AAPC', ['CPC-A'])).toBe(36);
    expect(hours('AAPC', ['CPC-A', 'COC-A'])).toBe(40);
    expect(ceuRequirement('AAPC', ['CPC-A', 'CRC'], BUILT_IN_CATALOG)?.explanation).toBe('2 credentials (CPC-A, CRC): 40 CEUs per cycle');
  });
});

describe('ACDIS and others', () => {
  it('CCDS: 30 CEUs per cycle', () => {
    expect(hours('ACDIS', ['CCDS'])).toBe(30);
    expect(hours('ACDIS', ['CCDS', 'CCDS-O'])).toBe(30);
  });

  it('has no requirement for a body without a rule, or with no credentials', () => {
    expect(ceuRequirement('ANCC', ['RN-BC'], BUILT_IN_CATALOG)).toBeNull();
    expect(ceuRequirement('AHIMA', [], BUILT_IN_CATALOG)).toBeNull();
  });
});
