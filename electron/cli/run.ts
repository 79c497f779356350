/**
 * The command line: picks the command, runs it, and turns its outcome into an exit status.
 * Errors meant for the user print as one plain line; anything else is a bug (exit 70).
 */
import { UserError } from '../../shared/user-error';
import { EXIT_INTERNAL, EXIT_OK, EXIT_REJECTED, EXIT_USAGE, UsageError, type CliIo } from './cli-io';
import { COMMAND_HELP, COMMAND_NAMES, GENERAL_HELP, type CommandName } from './help';

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

// Loaded on demand: the import and export libraries take a while to load, and --help needs neither.
const COMMANDS: Readonly<Record<CommandName, () => Promise<Command>>> = {
  import: async () => (await import('./commands/import-command')).runImport,
  eligibility: async () => (await import('./commands/eligibility-command')).runEligibility,
  export: async () => (await import('./commands/export-command')).runExport,
  backups: async () => (await import('./commands/backups-command')).runBackups,
  reminders: async () => (await import('./commands/reminders-command')).runReminders,
  history: async () => (await import('./commands/history-command')).runHistory,
};

function isCommandName(value: string): value is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(value);
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(GENERAL_HELP);
    return EXIT_USAGE;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = rest[0];
    io.stdout(topic !== undefined && isCommandName(topic) ? COMMAND_HELP[topic] : GENERAL_HELP);
    return EXIT_OK;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`credential-roster ${io.appVersion}\n`);
    return EXIT_OK;
  }
  if (!isCommandName(first)) {
    io.stderr(`"${first}" is not a credential-roster command. The commands are: ${COMMAND_NAMES.join(', ')}.\nRun "credential-roster --help" for help.\n`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(COMMAND_HELP[first]);
    return EXIT_OK;
  }
  try {
    const command = await COMMANDS[first]();
    return await command(rest, io);
  } catch (error) {
    return reportError(error, io);
  }
}

async function reportError(error: unknown, io: CliIo): Promise<number> {
  if (error instanceof UsageError) {
    const help = error.command ? `credential-roster ${error.command} --help` : 'credential-roster --help';
    io.stderr(`${error.message}\nRun "${help}" for the options.\n`);
    return EXIT_USAGE;
  }
  if (error instanceof UserError) {
    io.stderr(`${error.message}\n`);
    return EXIT_REJECTED;
  }
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  io.stderr(`Unexpected error (this is a bug in Credential Roster): ${text}\n`);
  return EXIT_INTERNAL;
}
