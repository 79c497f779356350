import type { z } from 'zod';
import { fieldMessage } from '../../../shared/messages';

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
    if (!(key in errors)) errors[key] = fieldMessage(issue);
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
