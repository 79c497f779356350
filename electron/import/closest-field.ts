/**
 * For a file the import cannot key (no column is the employee ID): each column it found, with the
 * field it is or comes closest to, so the manager can see which one to map.
 */
import type { ColumnMatch, ImportField } from '../../shared/types';
import { IMPORT_FIELDS } from '../../shared/types';
import { FIELD_ALIASES } from './field-aliases';
import { normaliseHeader } from './columns';
import { IMPORT_FIELD_LABELS } from '../../shared/field-labels';

/** Letter pairs of a folded text: "cert" → ["ce", "er", "rt"]. */
function pairs(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < text.length; i += 1) out.push(text.slice(i, i + 2));
  return out;
}

/** Dice's coefficient on letter pairs: 1 for the same text, 0 for nothing in common. */
function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const left = pairs(a);
  const right = pairs(b);
  if (left.length === 0 || right.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const p of right) pool.set(p, (pool.get(p) ?? 0) + 1);
  let shared = 0;
  for (const p of left) {
    const n = pool.get(p) ?? 0;
    if (n > 0) {
      shared += 1;
      pool.set(p, n - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

const ALIAS_KEYS: readonly (readonly [string, ImportField])[] = IMPORT_FIELDS.flatMap((field) =>
  [field, ...FIELD_ALIASES[field]].map((alias) => [normaliseHeader(alias), field] as const),
);

/** The field whose name or alias is most like the header, with how alike (0–1). */
export function closestField(header: string): { readonly field: ImportField; readonly score: number } {
  const key = normaliseHeader(header);
  let best: { field: ImportField; score: number } = { field: 'employee_id', score: 0 };
  for (const [alias, field] of ALIAS_KEYS) {
    const score = similarity(key, alias);
    if (score > best.score) best = { field, score };
  }
  return best;
}

/** "PERNR" (closest: Employee ID), "Nm" (imported as Full name)… for the message about a missing ID column. */
export function describeColumns(columns: readonly ColumnMatch[]): string {
  return columns
    .map((c) => {
      if (c.field !== null) return `"${c.header}" (imported as ${IMPORT_FIELD_LABELS[c.field]})`;
      const near = closestField(c.header);
      return near.score >= 0.3 ? `"${c.header}" (closest: ${IMPORT_FIELD_LABELS[near.field]}, ${near.field})` : `"${c.header}" (nothing close)`;
    })
    .join(', ');
}
