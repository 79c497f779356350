import type { ColumnMatch, ImportField, IsoDate } from '../../shared/types';
import { futureDateNote } from '../../shared/future-dates';
import { personSource, type RowRecord } from './row-reader';

/**
 * Dates after today in an import: a hire date in 2030, a credential earned next year, experience
 * that starts next year. Such a date may be a typing slip or a plan; it is kept as written, and the
 * preview says so with the row, column and value, before anything is saved.
 */
export function warnFutureDates(records: readonly RowRecord[], columns: readonly ColumnMatch[], today: IsoDate): void {
  const header = (field: ImportField): string => columns.find((c) => c.field === field)?.header ?? field;
  for (const record of records) {
    const hire = record.person.hireDate;
    if (hire !== undefined && hire > today) {
      const source = personSource(record, 'hireDate');
      warn(record, source?.column ?? header('hire_date'), source?.value ?? hire, futureDateNote('hire', hire, today));
    }
    for (const credential of record.credentials) {
      if (credential.earnedOn !== undefined && credential.earnedOn > today) {
        warn(record, header('earned_on'), credential.earnedOn, futureDateNote('earned', credential.earnedOn, today, credential.code));
      }
    }
    for (const period of record.experience) {
      if (period.start > today) warn(record, header('experience_start'), period.start, futureDateNote('experience', period.start, today));
    }
  }
}

function warn(record: RowRecord, column: string, value: string, message: string): void {
  record.problems.push({ file: record.file, row: record.row, column, value, severity: 'warning', message });
}
