/** The --help texts, one per command. */
import { DATA_DIR_ENV } from '../store/data-dir';

const DATA_LINE = `  --data DIR        the data folder (default: $${DATA_DIR_ENV}, else the desktop app's folder)`;

export const COMMAND_NAMES = ['import', 'eligibility', 'export', 'backups', 'reminders', 'history'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export const GENERAL_HELP = `Usage: credential-roster <command> [options]

Commands:
  import FILE...      import HR exports (CSV, TXT, TSV, PSV or XLSX) into the roster
  eligibility         who may sit the AHIMA CCS exam, and when
  export KIND         write an Excel report: dif, eligibility, roster, expiring or change-log
  backups             list the roster's backups, or restore one
  reminders           what is due: expiring credentials, CEUs behind, exam windows closing
  history             who changed what and when: the roster's change log

Options:
  -h, --help          show this help, or a command's with "<command> --help"
  --version           print the version

Every command reads and writes the same roster as the desktop app: its data folder, or the
one named by --data DIR or $${DATA_DIR_ENV}.
`;

export const COMMAND_HELP: Readonly<Record<CommandName, string>> = {
  import: `Usage: credential-roster import FILE... [options]

Imports one or more HR exports: delimited text (.csv, .txt, .tsv, .psv; comma, semicolon, tab or
pipe) or Excel (.xlsx). A roster export made by the app is read from its data sheets. The whole
import is checked first: if any row has a problem, nothing is written unless --skip-invalid is
given. A backup is taken before anything changes, so the desktop app can undo the import.

Options:
${DATA_LINE}
  --dry-run         check the files and show what would change; write nothing
  --skip-invalid    import the valid rows and leave out the rows with problems
  --day-first       read ambiguous dates such as 03/04/2024 as day/month/year
  --sheet NAME      the workbook sheet to read (default: the first; a roster export: its data sheets)
  --map "COLUMN=FIELD"
                    read a column as an import field, e.g. --map "Assoc Nbr=employee_id";
                    --map "COLUMN=" leaves a column out. Repeat for more columns.
  --value "KIND:VALUE=ANSWER"
                    what a value the import cannot read means: --value "status:Inactive=leave",
                    --value "credential:Coding Cert II=CPC" (or =own to keep it as your own),
                    --value "yes-no:GED=yes". Repeat for more values.
  --not-direct-coding
                    experience periods from a file with no direct-coding column are not direct
                    coding (without it they are counted as direct coding, and a line says so)
  --json            print the result as JSON
  -h, --help        show this help

Column mappings and value answers are remembered in the roster's settings, shared with the
desktop app: the next file with the same headers is read the same way.

Exit status: 0 imported (or would import), 1 refused (nothing written), 2 wrong command line.
`,
  eligibility: `Usage: credential-roster eligibility [options]

Lists everyone on the roster with their AHIMA CCS exam status: certified, eligible, not yet
(with the date they will qualify if their current coding work continues), or, under
ccs-recommended, diploma not recorded (with the date the recommended preparation is met).

Options:
${DATA_LINE}
  --as-of DATE      the date to judge on, YYYY-MM-DD (default: today)
  --rules ID        ccs-required or ccs-recommended (default: the roster's setting)
  --json            print JSON: { asOf, rules, people: [ { employeeId, name, employmentStatus,
                    status, eligibleOn, preparedOn, diplomaOnRecord, diplomaAssumed, summary,
                    inactiveNotes,
                    pathways: [ { id, metOn, detail } ] } ] }
                    status: certified | eligible | not-yet | diploma-not-recorded
                    eligibleOn: a date of eligibility under the rules, never a preparation date
                    preparedOn, diplomaOnRecord: null under ccs-required
  -h, --help        show this help
`,
  export: `Usage: credential-roster export dif|eligibility|roster|expiring|change-log --out FILE.xlsx [options]

Writes a report. Use a .xlsx file name for a workbook, or .csv for the report's main table.

Options:
  --out FILE        where to write the report (required)
${DATA_LINE}
  --as-of DATE      the date the report is as of, YYYY-MM-DD (default: today)
  --rules ID        ccs-required or ccs-recommended (default: the roster's setting)
  --rn-only         registered nurses only
  --all-employees   include terminated staff
  -h, --help        show this help

Exit status: 0 written, 1 could not be written, 2 wrong command line.
`,
  backups: `Usage: credential-roster backups [restore NAME] [options]

Lists the roster's backups, newest first. "backups restore NAME" puts a backup back as the
roster (the current roster is backed up first).

Options:
${DATA_LINE}
  --json            print the list as JSON
  -h, --help        show this help
`,
  reminders: `Usage: credential-roster reminders [options]

Prints the reminders digest the desktop app shows: credentials reaching a lead time before their
cycle end or expiry (90, 60, 30 and 7 days unless changed in the app's settings), lapsed
credentials, CEUs behind or short for the cycle, and CCS exam windows about to close. Items
acknowledged in the app are left out and counted.

Options:
${DATA_LINE}
  --as-of DATE      the date to look from, YYYY-MM-DD (default: today)
  --json            print JSON: { asOf, items: [ { key, kind, employeeId, personName, subject,
                    threshold, dueOn, daysLeft, severity, message } ], acknowledged, title, body }
  -h, --help        show this help
`,
  history: `Usage: credential-roster history [options]

Prints the roster's change log, newest first: when (UTC), which computer user, from where (the
app, the command line, an import of a file, a restore, an undo), whose record and which field,
with the value before and after. The log is append-only.

Options:
${DATA_LINE}
  --person ID       only the changes to this employee ID
  --since DATE      only changes on or after this date, YYYY-MM-DD
  --json            print JSON: { entries: [ { changeId, at, user, source, detail, employeeId,
                    record, recordId, kind, field, before, after } ] } (before and after are JSON)
  -h, --help        show this help
`,
};
