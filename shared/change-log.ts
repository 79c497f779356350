/**
 * The change log as the window, the command line and the report show it: who changed what, when,
 * from where, field by field, with the value before and after. Values are kept as JSON text.
 */
import type { IsoDate } from './types';
import { FIELD_LABELS } from './field-labels';

export type ChangeSourceName = 'window' | 'cli' | 'import' | 'undo' | 'restore' | 'migration';
export type ChangedRecord =
  | 'person'
  | 'credential'
  | 'experience'
  | 'education'
  | 'exam-application'
  | 'setting'
  | 'import-mapping'
  | 'custom-credential'
  | 'acknowledgement'
  | 'import';

export interface ChangeLogEntry {
  readonly changeId: number;
  /** UTC, ISO 8601. */
  readonly at: string;
  /** The operating-system user who made the change. */
  readonly user: string;
  readonly source: ChangeSourceName;
  /** The file imported, the backup restored… */
  readonly detail: string | null;
  readonly employeeId: string | null;
  readonly record: ChangedRecord;
  readonly recordId: string | null;
  readonly kind: 'added' | 'changed' | 'removed';
  /** The field that changed; null when a whole record was added or removed. */
  readonly field: string | null;
  /** JSON text of the value before and after; null when there was none. */
  readonly before: string | null;
  readonly after: string | null;
}

export interface ChangeLogQuery {
  readonly employeeId?: string;
  /** Changes on or after this calendar date (UTC). */
  readonly since?: IsoDate;
  /** The rows of one change only. */
  readonly changeId?: number;
  /** At most this many rows, newest first. */
  readonly limit?: number;
}

const RECORD_WORDS: Readonly<Record<ChangedRecord, string>> = {
  person: 'person',
  credential: 'credential',
  experience: 'experience period',
  education: 'education record',
  'exam-application': 'exam application',
  setting: 'setting',
  'import-mapping': 'remembered column mapping',
  'custom-credential': 'user-defined credential',
  acknowledgement: 'reminder acknowledgement',
  import: 'import record',
};

export function recordWords(record: ChangedRecord): string {
  return RECORD_WORDS[record];
}

/** Where a change came from, in words: "import of roster.csv", "command line". */
export function sourceWords(source: ChangeSourceName, detail: string | null): string {
  switch (source) {
    case 'window':
      return 'the app';
    case 'cli':
      return 'the command line';
    case 'import':
      return detail ? `import of ${detail}` : 'an import';
    case 'undo':
      return detail ? `undo of ${detail}` : 'undo of an import';
    case 'restore':
      return detail ? `restore of backup ${detail}` : 'restore of a backup';
    case 'migration':
      return detail ? `moved from ${detail}` : 'moved from the earlier data file';
  }
}

/** A logged value as short text: strings as they are, lists and records as compact JSON. */
export function valueWords(json: string | null): string {
  if (json === null) return '';
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value === 'string') return value;
    if (typeof value === 'boolean') return value ? 'yes' : 'no';
    if (typeof value === 'number') return String(value);
    return json;
  } catch {
    return json;
  }
}

/** A record's own name for people reading the log: a credential's code, a period's employer… */
function recordName(entry: ChangeLogEntry): string | null {
  const json = entry.after ?? entry.before;
  if (entry.field !== null || json === null) return null;
  try {
    const value = JSON.parse(json) as Record<string, unknown>;
    const name = value.code ?? value.program ?? value.employer ?? value.exam ?? value.name ?? value.files;
    if (Array.isArray(name)) return name.join(', ');
    return typeof name === 'string' ? name : null;
  } catch {
    return null;
  }
}

/** What a log row is about, in words: "credential CPC", "experience period: end", "unit". */
export function targetWords(entry: ChangeLogEntry): string {
  const record = recordWords(entry.record);
  const field = entry.field === null ? null : (FIELD_LABELS[entry.field] ?? entry.field);
  if (entry.record === 'person') return field ?? record;
  if (entry.record === 'setting') return `${record}: ${field ?? ''}`;
  const name = recordName(entry) ?? (entry.record === 'credential' || entry.record === 'experience' || entry.record === 'education' ? null : entry.recordId);
  const which = name ? `${record} ${name}` : record;
  return field === null ? which : `${which}: ${field}`;
}
