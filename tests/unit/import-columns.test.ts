import { describe, expect, it } from 'vitest';
import { headerSignature, matchColumns } from '../../electron/import/columns';
import type { ImportField } from '../../shared/types';
import { IMPORT_FIELDS } from '../../shared/types';

const fieldOf = (header: string): ImportField | null => matchColumns([header])[0]?.field ?? null;

describe('matchColumns', () => {
  const expected: Record<ImportField, readonly string[]> = {
    employee_id: ['Employee ID', 'Emp ID', 'Employee Number', 'Employee #', 'Person Number', 'Worker ID', 'Unique ID', 'PERSON_NUMBER', 'employee_id'],
    first_name: ['First Name', 'Given Name', 'FIRST_NAME'],
    last_name: ['Last Name', 'Surname', 'Family Name'],
    full_name: ['Name', 'Full Name', 'Employee Name'],
    unit: ['Department', 'Dept', 'Unit', 'Cost Center'],
    job_title: ['Title', 'Job Title', 'Position', 'JOB_TITLE'],
    employment_status: ['Status', 'Employment Status', 'Assignment Status', 'ASSIGNMENT_STATUS'],
    hire_date: ['Hire Date', 'Date of Hire'],
    fte: ['FTE'],
    email: ['Email', 'E-mail'],
    is_rn: ['RN', 'Is RN'],
    hs_diploma: ['High School Diploma', 'HS Diploma'],
    credential: ['Certification', 'Certification Name', 'Credential', 'Cert', 'License Type', 'Registration', 'Qualification', 'CERTIFICATION_NAME'],
    credential_number: ['Certification Number', 'Cert Number', 'Cert #', 'License Number', 'RegistrationNo', 'CERTIFICATION_NUMBER'],
    issuer: ['Issued By', 'Issuer', 'Certifying Body', 'License Authority', 'ISSUED_BY'],
    earned_on: ['Issue Date', 'Issued Date', 'Date Earned', 'DateEarned', 'Certification Date', 'Date Achieved', 'Valid From', 'License Issue Date', 'issuedDate'],
    expires_on: ['Expiration Date', 'Expiry', 'Exp Date', 'Expires', 'DateExpires', 'Valid Until', 'License Expiration Date', 'expirationDate'],
    verified_on: ['Verified', 'Verified On', 'Verification Date'],
    ceus_earned: ['CEUs', 'CEUs Earned'],
    experience_start: ['Experience Start', 'Coding Experience Start', 'Coding Start Date'],
    experience_end: ['Experience End', 'Coding Experience End', 'Coding End Date'],
    employer: ['Employer'],
    direct_coding: ['Direct Coding'],
    program_name: ['Program', 'Training Program', 'Coding Program'],
    completed_on: ['Completion Date', 'Completed On'],
    components: ['Components'],
    cahiim_accredited: ['CAHIIM Accredited'],
  };

  it.each(Object.entries(expected))('matches every alias of %s, ignoring case, spaces and punctuation', (field, headers) => {
    for (const header of headers) {
      expect(fieldOf(header), header).toBe(field);
      expect(fieldOf(` ${header.toUpperCase().replace(/ /g, '_')} `), header).toBe(field);
    }
  });

  it('matches every canonical header (the template) to itself', () => {
    expect(matchColumns(IMPORT_FIELDS).map((c) => c.field)).toEqual([...IMPORT_FIELDS]);
  });

  it('tells "Cert #" (a number) from "Cert" (the credential)', () => {
    expect(fieldOf('Cert #')).toBe('credential_number');
    expect(fieldOf('Cert')).toBe('credential');
  });

  it('finds numbered groups of wide layouts', () => {
    const columns = matchColumns(['Unique ID', 'License Type 1', 'License Number 1', 'License Issue Date 1', 'License Expiration Date 1', 'Credential 2', 'Credential Number 2', 'Expiration Date 2', 'Employer_3']);
    expect(columns.map((c) => [c.field, c.group])).toEqual([
      ['employee_id', null], ['credential', 1], ['credential_number', 1], ['earned_on', 1], ['expires_on', 1],
      ['credential', 2], ['credential_number', 2], ['expires_on', 2], ['employer', 3],
    ]);
  });

  it('leaves unknown columns unmatched and person fields ungrouped', () => {
    expect(matchColumns(['Shoe Size', 'Email 2', 'ICD10']).map((c) => c.field)).toEqual([null, null, null]);
  });

  it('applies the user mapping over auto-matching, including ignoring a column', () => {
    const columns = matchColumns(['Badge', 'Status', 'Lic 2'], { Badge: 'employee_id', Status: '', 'Lic 2': 'credential' });
    expect(columns.map((c) => [c.header, c.field, c.group])).toEqual([
      ['Badge', 'employee_id', null], ['Status', null, null], ['Lic 2', 'credential', null],
    ]);
  });

  it('gives up to three distinct samples per column', () => {
    const columns = matchColumns(['ID', 'Date'], undefined, [
      ['1', new Date(Date.UTC(2024, 0, 2))], ['1', null], ['2', null], ['3', null], ['4', null],
    ]);
    expect(columns[0]?.samples).toEqual(['1', '2', '3']);
    expect(columns[1]?.samples).toEqual(['2024-01-02']);
  });
});

describe('headerSignature', () => {
  it('is stable for the same headers, ignores case and outer spaces, and differs otherwise', () => {
    const a = headerSignature(['Employee ID', 'Cert']);
    expect(headerSignature([' employee id ', 'CERT'])).toBe(a);
    expect(headerSignature(['Cert', 'Employee ID'])).not.toBe(a);
    expect(headerSignature(['Employee ID', 'Cert', 'Expiry'])).not.toBe(a);
    expect(a).toMatch(/^h1-[0-9a-f]{16}$/);
  });
});
