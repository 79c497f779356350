import type { z } from 'zod';
import { labelForPath } from './field-labels';

type Issue = z.core.$ZodIssue;

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'yes or no',
  object: 'a group of fields',
  array: 'a list',
};

// zod's built-in messages start like this; anything else was written for the user in the schema.
const GENERATED = /^(Invalid|Too (small|big)|Unrecognized|Expected)/;

function sizeWord(origin: string, amount: number | bigint, most: boolean): string {
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

function describe(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      // zod leaves `input` out of issues unless asked; its own message says when the value was absent.
      return issue.input === undefined && /received undefined$/.test(issue.message)
        ? 'is required'
        : `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'too_big':
      return sizeWord(issue.origin, issue.maximum, true);
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'is required';
      return sizeWord(issue.origin, issue.minimum, false);
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

/** One plain sentence for one schema issue, e.g. "Credential ▸ Expiry date: must be a date written YYYY-MM-DD". */
export function issueMessage(issue: Issue): string {
  const custom = issue.message && !GENERATED.test(issue.message) ? issue.message : null;
  // A message written as a whole sentence ("Employee ID is required") stands on its own.
  if (custom && /^[A-Z]/.test(custom)) return custom;
  const label = labelForPath(issue.path);
  return `${label}: ${custom ?? describe(issue)}`;
}

/** All issues as one message; at most a handful, so a hostile payload cannot flood the window. */
export function validationMessage(error: z.ZodError, max = 5): string {
  const lines = [...new Set(error.issues.map(issueMessage))];
  const shown = lines.slice(0, max);
  const more = lines.length - shown.length;
  return more > 0 ? `${shown.join('\n')}\n(and ${more} more)` : shown.join('\n');
}
