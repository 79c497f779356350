import { describe, expect, it } from 'vitest';
import type { CredentialDefinition } from '../../shared/types';
import {
  BUILT_IN_CATALOG,
  catalogIndex,
  lookupCredential,
  mergeCatalog,
  normaliseCredentialKey,
  userDefinedCode,
} from '../../shared/catalog';

const codeOf = (text: string): string | undefined => lookupCredential(BUILT_IN_CATALOG, text)?.code;

describe('lookupCredential', () => {
  it('finds entries by code, whatever the case and punctuation', () => {
    expect(codeOf('CCS')).toBe('CCS');
    expect(codeOf('ccs')).toBe('CCS');
    expect(codeOf('ccs-p')).toBe('CCS-P');
    expect(codeOf('CCS P')).toBe('CCS-P');
    expect(codeOf('CCS–P')).toBe('CCS-P');
    expect(codeOf(' ccs.p ')).toBe('CCS-P');
    expect(codeOf('cpc-a')).toBe('CPC-A');
    expect(codeOf('CCDS-O')).toBe('CCDS-O');
  });

  it('finds entries by full name', () => {
    expect(codeOf('Certified Coding Specialist')).toBe('CCS');
    expect(codeOf('certified coding specialist')).toBe('CCS');
    expect(codeOf('Certified Coding Specialist – Physician-based')).toBe('CCS-P');
    expect(codeOf('Registered Health Information Technician')).toBe('RHIT');
    expect(codeOf('Certified Professional Coder')).toBe('CPC');
  });

  it('finds entries by alias and former name', () => {
    expect(codeOf('Certified Coding Specialist - Physician-based')).toBe('CCS-P');
    expect(codeOf('CPC-H')).toBe('COC');
    expect(codeOf('Certified Documentation Improvement Practitioner')).toBe('CDIP');
    expect(codeOf('Certified Outpatient Coder Apprentice')).toBe('COC-A');
  });

  it('does not confuse a credential with its longer relatives', () => {
    expect(codeOf('CCS')).not.toBe('CCS-P');
    expect(codeOf('CPC')).toBe('CPC');
    expect(codeOf('CPC-P')).toBe('CPC-P');
    expect(codeOf('CCDS')).toBe('CCDS');
  });

  it('returns undefined for unknown codes and empty text', () => {
    expect(codeOf('XYZ')).toBeUndefined();
    expect(codeOf('')).toBeUndefined();
    expect(codeOf(' - ')).toBeUndefined();
  });

  it('finds user-defined entries in a merged catalog', () => {
    const custom: CredentialDefinition = { code: 'CHC', name: 'Certified in Healthcare Compliance', body: 'CCB', coding: false, difAccepted: false, userDefined: true };
    const catalog = mergeCatalog([custom]);
    expect(lookupCredential(catalog, 'chc')?.body).toBe('CCB');
    expect(lookupCredential(catalog, 'Certified in Healthcare Compliance')?.code).toBe('CHC');
  });
});

describe('the built-in catalog', () => {
  it('has unique upper-case codes', () => {
    const codes = BUILT_IN_CATALOG.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toBe(code.toUpperCase());
  });

  it('never lets one spelling point at two entries', () => {
    const owner = new Map<string, string>();
    for (const def of BUILT_IN_CATALOG) {
      for (const key of [def.code, def.name, ...(def.aliases ?? [])]) {
        const folded = normaliseCredentialKey(key);
        const previous = owner.get(folded);
        if (previous !== undefined) expect(previous).toBe(def.code);
        owner.set(folded, def.code);
      }
    }
    expect(catalogIndex(BUILT_IN_CATALOG).size).toBe(owner.size);
  });

  it('holds the AHIMA CEU requirements per 2-year cycle', () => {
    const ceus = (code: string) => BUILT_IN_CATALOG.find((c) => c.code === code);
    for (const code of ['RHIA', 'CDIP', 'CHDA', 'CHPS', 'CPHI']) expect(ceus(code)).toMatchObject({ body: 'AHIMA', ceusPerCycle: 30, cycleYears: 2 });
    for (const code of ['RHIT', 'CCA', 'CCS', 'CCS-P']) expect(ceus(code)).toMatchObject({ body: 'AHIMA', ceusPerCycle: 20, cycleYears: 2 });
    expect(ceus('CCDS')).toMatchObject({ body: 'ACDIS', ceusPerCycle: 30, cycleYears: 2 });
  });

  it('marks the coding credentials of other bodies that count for the CCS pathway', () => {
    const otherCoding = BUILT_IN_CATALOG.filter((c) => c.coding && c.body !== 'AHIMA').map((c) => c.code);
    expect(otherCoding).toEqual(expect.arrayContaining(['CPC', 'CPC-A', 'COC', 'COC-A', 'CIC', 'CRC']));
    for (const code of ['CPB', 'CPMA', 'CPCO', 'CPPM', 'CCDS', 'CCDS-O']) expect(otherCoding).not.toContain(code);
  });

  it('accepts CCS and CCA on the Magnet DIF by default', () => {
    const accepted = BUILT_IN_CATALOG.filter((c) => c.difAccepted).map((c) => c.code);
    expect(accepted).toEqual(expect.arrayContaining(['CCS', 'CCA']));
  });
});

describe('mergeCatalog and userDefinedCode', () => {
  it('keeps built-in entries when a custom entry reuses their code', () => {
    const clash: CredentialDefinition = { code: 'CCS', name: 'Something else', body: 'ELSEWHERE', coding: false, difAccepted: false };
    const merged = mergeCatalog([clash]);
    expect(merged.length).toBe(BUILT_IN_CATALOG.length);
    expect(lookupCredential(merged, 'CCS')?.body).toBe('AHIMA');
  });

  it('makes a tidy upper-case code from an unknown value', () => {
    expect(userDefinedCode('  cert  in   something ')).toBe('CERT IN SOMETHING');
  });
});
