import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract, type ChannelName } from '../../shared/ipc';
import { experienceInputSchema, personFieldsSchema, settingsPatchSchema } from '../../shared/schemas';
import { fieldMessage, issueMessage, issueWords, validationMessage, valueMessage, type SchemaIssue } from '../../shared/messages';
import { FIELD_LABELS, IMPORT_FIELD_LABELS, midSentence } from '../../shared/field-labels';

const issuesOf = (schema: z.ZodType, value: unknown): readonly SchemaIssue[] => {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('expected the value to be refused');
  return parsed.error.issues;
};
const requestIssues = (channel: ChannelName, raw: unknown) => issuesOf(contract[channel].input, raw);
const person = { firstName: 'Aaliyah', lastName: 'Tanaka', employmentStatus: 'active' };

describe('a refused request, in words', () => {
  it('names a nested field by its labels', () => {
    const [issue] = requestIssues('credential:save', { employeeId: '7', credential: { code: 'CCS', expiresOn: '2024-13-01' } });
    expect(issueMessage(issue!)).toBe('Credential ▸ Expiry date: must be a date written YYYY-MM-DD');
  });

  it('names an item of a list by its place', () => {
    expect(issueMessage(requestIssues('import:preview', { files: [42], options: {} })[0]!)).toBe('Files ▸ item 1: must be text');
    const [tooLong] = issuesOf(settingsPatchSchema, { difAccepted: ['CCS', 'X'.repeat(41)] });
    expect(issueMessage(tooLong!)).toBe('Credentials accepted on the DIF ▸ item 2: is too long (40 characters at most)');
  });

  it('lets a sentence written in the schema stand on its own', () => {
    expect(issueMessage(requestIssues('person:delete', { employeeId: '' })[0]!)).toBe('Employee ID is required');
  });

  it('shows a handful of issues and counts the rest', () => {
    const issues = requestIssues('person:create', { person: { employeeId: '1', firstName: 1, lastName: 2, unit: 3, jobTitle: 4, notes: 5, employmentStatus: 'x' } });
    const message = validationMessage(issues, 3);
    expect(message.split('\n')).toHaveLength(4);
    expect(message).toMatch(/^Person ▸ First name: must be text\n/);
    expect(message).toMatch(/\n\(and 3 more\)$/);
  });
});

describe('a value the user gave, in words', () => {
  it('follows the column and the value with what is wrong', () => {
    const [email] = issuesOf(personFieldsSchema, { ...person, email: 'not-an-email' });
    expect(valueMessage('Email "not-an-email"', email!)).toBe('Email "not-an-email" must be an email address.');
    const [fte] = issuesOf(personFieldsSchema, { ...person, fte: 2 });
    expect(valueMessage('FTE "2"', fte!)).toBe('FTE "2" must be 1.5 or less.');
  });

  it('keeps a rule’s own sentence after the value', () => {
    const [issue] = issuesOf(experienceInputSchema, { start: '2024-02-01', end: '2024-01-01', directCoding: true });
    expect(issueWords(issue!)).toBe('The end date is before the start date');
    expect(valueMessage('End date "2024-01-01"', issue!)).toBe('End date "2024-01-01": The end date is before the start date.');
  });

  it('uses the check’s words where the schema wrote a sentence on a plain check', () => {
    const [issue] = requestIssues('person:delete', { employeeId: '' });
    expect(valueMessage('Employee ID ""', issue!)).toBe('Employee ID "" is required.');
  });
});

describe('a form field, in words', () => {
  const fieldError = (value: Record<string, unknown>) => fieldMessage(issuesOf(personFieldsSchema, { ...person, ...value })[0]!);

  it('says what to enter', () => {
    expect(fieldError({ fte: Number.NaN })).toBe('Enter a number');
    expect(fieldError({ email: 'nobody' })).toBe('Enter an email address like name@hospital.org');
    expect(fieldMessage(issuesOf(personFieldsSchema, { lastName: 'B', employmentStatus: 'active' })[0]!)).toBe('This field is required');
  });

  it('turns the check’s words into a sentence', () => {
    expect(fieldError({ fte: 2 })).toBe('Must be 1.5 or less');
    expect(fieldError({ firstName: 'A'.repeat(101) })).toBe('Too long (100 characters at most)');
  });

  it('keeps the schema’s own words', () => {
    expect(fieldError({ hireDate: '2024-02-30' })).toBe('must be a date written YYYY-MM-DD');
  });
});

describe('one table of field labels', () => {
  it('gives the import columns the same words as the fields', () => {
    expect(IMPORT_FIELD_LABELS.employee_id).toBe(FIELD_LABELS.employeeId);
    expect(IMPORT_FIELD_LABELS.program_name).toBe(FIELD_LABELS.program);
    expect(IMPORT_FIELD_LABELS.cahiim_accredited).toBe(FIELD_LABELS.cahiimAccredited);
    expect(IMPORT_FIELD_LABELS.earned_on).toBe('Credential date earned');
    expect(IMPORT_FIELD_LABELS.experience_end).toBe('Experience end date');
    expect(IMPORT_FIELD_LABELS.direct_coding).toBe('Direct coding (yes/no)');
  });

  it('lowers a label inside a sentence but keeps an abbreviation', () => {
    expect(['Employee ID', 'FTE', 'CEUs earned', 'AAPC membership renewal date', 'RN'].map(midSentence)).toEqual([
      'employee ID',
      'FTE',
      'CEUs earned',
      'AAPC membership renewal date',
      'RN',
    ]);
  });
});
