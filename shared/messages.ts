/**
 * How a schema issue is said, in one place: a request the window sends, an import row, a roster
 * the store refuses to write and a form field all use these words, each framed for where it shows.
 */
import type { z } from 'zod';
import { FIELD_LABELS } from './field-labels';

export type SchemaIssue = z.core.$ZodIssue;

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'yes or no',
  object: 'a group of fields',
  array: 'a list',
};

// zod's built-in messages start like this; anything else was written for the user in the schema.
const GENERATED = /^(Invalid|Too (small|big)|Unrecognized|Expected)/;

const isSentence = (words: string): boolean => /^[A-Z]/.test(words);

function sizeWords(origin: string, amount: number | bigint, most: boolean): string {
  const bound = most ? 'at most' : 'at least';
  switch (origin) {
    case 'string':
      return most ? `is too long (${amount} characters ${bound})` : `is too short (${amount} characters ${bound})`;
    case 'array':
    case 'set':
      return most ? `has too many items (${amount} ${bound})` : `needs ${amount} item${amount === 1 ? '' : 's'} ${bound}`;
    default:
      return most ? `must be ${amount} or less` : `must be ${amount} or more`;
  }
}

/** zod's check in words that follow the field's name. */
function checkWords(issue: SchemaIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      // zod leaves `input` out of issues unless asked; its own message says when the value was absent.
      return issue.input === undefined && /received undefined$/.test(issue.message)
        ? 'is required'
        : `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'too_big':
      return sizeWords(issue.origin, issue.maximum, true);
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'is required';
      return sizeWords(issue.origin, issue.minimum, false);
    case 'invalid_format':
      return issue.format === 'email' ? 'must be an email address' : `is not in the expected format (${issue.format})`;
    case 'unrecognized_keys':
      return `has unexpected field${issue.keys.length === 1 ? '' : 's'}: ${issue.keys.map((k) => `"${k.slice(0, 40)}"`).join(', ')}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map((v) => (v === '' ? '(ignore)' : String(v))).join(', ')}`;
    case 'invalid_union':
      return 'is not one of the accepted values';
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    default:
      return 'is not valid';
  }
}

/** The schema's own words for the issue; null when zod wrote them. */
function writtenWords(issue: SchemaIssue): string | null {
  return issue.message && !GENERATED.test(issue.message) ? issue.message : null;
}

/**
 * What is wrong, as the words after the field's name ("must be a number", "is too long (100
 * characters at most)"), or a rule's own sentence ("The end date is before the start date").
 * A sentence written on a plain check ("Employee ID is required") gives way to the check's words
 * here, since the caller names the field itself.
 */
export function issueWords(issue: SchemaIssue): string {
  const written = writtenWords(issue);
  if (written && (issue.code === 'custom' || !isSentence(written))) return written;
  return checkWords(issue);
}

/** "Credential ▸ Expiry date", "Files ▸ item 2"; the whole request when the path is empty. */
export function labelForPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'The request';
  return path
    .map((key) => {
      if (typeof key === 'number') return `item ${key + 1}`;
      const name = String(key);
      return FIELD_LABELS[name] ?? `"${name}"`;
    })
    .join(' ▸ ');
}

/** One issue of a request, e.g. "Credential ▸ Expiry date: must be a date written YYYY-MM-DD". */
export function issueMessage(issue: SchemaIssue): string {
  const written = writtenWords(issue);
  // A message written as a whole sentence ("Employee ID is required") stands on its own.
  if (written && isSentence(written)) return written;
  return `${labelForPath(issue.path)}: ${issueWords(issue)}`;
}

/** A refused request's issues as one message; at most a handful, so a hostile payload cannot flood the window. */
export function validationMessage(issues: readonly SchemaIssue[], max = 5): string {
  const lines = [...new Set(issues.map(issueMessage))];
  const shown = lines.slice(0, max);
  const more = lines.length - shown.length;
  return more > 0 ? `${shown.join('\n')}\n(and ${more} more)` : shown.join('\n');
}

/** One issue about a value the user gave, e.g. `Email "x" must be an email address.` */
export function valueMessage(subject: string, issue: SchemaIssue): string {
  const words = issueWords(issue);
  return isSentence(words) ? `${subject}: ${words}.` : `${subject} ${words}.`;
}

/**
 * The words under a form field, which already shows the field's name: what to enter ("Enter a
 * number"), or the check's words as a sentence ("Must be 1.5 or less", "Too long (100 characters at most)").
 */
export function fieldMessage(issue: SchemaIssue): string {
  const written = writtenWords(issue);
  if (written) return written;
  if (issue.code === 'invalid_type' && issue.expected === 'number') return 'Enter a number';
  if (issue.code === 'invalid_format' && issue.format === 'email') return 'Enter an email address like name@hospital.org';
  const words = checkWords(issue);
  if (words === 'is required') return 'This field is required';
  const sentence = words.replace(/^is /, '');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
