/**
 * The value step: cell values the import cannot read by itself (a status word like "Inactive",
 * a yes/no column holding "Verified", a credential the catalog does not know) are asked about once
 * each, and the answers, remembered in the roster's settings, are used for every later file.
 */
import type {
  ColumnMatch, CredentialDefinition, EmploymentStatus, ImportField, ImportValueKind, ImportValueMappings, ImportValueQuestion,
} from '../../shared/types';
import type { Parsed } from './parse-dates';
import { parseBoolean, parseEmploymentStatus } from './parse-values';
import { readCredentialCell, valueKey } from './credential-cell';
import { cellText } from './columns';
import type { RawCell } from './read-table';

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const EMPTY_CATALOG: ReadonlyMap<string, CredentialDefinition> = new Map();

/** The answers in use (and remembered after the import): remembered ones, with this import's own choices winning. */
export function answersInUse(remembered: ImportValueMappings | undefined, chosen: ImportValueMappings | undefined): ImportValueMappings {
  return {
    credential: { ...remembered?.credential, ...chosen?.credential },
    employment_status: { ...remembered?.employment_status, ...chosen?.employment_status },
    yes_no: { ...remembered?.yes_no, ...chosen?.yes_no },
  };
}

function answer<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && key !== '' && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Status words that mean leave at one hospital and terminated at the next: always asked about. */
const AMBIGUOUS_STATUS = new Set(['inactive', 'i', 'inactiveassignment', 'notactive']);

/** The parsers the row reader uses for status and yes/no cells, with the answers applied. */
export interface ValueReaders {
  readonly status: (raw: RawCell) => Parsed<EmploymentStatus>;
  readonly yesNo: (raw: RawCell) => Parsed<boolean>;
}

export function valueReaders(answers: ImportValueMappings): ValueReaders {
  return {
    status: (raw) => {
      const key = valueKey(cellText(raw));
      const given = answer(answers.employment_status, key);
      if (given !== undefined) return ok(given);
      if (AMBIGUOUS_STATUS.has(key)) {
        return { ok: false, message: 'can mean on leave or terminated: say which under "Values to check"' };
      }
      const parsed = parseEmploymentStatus(raw);
      return parsed.ok ? parsed : { ok: false, message: `${parsed.message}, or say what it means under "Values to check"` };
    },
    yesNo: (raw) => {
      const given = answer(answers.yes_no, valueKey(cellText(raw)));
      if (given !== undefined) return ok(given);
      const parsed = parseBoolean(raw);
      return parsed.ok ? parsed : { ok: false, message: `${parsed.message}, or say what it means under "Values to check"` };
    },
  };
}

/** The readers with no answers: what a value means on its own. */
export const PLAIN = valueReaders({});

const KIND_OF_FIELD: Readonly<Partial<Record<ImportField, ImportValueKind>>> = {
  employment_status: 'employment_status',
  is_rn: 'yes_no', hs_diploma: 'yes_no', direct_coding: 'yes_no', cahiim_accredited: 'yes_no',
};

interface Tally {
  kind: ImportValueKind;
  value: string;
  key: string;
  count: number;
  columns: string[];
  ownCode: string | null;
}

/** Collects the questions of an import: call `cells` per table row, `credential` per credential read. */
export class ValueQuestions {
  private readonly tallies = new Map<string, Tally>();
  /** Per kind and cell text: the tally key, or null when the value needs no question. */
  private readonly seen = new Map<string, string | null>();

  constructor(private readonly answers: ImportValueMappings) {}

  /** The columns of a table that hold statuses or yes/no values, with their kind. */
  static askedColumns(columns: readonly ColumnMatch[]): { index: number; header: string; kind: ImportValueKind }[] {
    const out: { index: number; header: string; kind: ImportValueKind }[] = [];
    columns.forEach((c, index) => {
      const kind = c.field === null ? undefined : KIND_OF_FIELD[c.field];
      if (kind !== undefined) out.push({ index, header: c.header, kind });
    });
    return out;
  }

  /** Counts a status or yes/no cell that cannot be read by itself. */
  cell(kind: ImportValueKind, header: string, raw: RawCell): void {
    if (raw === null || typeof raw === 'boolean') return;
    const text = cellText(raw);
    if (text === '') return;
    const seenKey = `${kind}\u0000${text}`;
    let key = this.seen.get(seenKey);
    if (key === undefined) {
      const plain = kind === 'employment_status' ? PLAIN.status(raw) : PLAIN.yesNo(raw);
      key = plain.ok ? null : valueKey(text);
      this.seen.set(seenKey, key);
    }
    if (key !== null && key !== '') this.add(kind, key, text, header);
  }

  /** Counts a credential the catalog did not know by itself. */
  credential(header: string, written: string): void {
    const key = valueKey(written);
    if (key !== '') this.add('credential', key, written, header);
  }

  private add(kind: ImportValueKind, key: string, value: string, header: string): void {
    const id = `${kind}\u0000${key}`;
    let tally = this.tallies.get(id);
    if (!tally) {
      // The code the value keeps when it stays the user's own credential.
      const ownCode = kind === 'credential' ? readCredentialCell(value, EMPTY_CATALOG).code : null;
      this.tallies.set(id, (tally = { kind, value, key, count: 0, columns: [], ownCode }));
    }
    tally.count += 1;
    if (!tally.columns.includes(header)) tally.columns.push(header);
  }

  /** The questions, most frequent first within each kind, with the answer in use. */
  list(): ImportValueQuestion[] {
    const order: Readonly<Record<ImportValueKind, number>> = { credential: 0, employment_status: 1, yes_no: 2 };
    return [...this.tallies.values()]
      .sort((a, b) => order[a.kind] - order[b.kind] || b.count - a.count || a.value.localeCompare(b.value))
      .map((t) => ({
        kind: t.kind, value: t.value, key: t.key, count: t.count, columns: t.columns, ownCode: t.ownCode,
        answer: answer<string | boolean>(this.answers[t.kind], t.key) ?? null,
      }));
  }
}
