/**
 * How a domain record maps onto a table row: known fields have their own typed column, fields
 * stored in another table are left out, and any other field (one a newer build of the same format
 * added) is kept whole in the row's `extra` JSON, so nothing a record carries is lost.
 */
import type { SQLInputValue } from 'node:sqlite';

export type ColumnKind = 'text' | 'number' | 'bool' | 'json';

export interface Column {
  readonly prop: string;
  readonly column: string;
  readonly kind: ColumnKind;
}

export interface RecordCodec {
  readonly columns: readonly Column[];
  /** Fields kept in other tables (a person's credentials…). */
  readonly nested: ReadonlySet<string>;
  readonly hasExtra: boolean;
}

type Fields = Readonly<Record<string, unknown>>;

export function recordCodec(columns: readonly (readonly [string, string, ColumnKind])[], nested: readonly string[] = [], hasExtra = true): RecordCodec {
  return {
    columns: columns.map(([prop, column, kind]) => ({ prop, column, kind })),
    nested: new Set(nested),
    hasExtra,
  };
}

/** The column names in the order `encode` gives values, `extra` last when the table has it. */
export function columnNames(codec: RecordCodec): string[] {
  const names = codec.columns.map((c) => c.column);
  return codec.hasExtra ? [...names, 'extra'] : names;
}

function toSql(kind: ColumnKind, value: unknown): SQLInputValue {
  if (value === undefined || value === null) return null;
  switch (kind) {
    case 'text':
      return String(value);
    case 'number':
      return value as number;
    case 'bool':
      return value ? 1 : 0;
    case 'json':
      return JSON.stringify(value);
  }
}

function fromSql(kind: ColumnKind, value: unknown): unknown {
  switch (kind) {
    case 'text':
    case 'number':
      return value;
    case 'bool':
      return value === 1;
    case 'json':
      return JSON.parse(value as string);
  }
}

const known = new WeakMap<RecordCodec, ReadonlySet<string>>();
function knownProps(codec: RecordCodec): ReadonlySet<string> {
  let set = known.get(codec);
  if (!set) {
    set = new Set([...codec.columns.map((c) => c.prop), ...codec.nested]);
    known.set(codec, set);
  }
  return set;
}

/** The record's column values, in `columnNames` order. */
export function encode(codec: RecordCodec, record: Fields): SQLInputValue[] {
  const values = codec.columns.map((c) => toSql(c.kind, record[c.prop]));
  if (codec.hasExtra) {
    const props = knownProps(codec);
    let extra: Record<string, unknown> | null = null;
    for (const key of Object.keys(record)) {
      if (props.has(key) || record[key] === undefined) continue;
      (extra ??= {})[key] = record[key];
    }
    values.push(extra === null ? null : JSON.stringify(extra));
  }
  return values;
}

/**
 * The record a row holds, read as an array (`setReturnArrays`); NULL columns are left out, as the
 * domain leaves unknown fields out. Its columns are in `columnNames` order from
 * `offset` (arrays, not objects per row: docs/performance.md, Store).
 */
export function decodeArray(codec: RecordCodec, row: readonly unknown[], offset = 0): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  const { columns } = codec;
  for (let i = 0; i < columns.length; i++) {
    const value = row[offset + i];
    if (value !== null && value !== undefined) {
      const c = columns[i]!;
      record[c.prop] = c.kind === 'text' || c.kind === 'number' ? value : fromSql(c.kind, value);
    }
  }
  if (codec.hasExtra) {
    const extra = row[offset + columns.length];
    if (typeof extra === 'string') Object.assign(record, JSON.parse(extra) as Fields);
  }
  return record;
}
