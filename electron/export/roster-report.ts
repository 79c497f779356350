import type { CredentialDefinition, ImportField, Person } from '../../shared/types';
import { normaliseCredentialKey } from '../../shared/catalog';
import { aboutTable } from './about-sheet';
import { selectionLines, type ReportBuild, type ReportContext } from './report-context';
import type { Column, Row, Table } from './table';
import { date, decimal, id, text } from './table';

export const ROSTER_SHEETS = {
  people: 'People',
  credentials: 'Credentials',
  experience: 'Experience',
  education: 'Education',
} as const;

/** Booleans as the import reads them back. */
const yes = (value: boolean | undefined): string | null => (value === undefined ? null : value ? 'yes' : 'no');

/** A column headed by its canonical import field, so the workbook imports back without mapping. */
function field(name: ImportField, make: (header: string) => Column): Column {
  return make(name);
}

/** Every sheet starts with the person's key: employee id, first name, last name. */
const PERSON_KEY: readonly Column[] = [field('employee_id', id), field('first_name', text), field('last_name', text)];

/**
 * The whole roster in the import's own layout: one sheet per kind of record, headed by the canonical
 * import fields. Importing each sheet back gives the same people, credentials, experience and education.
 */
export function buildRosterReport(ctx: ReportContext): ReportBuild {
  const people = [...ctx.roster.people].sort((a, b) => (a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0));
  const tables: Table[] = [peopleTable(people), credentialsTable(people, ctx.roster.customCredentials), experienceTable(people), educationTable(people)];
  const title = 'Roster export';
  const about = aboutTable(ctx, {
    title,
    purpose:
      'Every person on the roster with their credentials, coding experience and education, in the layout the import reads: ' +
      'each sheet can be imported back (pick the sheet when importing) and gives the same records.',
    rules: [
      ['Columns', 'Headed by the import field names (employee_id, credential, earned_on…). Dates are real dates; yes/no columns hold "yes" or "no".'],
      ['Education subjects', 'The components column lists the subjects covered, separated by semicolons.'],
      ['Not included', 'Free-text notes and the credential catalog are not part of this export.'],
    ],
    filters: ctx.selected === undefined
      ? [['People', 'Everyone on the roster, whatever their employment status or role: the report filters do not apply to this export']]
      : selectionLines(ctx),
    sheets: tables.map((t) => [t.name, `${t.rows.length} rows`] as const),
  });
  return {
    title,
    subject: `Roster export as of ${ctx.asOf}`,
    basis: ctx.selected === undefined ? 'Every person on the roster, in the import layout' : `${ctx.selected} selected people, in the import layout`,
    tables: [about, ...tables],
    primary: ROSTER_SHEETS.people,
    rows: people.length,
  };
}

// The tables below are built with plain loops: they run once per record (docs/performance.md, Reports).

function peopleTable(people: readonly Person[]): Table {
  const rows: Row[] = [];
  for (const p of people) {
    rows.push([
      p.employeeId,
      p.firstName,
      p.lastName,
      p.unit ?? null,
      p.jobTitle ?? null,
      p.employmentStatus,
      p.hireDate ?? null,
      p.fte ?? null,
      p.email ?? null,
      yes(p.isRn),
      yes(p.hsDiploma),
    ]);
  }
  return {
    name: ROSTER_SHEETS.people,
    columns: [
      ...PERSON_KEY,
      field('unit', text),
      field('job_title', text),
      field('employment_status', text),
      field('hire_date', date),
      field('fte', decimal),
      field('email', text),
      field('is_rn', text),
      field('hs_diploma', text),
    ],
    rows,
  };
}

/**
 * The credential cell: the code, or for the user's own credentials "Name (CODE)" (just the name when
 * it spells the code), which the import reads back as that code and, into a roster that lacks it,
 * as a user-defined entry of that name.
 */
function credentialCell(custom: readonly CredentialDefinition[]): (code: string) => string {
  const named = new Map<string, string>();
  for (const def of custom) {
    const name = def.name.trim();
    if (name === '' || name === def.code) continue;
    named.set(def.code, normaliseCredentialKey(name) === normaliseCredentialKey(def.code) ? name : `${name} (${def.code})`);
  }
  return (code) => named.get(code) ?? code;
}

function credentialsTable(people: readonly Person[], custom: readonly CredentialDefinition[]): Table {
  const cell = credentialCell(custom);
  const rows: Row[] = [];
  for (const p of people) {
    for (const c of p.credentials) {
      rows.push([
        p.employeeId,
        p.firstName,
        p.lastName,
        cell(c.code),
        c.number ?? null,
        c.issuer ?? null,
        c.earnedOn ?? null,
        c.expiresOn ?? null,
        c.verifiedOn ?? null,
        c.ceusEarned ?? null,
      ]);
    }
  }
  return {
    name: ROSTER_SHEETS.credentials,
    columns: [
      ...PERSON_KEY,
      field('credential', text),
      field('credential_number', text),
      field('issuer', text),
      field('earned_on', date),
      field('expires_on', date),
      field('verified_on', date),
      field('ceus_earned', decimal),
    ],
    rows,
  };
}

function experienceTable(people: readonly Person[]): Table {
  const rows: Row[] = [];
  for (const p of people) {
    for (const e of p.experience) {
      rows.push([p.employeeId, p.firstName, p.lastName, e.start, e.end ?? null, e.employer ?? null, yes(e.directCoding)]);
    }
  }
  return {
    name: ROSTER_SHEETS.experience,
    columns: [
      ...PERSON_KEY,
      field('experience_start', date),
      field('experience_end', date),
      field('employer', text),
      field('direct_coding', text),
    ],
    rows,
  };
}

function educationTable(people: readonly Person[]): Table {
  const rows: Row[] = [];
  for (const p of people) {
    for (const e of p.education) {
      rows.push([
        p.employeeId,
        p.firstName,
        p.lastName,
        e.program,
        e.completedOn ?? null,
        e.components.join('; ') || null,
        yes(e.cahiimAccredited),
      ]);
    }
  }
  return {
    name: ROSTER_SHEETS.education,
    columns: [
      ...PERSON_KEY,
      field('program_name', text),
      field('completed_on', date),
      field('components', text),
      field('cahiim_accredited', text),
    ],
    rows,
  };
}
