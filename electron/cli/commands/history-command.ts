/** `credential-roster history`: the change log, newest first, for everyone or one person. */
import { isIsoDate } from '../../../shared/dates';
import { sourceWords, targetWords, valueWords } from '../../../shared/change-log';
import { EXIT_OK, UsageError, type CliIo } from '../cli-io';
import { DATA_OPTION, parseCommand } from '../parse';
import { openRoster } from '../open-roster';
import { formatTable } from '../format-table';

const OPTIONS = { ...DATA_OPTION, person: { type: 'string' }, since: { type: 'string' }, json: { type: 'boolean' } } as const;

/** A long value (a whole record added) is cut in the table; --json gives it whole. */
function cut(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export async function runHistory(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('history', args, OPTIONS);
  if (positionals.length > 0) throw new UsageError(`The history command takes no file or word "${positionals[0]}".`, 'history');
  const since = values.since;
  if (since !== undefined && !isIsoDate(since)) {
    throw new UsageError(`--since needs a real date written YYYY-MM-DD, like 2026-03-01 (got '${since}').`, 'history');
  }
  const employeeId = values.person?.trim();
  if (employeeId !== undefined && employeeId === '') throw new UsageError('--person needs an employee ID.', 'history');
  const entries = openRoster(values.data, io).history({ employeeId, since });
  if (values.json === true) {
    io.stdout(`${JSON.stringify({ entries }, null, 2)}\n`);
    return EXIT_OK;
  }
  if (entries.length === 0) {
    io.stdout(`No changes are on record${employeeId ? ` for employee ID ${employeeId}` : ''}${since ? ` since ${since}` : ''}.\n`);
    return EXIT_OK;
  }
  const rows = entries.map((e) => [
    e.at.replace('T', ' ').slice(0, 19),
    e.user,
    sourceWords(e.source, e.detail),
    e.employeeId ?? '',
    e.kind,
    targetWords(e),
    cut(valueWords(e.before)),
    cut(valueWords(e.after)),
  ]);
  io.stdout(formatTable(['When (UTC)', 'User', 'From', 'Employee ID', 'Change', 'What', 'Before', 'After'], rows));
  io.stdout(`\n${entries.length} change${entries.length === 1 ? '' : 's'} on record, newest first.\n`);
  return EXIT_OK;
}
