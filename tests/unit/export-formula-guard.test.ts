import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { needsFormulaGuard, neutraliseFormula } from '../../electron/export/formula-guard';

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+1-1', "'+1-1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
  ])('guards %j', (input, expected) => {
    expect(needsFormulaGuard(input)).toBe(true);
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it.each(['Smith', "O'Brien", 'a=b', ' =1', '', '1-1', 'CCS-P'])('leaves %j alone', (input) => {
    expect(needsFormulaGuard(input)).toBe(false);
    expect(neutraliseFormula(input)).toBe(input);
  });

  it('never lets a guarded value start a formula, and only ever adds one apostrophe', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = neutraliseFormula(s);
        expect(needsFormulaGuard(out)).toBe(false);
        expect(out === s || out === `'${s}`).toBe(true);
      }),
    );
  });
});
