/** The import preview and result as text a manager can read in a terminal. */
import path from 'node:path';
import type { ImportOptions, ImportPreview, ImportProblem, ImportResult, ImportValueQuestion } from '../../shared/types';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "row 14, column EXPIRATION_DATE, value '13/45/2024': not a date", with the file when several. */
export function describeProblem(problem: ImportProblem, withFile: boolean): string {
  const where: string[] = [];
  if (withFile || problem.row === 0) where.push(path.basename(problem.file));
  if (problem.row > 0) where.push(`row ${problem.row}`);
  if (problem.column) where.push(`column ${problem.column}`);
  if (problem.row > 0 && problem.column) where.push(problem.value === '' ? 'empty' : `value '${problem.value}'`);
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  const remedy = problem.commandLine === undefined ? '' : ` On the command line: ${problem.commandLine}.`;
  return `${prefix}${where.join(', ')}: ${problem.message}${remedy}`;
}

const KIND_WORDS: Readonly<Record<ImportValueQuestion['kind'], string>> = {
  credential: 'credential', employment_status: 'status', yes_no: 'yes-no',
};

/** One line per value the import could not read by itself: what it is taken as, or how to answer. */
function valueLines(questions: readonly ImportValueQuestion[]): string[] {
  if (questions.length === 0) return [];
  // Named as the window names its step, so a problem that says "under Values to check" reads the same here.
  const lines = ['Values to check, which the import could not read by itself (answer with --value "KIND:VALUE=ANSWER"; answers are remembered):'];
  for (const q of questions) {
    const where = `${plural(q.count, 'row', 'rows')}, ${q.columns.join(', ')}`;
    const kind = KIND_WORDS[q.kind];
    let taken: string;
    if (q.answer !== null) taken = `read as ${q.answer === '' ? `your own credential ${q.ownCode ?? ''}` : typeof q.answer === 'boolean' ? (q.answer ? 'yes' : 'no') : q.answer}`;
    else if (q.kind === 'credential') taken = `kept as your own credential ${q.ownCode ?? ''}; if it is a catalog credential: --value "credential:${q.value}=CODE"`;
    else if (q.kind === 'employment_status') taken = `not answered: --value "status:${q.value}=active", "=leave" or "=terminated"`;
    else taken = `not answered: --value "yes-no:${q.value}=yes" or "=no"`;
    lines.push(`  ${kind} "${q.value}" (${where}): ${taken}`);
  }
  return lines;
}

/** The line that says how periods from a file with no direct-coding column are counted. */
function directCodingLines(preview: ImportPreview, options: ImportOptions | undefined): string[] {
  const direct = options?.directCoding ?? true;
  return preview.files
    .filter((f) => f.periodsWithoutDirectCoding > 0)
    .map((f) => {
      const periods = plural(f.periodsWithoutDirectCoding, 'coding experience period', 'coding experience periods');
      return direct
        ? `${path.basename(f.file)} has no column saying whether the work was direct coding: its ${periods} are counted as direct coding. Add --not-direct-coding if they are not.`
        : `${path.basename(f.file)} has no column saying whether the work was direct coding: as asked (--not-direct-coding), its ${periods} are recorded as not direct coding.`;
    });
}

export function formatPreview(preview: ImportPreview, options?: ImportOptions): string {
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
  lines.push(...directCodingLines(preview, options), ...valueLines(preview.valueQuestions));
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
