import { describe, expect, it } from 'vitest';
import { firstControlCharacter, readableValue, SHOWN_CHARACTERS } from '../../electron/import/readable-value';

describe('values shown in messages', () => {
  it('leaves a short plain value as it is', () => {
    expect(readableValue('Lee, Ann')).toBe('Lee, Ann');
    expect(readableValue('x'.repeat(SHOWN_CHARACTERS))).toBe('x'.repeat(SHOWN_CHARACTERS));
  });

  it('cuts a long value and says its full length', () => {
    expect(readableValue('y'.repeat(1_234_567))).toBe(`${'y'.repeat(80)}… (1,234,567 characters)`);
    expect(readableValue('z'.repeat(300), 200)).toBe(`${'z'.repeat(200)}… (300 characters)`);
  });

  it('never cuts a character in two', () => {
    const shown = readableValue(`${'a'.repeat(79)}😀${'b'.repeat(50)}`);
    expect(shown).toBe(`${'a'.repeat(79)}… (131 characters)`);
    expect(shown).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('draws control characters as visible symbols, C1 controls included', () => {
    expect(readableValue('80\u0000 01')).toBe('80\u2400 01');
    expect(readableValue('a\u001b[2Jb\u007fc\u0085')).toBe('a\u241b[2Jb\u2421c\ufffd');
  });

  it('names the first control character and its place', () => {
    expect(firstControlCharacter('Lee')).toBeNull();
    expect(firstControlCharacter('Kim\u001b[2J')).toEqual({ name: 'an escape character (ESC)', position: 4 });
    expect(firstControlCharacter('a\u0001')).toEqual({ name: 'the control character U+0001', position: 2 });
  });
});
