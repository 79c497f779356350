import fs from 'node:fs';
import type { EmploymentStatus, IsoDate, RosterData } from '../../shared/types';

/** The long HR export's header row (Oracle HCM style), as in the sample files. */
export const HR_LONG_HEADERS: readonly string[] = [
  'PERSON_NUMBER', 'LAST_NAME', 'FIRST_NAME', 'DEPARTMENT', 'JOB_TITLE', 'ASSIGNMENT_STATUS', 'HIRE_DATE', 'FTE',
  'CERTIFICATION_NAME', 'ISSUED_BY', 'CERTIFICATION_NUMBER', 'ISSUE_DATE', 'EXPIRATION_DATE',
];

const STATUS_TEXT: Readonly<Record<EmploymentStatus, string>> = { active: 'Active', leave: 'LOA', terminated: 'Terminated' };

/** `MM/DD/YYYY`, the US form most HR exports use. */
const usDate = (iso: IsoDate | undefined): string => (iso ? `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}` : '');

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * One row per person-credential, with a UTF-8 byte-order mark and CRLF line ends, the way an HR
 * system hands it over; a person with no credential gets one row with the credential columns blank.
 * Returns the number of data rows.
 */
export function writeHrLongCsv(roster: RosterData, file: string): number {
  const lines: string[] = [HR_LONG_HEADERS.join(',')];
  for (const p of roster.people) {
    const personPart = [
      p.employeeId, p.lastName, p.firstName, p.unit ?? '', p.jobTitle ?? '', STATUS_TEXT[p.employmentStatus],
      usDate(p.hireDate), p.fte === undefined ? '' : p.fte.toFixed(1),
    ];
    const credentials = p.credentials.length > 0 ? p.credentials : [null];
    for (const c of credentials) {
      const credentialPart = c
        ? [c.code, c.issuer ?? '', c.number ?? '', usDate(c.earnedOn), usDate(c.expiresOn)]
        : ['', '', '', '', ''];
      lines.push([...personPart, ...credentialPart].map(csvField).join(','));
    }
  }
  fs.writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
  return lines.length - 1;
}
