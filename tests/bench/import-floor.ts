import fs from 'node:fs';
import Papa from 'papaparse';
import { HR_LONG_HEADERS } from './hr-csv';

/**
 * The least any import into this data file can cost, a yardstick beside the real import: the raw
 * parse, each person built straight from the bench file's known columns (no column matching, no
 * checks, no problems, no merging rules, no backup), the roster turned into JSON once and written
 * once. It writes a file the app never reads; it is measured, not used.
 */
export function importUnchecked(csvFile: string, outFile: string): number {
  const rows = Papa.parse<string[]>(fs.readFileSync(csvFile, 'utf8'), { skipEmptyLines: true }).data;
  // Each header's column, looked up once: the rows are read by position.
  const column = (header: string): number => {
    const index = HR_LONG_HEADERS.indexOf(header);
    if (index < 0) throw new Error(`The bench export has no ${header} column`);
    return index;
  };
  const id = column('PERSON_NUMBER'), last = column('LAST_NAME'), first = column('FIRST_NAME'), unit = column('DEPARTMENT');
  const title = column('JOB_TITLE'), status = column('ASSIGNMENT_STATUS'), hired = column('HIRE_DATE'), fte = column('FTE');
  const code = column('CERTIFICATION_NAME'), issuer = column('ISSUED_BY'), number = column('CERTIFICATION_NUMBER');
  const earned = column('ISSUE_DATE'), expires = column('EXPIRATION_DATE');
  const statusOf: Readonly<Record<string, string>> = { Active: 'active', LOA: 'leave', Terminated: 'terminated' };
  // MM/DD/YYYY → YYYY-MM-DD, trusting the file.
  const iso = (us: string | undefined): string | undefined => (us ? `${us.slice(6, 10)}-${us.slice(0, 2)}-${us.slice(3, 5)}` : undefined);
  const people = new Map<string, { credentials: object[] } & Record<string, unknown>>();
  for (let r = 1; r < rows.length; r += 1) {
    const row = rows[r] as string[];
    const employeeId = row[id] as string;
    let person = people.get(employeeId);
    if (!person) {
      person = {
        employeeId, firstName: row[first], lastName: row[last], unit: row[unit], jobTitle: row[title],
        employmentStatus: statusOf[row[status] as string] ?? 'active', hireDate: iso(row[hired]), fte: Number(row[fte]),
        credentials: [], experience: [], education: [],
      };
      people.set(employeeId, person);
    }
    if (row[code]) {
      person.credentials.push({
        id: `${employeeId}-${person.credentials.length + 1}`, code: row[code], issuer: row[issuer], number: row[number],
        earnedOn: iso(row[earned]), expiresOn: iso(row[expires]),
      });
    }
  }
  fs.writeFileSync(outFile, JSON.stringify({ schemaVersion: 0, people: [...people.values()] }));
  return people.size;
}
