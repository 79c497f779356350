import { describe, expect, it } from 'vitest';
import { IMPORT_FIELD_LABELS } from '../../shared/field-labels';
import { IMPORT_FIELDS } from '../../shared/types';
import { RULE_SETS } from '../../shared/rule-sets';
import { ccsStatusLabel, monthName, proseDates } from '../../renderer/src/lib/format';
import { eligibilityHeadline, pathwaysInOrder } from '../../renderer/src/person/pathway-order';
import { labelAxisWidth, wrapLabel } from '../../renderer/src/dashboard/label-wrap';
import type { CcsStatus, PathwayResult } from '../../shared/types';

describe('the words the window uses', () => {
  it('writes dates inside sentences the one way the window writes dates', () => {
    expect(proseDates('RHIT inactive since the cycle ended on 2025-01-31; revoked 180 days after')).toBe(
      'RHIT inactive since the cycle ended on Jan 31, 2025; revoked 180 days after',
    );
    expect(proseDates('No dates here')).toBe('No dates here');
    expect(proseDates('ID 2025-13-45 is not a date')).toBe('ID 2025-13-45 is not a date');
    expect(monthName('2027-01')).toBe('Jan 2027');
  });

  it('has a human label for every import field, never the machine name', () => {
    for (const field of IMPORT_FIELDS) {
      expect(IMPORT_FIELD_LABELS[field]).toBeTruthy();
      expect(IMPORT_FIELD_LABELS[field]).not.toContain('_');
    }
    expect([IMPORT_FIELD_LABELS.employee_id, IMPORT_FIELD_LABELS.fte, IMPORT_FIELD_LABELS.is_rn, IMPORT_FIELD_LABELS.hs_diploma]).toEqual([
      'Employee ID', 'FTE', 'RN', 'High-school diploma',
    ]);
  });

  it('gives each rule set a short name, distinct and short enough for a picker', () => {
    const names = Object.values(RULE_SETS).map((r) => r.shortName);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(20);
  });

  it('reads a status it has no words for yet as its id in words', () => {
    expect(ccsStatusLabel('eligible')).toBe('Eligible');
    expect(ccsStatusLabel('diploma-not-recorded' as CcsStatus)).toBe('Diploma not recorded');
  });

  it('puts met pathways first and writes one headline', () => {
    const p = (id: string, state: PathwayResult['state'], metOn: string | null) => ({ id, state, metOn }) as unknown as PathwayResult;
    const ordered = pathwaysInOrder([p('a', 'cannot-meet', null), p('b', 'will-meet', '2027-01-01'), p('c', 'met', '2021-05-01'), p('d', 'met', '2019-04-02')]);
    expect(ordered.map((x) => x.id)).toEqual(['d', 'c', 'b', 'a']);
    expect(eligibilityHeadline('Not yet', 'Not yet: eligible on 2027-09-01 if current work continues')).toBe('Not yet: eligible on Sep 1, 2027 if current work continues');
    expect(eligibilityHeadline('Certified', 'CCS active until 2027-06-01')).toBe('Certified: CCS active until Jun 1, 2027');
  });

  it('wraps chart labels onto lines and sizes the axis to the longest line', () => {
    expect(wrapLabel('Patient Financial Services')).toEqual(['Patient Financial', 'Services']);
    expect(wrapLabel('WIDGET CODING CREDENTIAL')).toEqual(['WIDGET CODING', 'CREDENTIAL']);
    expect(labelAxisWidth(['CDI', 'Patient Financial Services'])).toBe('Patient Financial'.length * 7 + 16);
  });
});
