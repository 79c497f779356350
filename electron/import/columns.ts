import { createHash } from 'node:crypto';
import type { ColumnMatch, ImportField, ImportOptions } from '../../shared/types';
import { IMPORT_FIELDS } from '../../shared/types';
import { FIELD_ALIASES, RECORD_FIELDS } from './field-aliases';
import type { RawCell } from './read-table';
import { readableValue } from './readable-value';

const SAMPLE_COUNT = 3;
const SAMPLE_SCAN_ROWS = 200;

/** Folds case, spaces and punctuation; `#` reads as "number" so `Cert #` differs from `Cert`. */
export function normaliseHeader(header: string): string {
  return header.normalize('NFKC').toLowerCase().replace(/#/g, 'number').replace(/[^a-z0-9]/g, '');
}

const ALIAS_INDEX: ReadonlyMap<string, ImportField> = (() => {
  const index = new Map<string, ImportField>();
  for (const field of IMPORT_FIELDS) {
    for (const alias of [field, ...FIELD_ALIASES[field]]) {
      const key = normaliseHeader(alias);
      if (!index.has(key)) index.set(key, field);
    }
  }
  return index;
})();

/** The field a header names on its own, ignoring numbered groups; null when unknown. */
export function fieldForHeader(header: string): ImportField | null {
  return ALIAS_INDEX.get(normaliseHeader(header)) ?? null;
}

/** `License Type 2` → { field: credential, group: 2 } when the header without its number is a record field. */
function groupedField(header: string): { field: ImportField; group: number } | null {
  const m = /^(.*?[^\d\s_#-])[\s_#-]*(\d{1,2})$/.exec(header.trim());
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  const field = fieldForHeader(m[1]);
  if (field === null || !RECORD_FIELDS.has(field)) return null;
  return { field, group: Number(m[2]) };
}

/** Matches headers to import fields (auto-matching, then the user's overrides) with a few sample values each. */
export function matchColumns(
  headers: readonly string[],
  mapping?: ImportOptions['mapping'],
  sampleRows?: readonly (readonly RawCell[])[],
): ColumnMatch[] {
  return headers.map((header, index) => {
    const samples = samplesFor(index, sampleRows);
    const override = mapping && Object.hasOwn(mapping, header) ? mapping[header] : undefined;
    if (override !== undefined) {
      if (override === '') return { header, field: null, group: null, samples };
      const grouped = groupedField(header);
      const group = grouped !== null && RECORD_FIELDS.has(override) ? grouped.group : null;
      return { header, field: override, group, samples };
    }
    const direct = fieldForHeader(header);
    if (direct !== null) return { header, field: direct, group: null, samples };
    const grouped = groupedField(header);
    if (grouped !== null) return { header, field: grouped.field, group: grouped.group, samples };
    return { header, field: null, group: null, samples };
  });
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
