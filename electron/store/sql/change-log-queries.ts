/** Reading the change log. */
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { ChangeLogEntry, ChangeLogQuery } from '../../../shared/change-log';

type Row = Record<string, unknown>;

const SELECT = `SELECT c.id AS change_id, c.at, c.os_user, c.source, c.detail, l.employee_id, l.record, l.record_id, l.kind, l.field, l.old_value, l.new_value
FROM change_log l JOIN changes c ON c.id = l.change_id`;

function entry(row: Row): ChangeLogEntry {
  return {
    changeId: row.change_id as number,
    at: row.at as string,
    user: row.os_user as string,
    source: row.source as ChangeLogEntry['source'],
    detail: (row.detail as string | null) ?? null,
    employeeId: (row.employee_id as string | null) ?? null,
    record: row.record as ChangeLogEntry['record'],
    recordId: (row.record_id as string | null) ?? null,
    kind: row.kind as ChangeLogEntry['kind'],
    field: (row.field as string | null) ?? null,
    before: (row.old_value as string | null) ?? null,
    after: (row.new_value as string | null) ?? null,
  };
}

export function queryChangeLog(db: DatabaseSync, query: ChangeLogQuery): ChangeLogEntry[] {
  const where: string[] = [];
  const params: SQLInputValue[] = [];
  if (query.employeeId !== undefined) {
    where.push('l.employee_id = ?');
    params.push(query.employeeId);
  }
  if (query.changeId !== undefined) {
    where.push('l.change_id = ?');
    params.push(query.changeId);
  }
  if (query.since !== undefined) {
    where.push('c.at >= ?');
    params.push(query.since);
  }
  const limit = query.limit === undefined ? '' : ` LIMIT ${Math.max(0, Math.floor(query.limit))}`;
  const sql = `${SELECT}${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY l.change_id DESC, l.id ASC${limit}`;
  return (db.prepare(sql).all(...params) as Row[]).map(entry);
}

/** The newest logged change to a person, or null. */
export function lastChangeOf(db: DatabaseSync, employeeId: string): ChangeLogEntry | null {
  const row = db.prepare(`${SELECT} WHERE l.employee_id = ? ORDER BY l.change_id DESC LIMIT 1`).get(employeeId) as Row | undefined;
  return row ? entry(row) : null;
}

export function peopleChangedIn(db: DatabaseSync, changeId: number): string[] {
  return (db.prepare('SELECT DISTINCT employee_id FROM change_log WHERE change_id = ? AND employee_id IS NOT NULL').all(changeId) as Row[]).map(
    (row) => row.employee_id as string,
  );
}
