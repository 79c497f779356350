import { describe, expect, it } from 'vitest';
import {
  parseBoolean, parseComponents, parseEmployeeId, parseEmploymentStatus, parseFte, splitFullName,
} from '../../electron/import/parse-values';
import { EDUCATION_COMPONENTS } from '../../shared/types';

const value = <T>(r: { ok: true; value: T } | { ok: false; message: string }): T | string => (r.ok ? r.value : `error: ${r.message}`);

describe('value parsers', () => {
  it('reads yes/no values', () => {
    for (const yes of ['Y', 'yes', 'TRUE', '1', 'x', 'X', true, 1] as const) expect(value(parseBoolean(yes))).toBe(true);
    for (const no of ['N', 'No', 'false', '0', false, 0] as const) expect(value(parseBoolean(no))).toBe(false);
    expect(value(parseBoolean('maybe'))).toMatch(/not a yes\/no value/);
  });

  it('reads employment statuses', () => {
    const cases: Record<string, string> = {
      Active: 'active', A: 'active', LOA: 'leave', Leave: 'leave', 'On Leave': 'leave', 'Leave of Absence': 'leave',
      Terminated: 'terminated', Term: 'terminated', T: 'terminated', Separated: 'terminated',
    };
    for (const [text, status] of Object.entries(cases)) expect(value(parseEmploymentStatus(text))).toBe(status);
    // "Inactive" means leave at one hospital and terminated at the next: it is asked, never guessed.
    expect(value(parseEmploymentStatus('Inactive'))).toMatch(/not an employment status/);
    expect(value(parseEmploymentStatus('Sabbatical'))).toMatch(/not an employment status/);
  });

  it('reads FTE from 0 to 1.5', () => {
    expect(value(parseFte('1.0'))).toBe(1);
    expect(value(parseFte(0.8))).toBe(0.8);
    expect(value(parseFte('80%'))).toBe(0.8);
    expect(value(parseFte('0,5'))).toBe(0.5);
    expect(value(parseFte('1.6'))).toMatch(/between 0 and 1.5/);
    expect(value(parseFte('full'))).toMatch(/not an FTE/);
  });

  it('reads education components by id, label, short name or "all"', () => {
    expect(value(parseComponents('all'))).toEqual([...EDUCATION_COMPONENTS]);
    expect(value(parseComponents('Anatomy & Physiology; ICD | CPT, pharmacology'))).toEqual([
      'anatomy-physiology', 'pharmacology', 'icd-coding', 'cpt-coding',
    ]);
    expect(value(parseComponents('medical-terminology;Reimbursement;Pathophysiology'))).toEqual([
      'pathophysiology', 'medical-terminology', 'reimbursement-methodology',
    ]);
    expect(value(parseComponents('ICD;Basket weaving'))).toMatch(/"Basket weaving", which is not one of the seven/);
  });

  it('splits full names written either way', () => {
    expect(value(splitFullName('Quispe, Kofi'))).toEqual({ firstName: 'Kofi', lastName: 'Quispe' });
    expect(value(splitFullName('Kofi Quispe'))).toEqual({ firstName: 'Kofi', lastName: 'Quispe' });
    expect(value(splitFullName('  Mary  Ann   de Vries '))).toEqual({ firstName: 'Mary Ann de', lastName: 'Vries' });
    expect(value(splitFullName('Van Dyke, Mary Ann'))).toEqual({ firstName: 'Mary Ann', lastName: 'Van Dyke' });
    expect(value(splitFullName('Cher'))).toMatch(/only one word/);
    expect(value(splitFullName('Lee,'))).toMatch(/not a full name/);
  });

  it('keeps text ids as written and converts workbook numbers without ".0"', () => {
    expect(value(parseEmployeeId('016613'))).toEqual({ id: '016613', fromNumber: false });
    expect(value(parseEmployeeId(16613))).toEqual({ id: '16613', fromNumber: true });
    expect(value(parseEmployeeId(123456789012))).toEqual({ id: '123456789012', fromNumber: true });
    expect(value(parseEmployeeId(12.5))).toMatch(/not an employee ID/);
  });
});
