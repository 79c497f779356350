import type { z } from 'zod';

export type FieldErrors = Readonly<Record<string, string>>;

/** Validates `value` with a schema; on failure, one message per top-level field. */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
): { readonly ok: true; readonly value: z.output<S> } | { readonly ok: false; readonly errors: FieldErrors } {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? '_form');
    if (!(key in errors)) errors[key] = plainMessage(issue);
  }
  return { ok: false, errors };
}

/** Blank text becomes undefined, so optional fields are left out rather than sent empty. */
export function blankToUndefined(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A number typed in a text box; undefined when blank, NaN when not a number (the schema reports it). */
export function parseNumberInput(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return Number(trimmed);
}

/** Zod's default wording is for developers; say it the way a manager would. */
function plainMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'number') return 'Enter a number';
      if (issue.input === undefined) return 'This field is required';
      return issue.message;
    case 'too_big':
      return typeof issue.maximum === 'number' || typeof issue.maximum === 'bigint'
        ? issue.origin === 'string'
          ? `Too long: ${issue.maximum} characters at most`
          : `Must be ${issue.maximum} or less`
        : issue.message;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1 && issue.message.startsWith('Too small')) return 'This field is required';
      return issue.origin === 'string' ? issue.message : `Must be ${issue.minimum} or more`;
    case 'invalid_format':
      return issue.format === 'email' ? 'Enter an email address like name@hospital.org' : issue.message;
    default:
      return issue.message;
  }
}
