import { describe, expect, it } from 'vitest';
import { contract, type ChannelName } from '../../shared/ipc';
import { labelForPath, validationMessage } from '../../shared/messages';

function messageFor(channel: ChannelName, raw: unknown): string {
  const parsed = contract[channel].input.safeParse(raw);
  if (parsed.success) throw new Error(`expected ${channel} to refuse ${JSON.stringify(raw)}`);
  return validationMessage(parsed.error.issues);
}

describe('validation messages', () => {
  it('names the field in words and keeps the schema’s own explanation', () => {
    expect(messageFor('credential:save', { employeeId: '7', credential: { code: 'CCS', expiresOn: '2024-13-01' } })).toBe(
      'Credential ▸ Expiry date: must be a date written YYYY-MM-DD',
    );
  });

  it('uses a whole-sentence message from the schema as it is', () => {
    expect(messageFor('person:delete', { employeeId: '' })).toBe('Employee ID is required');
    expect(
      messageFor('experience:save', {
        employeeId: '7',
        experience: { start: '2024-05-01', end: '2024-01-01', directCoding: true },
      }),
    ).toBe('The end date is before the start date');
  });

  it('says what is missing, what type was expected and which values are allowed', () => {
    const message = messageFor('person:create', {
      person: { employeeId: '1', firstName: 5, employmentStatus: 'retired', fte: 3, email: 'nope' },
    });
    expect(message).toContain('Person ▸ First name: must be text');
    expect(message).toContain('Person ▸ Last name: is required');
    expect(message).toContain('Person ▸ Employment status: must be one of: active, leave, terminated');
    expect(message).toContain('Person ▸ FTE: must be 1.5 or less');
    expect(message).toContain('Person ▸ Email: must be an email address');
  });

  it('reports unexpected fields, including __proto__, without echoing huge values', () => {
    const raw = JSON.parse('{"employeeId":"1","__proto__":{"polluted":true}}') as unknown;
    expect(messageFor('person:delete', raw)).toBe('The request: has unexpected field: "__proto__"');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const huge = messageFor('person:delete', { employeeId: 'x'.repeat(100_000) });
    expect(huge).toBe('Employee ID is too long (64 characters at most)');
  });

  it('caps the number of lines so a hostile payload cannot flood the window', () => {
    const files = Array.from({ length: 20 }, () => 42);
    const message = messageFor('import:preview', { files, options: {} });
    expect(message.split('\n')).toHaveLength(6);
    expect(message).toContain('Files ▸ item 1: must be text');
    expect(message).toMatch(/\(and 15 more\)$/);
  });

  it('labels paths in words, list items from 1, unknown keys quoted', () => {
    expect(labelForPath([])).toBe('The request');
    expect(labelForPath(['files', 0])).toBe('Files ▸ item 1');
    expect(labelForPath(['options', 'mapping', 'Badge No'])).toBe('Options ▸ Column mapping ▸ "Badge No"');
  });
});
