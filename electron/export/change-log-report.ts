import { displayName } from '../../shared/views/person-facts';
import { recordWords, sourceWords, targetWords, valueWords, type ChangeLogEntry } from '../../shared/change-log';
import { aboutTable } from './about-sheet';
import type { ReportBuild, ReportContext } from './report-context';
import type { Row, Table } from './table';
import { date, id, integer, text } from './table';

export const CHANGES_SHEET = 'Changes';

const KIND_WORDS: Readonly<Record<ChangeLogEntry['kind'], string>> = { added: 'Added', changed: 'Changed', removed: 'Removed' };

/** Every recorded change, newest first, field by field: for a surveyor's "who entered this, and when?". */
export function buildChangeLogReport(ctx: ReportContext): ReportBuild {
  const entries = ctx.changeLog ?? [];
  const names = new Map(ctx.roster.people.map((p) => [p.employeeId, displayName(p)]));
  const title = 'Change log';
  const about = aboutTable(ctx, {
    title,
    purpose: 'Every change made to the roster, one row per field: when, by which computer user, from where (the app, the command line, an import of a file, a restore, an undo), to whom and which record, and the value before and after.',
    rules: [
      ['Times', 'Date and time are in UTC, as the change log records them.'],
      ['Values', 'Text as entered; lists and whole records (a record added or removed) as JSON.'],
      ['Completeness', 'The change log is append-only: the app never edits or removes its rows.'],
    ],
    filters: [['Changes', 'All changes on record']],
    sheets: [[CHANGES_SHEET, 'One row per changed field, newest change first.']],
  });
  const table: Table = {
    name: CHANGES_SHEET,
    columns: [
      integer('Change'),
      date('Date (UTC)'),
      text('Time (UTC)'),
      text('User'),
      text('From'),
      id('Employee ID'),
      text('Name'),
      text('Record'),
      text('Record ID'),
      text('Change type'),
      text('What'),
      text('Before'),
      text('After'),
    ],
    rows: entries.map((e): Row => [
      e.changeId,
      e.at.slice(0, 10),
      e.at.slice(11, 19),
      e.user,
      sourceWords(e.source, e.detail),
      e.employeeId,
      e.employeeId === null ? null : (names.get(e.employeeId) ?? '(no longer on the roster)'),
      recordWords(e.record),
      e.recordId,
      KIND_WORDS[e.kind],
      targetWords(e),
      valueWords(e.before),
      valueWords(e.after),
    ]),
  };
  return {
    title,
    subject: `Change log as of ${ctx.asOf}`,
    basis: 'All changes on record',
    tables: [about, table],
    primary: CHANGES_SHEET,
    rows: entries.length,
  };
}
