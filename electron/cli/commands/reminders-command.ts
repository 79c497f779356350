/** `credential-roster reminders`: the reminders digest the desktop app would show for a date. */
import { todayIso } from '../../../shared/dates';
import { rosterDigest } from '../../ipc/roster-reminders';
import { EXIT_OK, UsageError, type CliIo } from '../cli-io';
import { DATA_OPTION, parseAsOf, parseCommand } from '../parse';
import { openRoster } from '../open-roster';
import { formatTable } from '../format-table';

const OPTIONS = { ...DATA_OPTION, 'as-of': { type: 'string' }, json: { type: 'boolean' } } as const;

export async function runReminders(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('reminders', args, OPTIONS);
  if (positionals.length > 0) {
    throw new UsageError(`The reminders command takes no file or word "${positionals[0]}".`, 'reminders');
  }
  const asOf = parseAsOf(values['as-of'], 'reminders') ?? todayIso(io.now());
  const digest = rosterDigest(openRoster(values.data, io).read(), asOf);
  if (values.json === true) {
    io.stdout(`${JSON.stringify(digest, null, 2)}\n`);
    return EXIT_OK;
  }
  io.stdout(`Reminders as of ${asOf}: ${digest.title}\n\n`);
  if (digest.items.length > 0) {
    const rows = digest.items.map((i) => [i.personName, i.employeeId, i.subject, i.dueOn, String(i.daysLeft), i.severity, i.message]);
    io.stdout(formatTable(['Name', 'Employee ID', 'Subject', 'Due on', 'Days left', 'Severity', 'Reminder'], rows));
    io.stdout('\n');
  }
  const hidden = digest.acknowledged === 0 ? '' : ` ${digest.acknowledged} acknowledged in the app and not listed.`;
  io.stdout(`${digest.items.length} reminder${digest.items.length === 1 ? '' : 's'}.${hidden}\n`);
  return EXIT_OK;
}
