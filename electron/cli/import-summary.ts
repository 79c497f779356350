/** The import preview and result as text a manager can read in a terminal. */
import path from 'node:path';
import type { ImportPreview, ImportProblem, ImportResult } from '../../shared/types';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "row 14, column EXPIRATION_DATE, value '13/45/2024': not a date", with the file when several. */
export function describeProblem(problem: ImportProblem, withFile: boolean): string {
  const where: string[] = [];
  if (withFile || problem.row === 0) where.push(path.basename(problem.file));
  if (problem.row > 0) where.push(`row ${problem.row}`);
  if (problem.column) where.push(`column ${problem.column}`);
  if (problem.row > 0 && problem.column) where.push(problem.value === '' ? 'empty' : `value '${problem.value}'`);
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return `${prefix}${where.join(', ')}: ${problem.message}`;
}

export function formatPreview(preview: ImportPreview): string {
  const lines: string[] = [];
  for (const file of preview.files) {
    const unused = file.columns.filter((c) => c.field === null).map((c) => c.header);
    lines.push(
      `${path.basename(file.file)}: ${plural(file.rows, 'row', 'rows')}, ambiguous dates read ${file.dayFirst ? 'day first (DD/MM/YYYY)' : 'month first (MM/DD/YYYY)'}`,
    );
    if (unused.length > 0) lines.push(`  columns not used: ${unused.join(', ')}`);
  }
  lines.push(
    `To create: ${plural(preview.toCreate, 'person', 'people')}. To update: ${preview.toUpdate}. Unchanged: ${preview.unchanged}.`,
  );
  if (preview.newCredentialCodes.length > 0) {
    lines.push(`Credentials not in the catalog, kept as user-defined: ${preview.newCredentialCodes.join(', ')}`);
  }
  const errors = preview.problems.filter((p) => p.severity === 'error');
  const warnings = preview.problems.filter((p) => p.severity === 'warning');
  const withFile = preview.files.length > 1;
  if (errors.length > 0) {
    lines.push(`${plural(errors.length, 'problem', 'problems')} in ${plural(preview.invalidRows, 'row', 'rows')}:`);
    for (const p of errors) lines.push(`  ${describeProblem(p, withFile)}`);
  }
  if (warnings.length > 0) {
    lines.push(`${plural(warnings.length, 'warning', 'warnings')}:`);
    for (const p of warnings) lines.push(`  ${describeProblem(p, withFile)}`);
  }
  return lines.join('\n') + '\n';
}

export function formatRejection(preview: ImportPreview): string {
  return `Nothing was imported: ${plural(preview.invalidRows, 'row has', 'rows have')} problems. Fix them in the file, or run again with --skip-invalid to import the other rows.\n`;
}

export function formatResult(result: ImportResult): string {
  const skipped = result.skippedRows > 0 ? `, ${plural(result.skippedRows, 'row', 'rows')} with problems left out` : '';
  return (
    `Imported: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged${skipped}.\n` +
    `A backup was taken first (${path.basename(result.backupFile)}); Undo Import in the desktop app puts it back.\n`
  );
}

/** How many people a dry run lists; the JSON output carries the preview's whole list. */
export const DRY_RUN_CHANGES_SHOWN = 50;

/** Who a dry run would create and update, each changed value before -> after, one person a block. */
export function formatChanges(preview: ImportPreview, limit = DRY_RUN_CHANGES_SHOWN): string {
  if (preview.changes.length === 0) return '';
  const shown = preview.changes.slice(0, limit);
  const more = preview.changes.length - shown.length + preview.changesLeftOut;
  const lines = ['Changes (before -> after):'];
  for (const person of shown) {
    lines.push(`  ${person.action === 'create' ? 'new' : 'updated'}: ${person.name} (${person.employeeId})`);
    for (const c of person.changes) {
      lines.push(person.action === 'create' ? `    ${c.field}: ${c.after ?? '-'}` : `    ${c.field}: ${c.before ?? '(not recorded)'} -> ${c.after ?? '(not recorded)'}`);
    }
  }
  if (more > 0) lines.push(`  …and ${plural(more, 'more person', 'more people')}.`);
  return `${lines.join('\n')}\n`;
}
