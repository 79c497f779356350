/** How a table's matched columns are read, worked out once per table and shared by every row. */
import type { ImportField } from '../../shared/types';
import { IMPORT_FIELDS } from '../../shared/types';
import type { Parsed } from './parse-dates';
import type { RawCell } from './read-table';

export interface Column {
  readonly index: number;
  readonly header: string;
  readonly field: ImportField;
  readonly group: number;
  readonly dayFirst: boolean;
  /**
   * HR files repeat the same values many times (a person's row per credential, the same few
   * units, statuses and dates): each distinct value of a parsed field is parsed once.
   */
  readonly parsed: Map<string | number, Parsed<unknown>>;
}

/** The columns of one numbered group (0 = unnumbered), by field, in file order. */
export interface GroupLayout {
  readonly group: number;
  readonly bySlot: readonly (readonly Column[] | undefined)[];
  readonly hasCredential: boolean;
  readonly hasExperience: boolean;
  readonly hasEducation: boolean;
}

/** How a table's columns are read: worked out once per table, shared by every row. */
export interface RowLayout {
  readonly columns: readonly Column[];
  readonly base: GroupLayout;
  /** Every group with columns, in ascending group order (the base group first when it has any). */
  readonly groups: readonly GroupLayout[];
  readonly hasIdColumn: boolean;
  readonly idHeader: string;
}

export const SLOT: Readonly<Record<ImportField, number>> = Object.fromEntries(IMPORT_FIELDS.map((f, i) => [f, i])) as Record<ImportField, number>;
export const CREDENTIAL_FIELDS = ['credential', 'credential_number', 'issuer', 'earned_on', 'expires_on', 'verified_on', 'ceus_earned'] as const;
export const EXPERIENCE_FIELDS = ['experience_start', 'experience_end', 'employer', 'direct_coding'] as const;
export const EDUCATION_FIELDS = ['program_name', 'completed_on', 'components', 'cahiim_accredited'] as const;

export const isBlankCell = (cell: RawCell | undefined): boolean =>
  cell === null || cell === undefined || (typeof cell === 'string' && (cell.length === 0 || cell.trim() === ''));

function groupLayout(group: number, columns: readonly Column[]): GroupLayout {
  const bySlot: Column[][] = [];
  for (const column of columns) (bySlot[SLOT[column.field]] ??= []).push(column);
  const has = (fields: readonly ImportField[]): boolean => fields.some((f) => bySlot[SLOT[f]] !== undefined);
  return {
    group,
    bySlot,
    hasCredential: has(CREDENTIAL_FIELDS),
    hasExperience: has(EXPERIENCE_FIELDS),
    hasEducation: has(EDUCATION_FIELDS),
  };
}

export function rowLayout(columns: readonly Column[]): RowLayout {
  const byGroup = new Map<number, Column[]>();
  for (const column of columns) {
    let list = byGroup.get(column.group);
    if (!list) byGroup.set(column.group, (list = []));
    list.push(column);
  }
  const groups = [...byGroup.keys()].sort((a, b) => a - b).map((g) => groupLayout(g, byGroup.get(g) ?? []));
  const idColumn = columns.find((c) => c.field === 'employee_id');
  return {
    columns,
    base: groups.find((g) => g.group === 0) ?? groupLayout(0, []),
    groups,
    hasIdColumn: idColumn !== undefined,
    idHeader: idColumn?.header ?? 'Employee ID',
  };
}

/** The column that gives `field` in this row: the first non-blank one of the group. */
export function pick(cells: readonly RawCell[], group: GroupLayout, field: ImportField): Column | undefined {
  const candidates = group.bySlot[SLOT[field]];
  if (candidates === undefined) return undefined;
  for (const column of candidates) if (!isBlankCell(cells[column.index])) return column;
  return undefined;
}
