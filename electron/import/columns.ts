import { createHash } from 'node:crypto';
import type { ColumnMatch, ImportField, ImportOptions } from '../../shared/types';
import { IMPORT_FIELDS } from '../../shared/types';
import { FIELD_ALIASES, RECORD_FIELDS } from './field-aliases';
import type { RawCell } from './read-table';
import { looksLikeCredentials, looksLikeDates, roleOfHeader } from './header-roles';
import { readableValue } from './readable-value';

const SAMPLE_COUNT = 3;
const SAMPLE_SCAN_ROWS = 200;

/** Folds case, spaces and punctuation; `#` reads as "number" so `Cert #` differs from `Cert`. */
export function normaliseHeader(header: string): string {
  return header.normalize('NFKC').toLowerCase().replace(/#/g, 'number').replace(/[^a-z0-9]/g, '');
}

/** Each folded alias → its field and its rank in the field's list (0 = the field's own name). */
const ALIAS_INDEX: ReadonlyMap<string, { readonly field: ImportField; readonly rank: number }> = (() => {
  const index = new Map<string, { field: ImportField; rank: number }>();
  for (const field of IMPORT_FIELDS) {
    [field, ...FIELD_ALIASES[field]].forEach((alias, rank) => {
      const key = normaliseHeader(alias);
      if (!index.has(key)) index.set(key, { field, rank });
    });
  }
  return index;
})();

/** The field a header names on its own, ignoring numbered groups; null when unknown. */
export function fieldForHeader(header: string): ImportField | null {
  return ALIAS_INDEX.get(normaliseHeader(header))?.field ?? null;
}

/** `License Type 2` → { field: credential, group: 2 } when the header without its number is a record field. */
function groupedField(header: string): { field: ImportField; group: number } | null {
  const m = /^(.*?[^\d\s_#-])[\s_#-]*(\d{1,2})$/.exec(header.trim());
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  const field = fieldForHeader(m[1]);
  if (field === null || !RECORD_FIELDS.has(field)) return null;
  return { field, group: Number(m[2]) };
}

/** How a column came by its field: a later pass never undoes the user's own choice. */
type MatchedBy = 'user' | 'alias' | 'group' | 'role' | 'content' | 'none';

interface Draft {
  header: string;
  field: ImportField | null;
  group: number | null;
  by: MatchedBy;
  rank: number;
}

/**
 * Matches headers to import fields with a few sample values each: the user's overrides, then the
 * aliases HR systems use, then (for what is left) date columns named by their role and columns
 * whose values are credentials, with the values as a second opinion.
 */
export function matchColumns(
  headers: readonly string[],
  mapping?: ImportOptions['mapping'],
  sampleRows?: readonly (readonly RawCell[])[],
): ColumnMatch[] {
  const drafts: Draft[] = headers.map((header) => firstMatch(header, mapping));
  keepBestOfEachPersonField(drafts);
  const has = (field: ImportField): boolean => drafts.some((d) => d.field === field);
  const context = { hasCredential: has('credential'), hasExperience: has('experience_start') };
  drafts.forEach((draft, index) => {
    if (draft.by !== 'none') return;
    const values = columnValues(index, sampleRows);
    const role = roleOfHeader(draft.header, context);
    if (role !== null && looksLikeDates(values)) Object.assign(draft, { field: role, by: 'role' });
    else if (!context.hasCredential && !isNumbered(draft.header) && looksLikeCredentials(values)) {
      Object.assign(draft, { field: 'credential', by: 'content' });
    }
  });
  return drafts.map((d, index) => ({ header: d.header, field: d.field, group: d.group, samples: samplesFor(index, sampleRows) }));
}

function firstMatch(header: string, mapping: ImportOptions['mapping']): Draft {
  const override = mapping && Object.hasOwn(mapping, header) ? mapping[header] : undefined;
  if (override !== undefined) {
    if (override === '') return { header, field: null, group: null, by: 'user', rank: 0 };
    const grouped = groupedField(header);
    const group = grouped !== null && RECORD_FIELDS.has(override) ? grouped.group : null;
    return { header, field: override, group, by: 'user', rank: 0 };
  }
  const direct = ALIAS_INDEX.get(normaliseHeader(header));
  if (direct !== undefined) return { header, field: direct.field, group: null, by: 'alias', rank: direct.rank };
  const grouped = groupedField(header);
  if (grouped !== null) return { header, field: grouped.field, group: grouped.group, by: 'group', rank: 0 };
  return { header, field: null, group: null, by: 'none', rank: 0 };
}

/**
 * A person has one ID, one unit, one status: when several columns name the same person field
 * (ADP's "Associate ID" and "File Number", "Department" and "Home Department") only the best named
 * is read, so two numbering schemes never take turns. Record fields may repeat (a long export).
 */
function keepBestOfEachPersonField(drafts: Draft[]): void {
  const best = new Map<ImportField, Draft>();
  for (const draft of drafts) {
    if (draft.field === null || RECORD_FIELDS.has(draft.field) || draft.by === 'none') continue;
    const seen = best.get(draft.field);
    const better = seen === undefined || (draft.by === 'user' && seen.by !== 'user') || (seen.by !== 'user' && draft.rank < seen.rank);
    if (better) best.set(draft.field, draft);
  }
  for (const draft of drafts) {
    if (draft.field === null || RECORD_FIELDS.has(draft.field) || draft.by === 'user') continue;
    if (best.get(draft.field) !== draft) Object.assign(draft, { field: null, by: 'none' });
  }
}

const isNumbered = (header: string): boolean => /\d$/.test(header.trim());

function columnValues(index: number, rows: readonly (readonly RawCell[])[] | undefined): RawCell[] {
  const values: RawCell[] = [];
  if (!rows) return values;
  const limit = Math.min(rows.length, SAMPLE_SCAN_ROWS);
  for (let r = 0; r < limit; r += 1) values.push(rows[r]?.[index] ?? null);
  return values;
}

function samplesFor(index: number, rows: readonly (readonly RawCell[])[] | undefined): string[] {
  const samples: string[] = [];
  if (!rows) return samples;
  const limit = Math.min(rows.length, SAMPLE_SCAN_ROWS);
  for (let r = 0; r < limit && samples.length < SAMPLE_COUNT; r += 1) {
    const text = readableValue(cellText(rows[r]?.[index] ?? null));
    if (text !== '' && !samples.includes(text)) samples.push(text);
  }
  return samples;
}

/** A cell as the user would read it (Date cells as `YYYY-MM-DD`). */
export function cellText(cell: RawCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** A stable key of a header set, to remember a user's mapping for files with the same headers. */
export function headerSignature(headers: readonly string[]): string {
  const folded = headers.map((h) => h.trim().toLowerCase()).join('\u001f');
  return `h1-${createHash('sha256').update(folded).digest('hex').slice(0, 16)}`;
}
