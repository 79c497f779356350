import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planImport } from '../../electron/import/plan';
import { readTable } from '../../electron/import/read-table';
import { matchColumns } from '../../electron/import/columns';
import { readCredentialCell } from '../../electron/import/credential-cell';
import { closestField } from '../../electron/import/closest-field';
import { BUILT_IN_CATALOG, catalogIndex } from '../../shared/catalog';
import { emptyRoster } from '../../electron/store/schema';
import type { ImportOptions, RosterData } from '../../shared/types';
import { findPerson, sample, tempDir, tempFile } from '../fixtures/import/helpers';

const hr = (name: string): string => sample(path.join('hr-systems', name));
const plan = (file: string, options: ImportOptions = {}, roster: RosterData = emptyRoster()) => planImport(roster, [file], options);
const fieldsOf = async (file: string): Promise<Record<string, string | null>> => {
  const p = await plan(file);
  return Object.fromEntries(p.preview.files[0]!.columns.map((c) => [c.header, c.field]));
};
const errors = (p: Awaited<ReturnType<typeof plan>>) => p.preview.problems.filter((x) => x.severity === 'error');
const codes = (roster: RosterData, id: string) => findPerson(roster, id).credentials.map((c) => c.code).sort();

describe('headers of the HR systems hospitals use', () => {
  it('ADP Workforce Now: Associate ID, Worker Name, Home Department, Credential Earned and Expires', async () => {
    expect(await fieldsOf(hr('adp-workforce-now.csv'))).toEqual({
      'Associate ID': 'employee_id',
      // A second ID scheme is left out rather than taking turns with the first.
      'File Number': null,
      'Worker Name': 'full_name',
      'Home Department': 'unit',
      'Position Status': 'employment_status',
      'Hire/Rehire Date': 'hire_date',
      'License/Certification Description': 'credential',
      'License Number': 'credential_number',
      'Credential Earned': 'earned_on',
      'Credential Expires': 'expires_on',
    });
    const p = await plan(hr('adp-workforce-now.csv'));
    expect(errors(p)).toEqual([]);
    expect(p.preview.toCreate).toBe(5);
    expect(findPerson(p.next, 'A0016613')).toMatchObject({
      firstName: 'Kofi', lastName: 'Quispe', unit: 'HIM Coding', hireDate: '2023-06-24',
      credentials: [expect.objectContaining({ code: 'CPC', earnedOn: '2018-09-24', expiresOn: '2026-09-24' })],
    });
    expect(codes(p.next, 'A0082459')).toEqual(['RHIT']);
    expect(codes(p.next, 'A0032448')).toEqual(['CDIP']);
    expect(codes(p.next, 'A0090807')).toEqual(['CCS', 'CPC-A']);
    expect(codes(p.next, 'A0044120')).toEqual(['CCA']);
    expect(p.preview.newCredentialCodes).toEqual([]);
    expect(p.preview.valueQuestions).toEqual([]);
  });

  it('Workday: Employee ID, Worker, Supervisory Organization, Coding Start and Coding End', async () => {
    expect(await fieldsOf(hr('workday-coding-experience.csv'))).toMatchObject({
      'Employee ID': 'employee_id', Worker: 'full_name', 'Supervisory Organization': 'unit', 'Worker Status': 'employment_status',
      Employer: 'employer', 'Coding Start': 'experience_start', 'Coding End': 'experience_end',
    });
    const p = await plan(hr('workday-coding-experience.csv'));
    expect(errors(p)).toEqual([]);
    // "Aaliyah Tanaka (032448)": Workday's worker with the ID in brackets, not a conflicting name.
    expect(p.preview.problems).toEqual([]);
    expect(findPerson(p.next, '032448')).toMatchObject({ firstName: 'Aaliyah', lastName: 'Tanaka' });
  });

  it('UKG / Kronos tab-separated .tsv: Employee Number, Home Labor Account, Certification Code', async () => {
    const fields = await fieldsOf(hr('ukg-kronos-people.tsv'));
    expect(fields).toEqual({
      'Employee Number': 'employee_id', 'Employee First Name': 'first_name', 'Employee Last Name': 'last_name',
      'Home Labor Account': 'unit', 'Employment Status': 'employment_status', 'Hire Date': 'hire_date',
      'Certification Code': 'credential', 'Certification Expiration Date': 'expires_on',
    });
  });

  it('UKG Pro pipe-delimited .txt: the department kept at Org Level 2 becomes the unit', async () => {
    const fields = await fieldsOf(hr('ukg-pro-certifications.txt'));
    expect(fields).toMatchObject({
      'Person Number': 'employee_id', 'Org Level 2': 'unit', 'Job Title': 'job_title',
      'Employee Status': 'employment_status', 'Lic/Cert Code': 'credential',
    });
    // The campus is not the department: level 1 stays out rather than taking turns with level 2.
    expect(fields['Org Level 1']).toBeNull();
    const p = await plan(hr('ukg-pro-certifications.txt'));
    expect(errors(p)).toEqual([]);
    expect(findPerson(p.next, '004213')).toMatchObject({ unit: 'Clinical Documentation', employmentStatus: 'leave' });
    expect(codes(p.next, '004211')).toEqual(['CCS']);
  });

  it('Oracle HCM pipe-delimited .txt: Person Number, Position Title, full certification names', async () => {
    const p = await plan(hr('oracle-hcm-certifications.txt'));
    expect(errors(p)).toEqual([]);
    expect(p.preview.files[0]!.columns.find((c) => c.header === 'POSITION_TITLE')?.field).toBe('job_title');
    expect(codes(p.next, '016613')).toEqual(['CPC']);
    expect(codes(p.next, '032448')).toEqual(['CDIP']);
    expect(findPerson(p.next, '090807')).toMatchObject({ employmentStatus: 'leave', credentials: [expect.objectContaining({ code: 'CCS', issuer: 'AHIMA' })] });
  });

  it('Infor/Lawson pipe-delimited .psv: Employee, Department Description, Lic/Cert Code, Date Acquired, Exp Date', async () => {
    expect(await fieldsOf(hr('lawson-licenses.psv'))).toEqual({
      Employee: 'employee_id', 'Last Name': 'last_name', 'First Name': 'first_name', 'Department Description': 'unit',
      'Emp Status': 'employment_status', 'Lic/Cert Code': 'credential', 'Lic/Cert Number': 'credential_number',
      'Date Acquired': 'earned_on', 'Exp Date': 'expires_on',
    });
    const p = await plan(hr('lawson-licenses.psv'));
    expect(errors(p)).toEqual([]);
    expect(findPerson(p.next, '90807')).toMatchObject({ employmentStatus: 'leave', credentials: [expect.objectContaining({ code: 'CCS', expiresOn: '2027-07-30' })] });
  });

  it('Epic tab-separated .txt: EMP ID, DEPARTMENT NAME, "CODE, BODY" credentials', async () => {
    const p = await plan(hr('epic-employees.txt'));
    expect(errors(p)).toEqual([]);
    expect(findPerson(p.next, '016613')).toMatchObject({ unit: 'HIM CODING', jobTitle: 'CODER II', credentials: [expect.objectContaining({ code: 'CPC' })] });
    expect(codes(p.next, '082459')).toEqual(['RHIT']);
  });

  it('Kronos: Person Number, Employee Full Name, License Type, License Expiration, Direct Coding (Y/N)', async () => {
    const p = await plan(hr('kronos-person-export.csv'));
    expect(errors(p)).toEqual([]);
    expect(findPerson(p.next, '016613')).toMatchObject({
      credentials: [expect.objectContaining({ code: 'CPC', expiresOn: '2026-09-24' })],
      experience: [expect.objectContaining({ start: '2015-12-17', directCoding: true })],
    });
  });

  it('the shared sample exports still import without a problem', async () => {
    const files = ['hris-long-export.csv', 'credentials-wide.csv', 'coding-experience.csv'].map(sample);
    const p = await planImport(emptyRoster(), files, {});
    expect(errors(p)).toEqual([]);
    expect(p.preview.files.map((f) => f.periodsWithoutDirectCoding)).toEqual([0, 0, 0]);
  });
});

describe('date columns named by their role, with the content as a second opinion', () => {
  const rows = (values: readonly (readonly (string | null)[])[]) => values;
  it('reads "… Start", "… End", "… Earned" and "… Expires" when the values are dates', () => {
    const headers = ['Employee ID', 'Credential', 'Coder Position Start', 'Coder Position End', 'Cert Obtained', 'Lic Exp Dt'];
    const columns = matchColumns(headers, undefined, rows([['1', 'CCS', '2020-01-01', '2021-01-01', '2019-05-05', '2027-05-05']]));
    expect(columns.map((c) => c.field)).toEqual(['employee_id', 'credential', 'experience_start', 'experience_end', 'earned_on', 'expires_on']);
  });

  it('leaves a role-named column alone when its values are not dates, or when it dates something else', () => {
    const headers = ['Employee ID', 'Coder Role Start', 'Leave End', 'Exam Start'];
    const columns = matchColumns(headers, undefined, rows([['1', 'Inpatient team', '2027-01-01', '2026-01-01'], ['2', 'Outpatient', '2027-01-01', '2026-01-01']]));
    expect(columns.map((c) => c.field)).toEqual(['employee_id', null, null, null]);
  });

  it('takes a column of credentials as the credential whatever its header', () => {
    const columns = matchColumns(['Employee ID', 'Held'], undefined, rows([['1', 'CCS'], ['2', 'Certified Professional Coder (CPC)'], ['3', 'RHIT, AHIMA']]));
    expect(columns[1]?.field).toBe('credential');
  });

  it('keeps the user\'s own choice over every guess', () => {
    const columns = matchColumns(['Associate ID', 'File Number', 'Coding Start'], { 'File Number': 'employee_id', 'Associate ID': '', 'Coding Start': '' }, []);
    expect(columns.map((c) => c.field)).toEqual([null, 'employee_id', null]);
  });
});

describe('credential cells as HR writes them', () => {
  const index = catalogIndex(BUILT_IN_CATALOG);
  const read = (text: string) => readCredentialCell(text, index);
  it('reads codes in brackets, trailing and leading bodies, marks and full names', () => {
    expect(read('Certified Professional Coder (CPC)')).toMatchObject({ code: 'CPC', known: true });
    expect(read('CPC-A (Apprentice)')).toMatchObject({ code: 'CPC-A', known: true });
    expect(read('RHIT, AHIMA')).toMatchObject({ code: 'RHIT', known: true });
    expect(read('AHIMA - RHIA')).toMatchObject({ code: 'RHIA', known: true });
    expect(read('CPC® (AAPC)')).toMatchObject({ code: 'CPC', known: true });
    expect(read('CCS™')).toMatchObject({ code: 'CCS', known: true });
    expect(read('CCS(R)')).toMatchObject({ code: 'CCS', known: true });
    const cdip = 'Certified Documentation Integrity Practitioner (CDIP)';
    expect(cdip).toHaveLength(53);
    expect(read(cdip)).toMatchObject({ code: 'CDIP', known: true });
    expect(read('Certified Coding Specialist – Physician-based')).toMatchObject({ code: 'CCS-P', known: true });
  });

  it('an unknown credential keeps its full name, however long, and gets a code that fits', () => {
    expect(read('Certified Cardiology Coder (CCC)')).toEqual({ code: 'CCC', known: false, name: 'Certified Cardiology Coder' });
    const long = 'Certified Ambulatory Surgery Center Coding and Reimbursement Specialist';
    const reading = read(long);
    expect(reading.known).toBe(false);
    expect(reading.name).toBe(long);
    expect(reading.code.length).toBeLessThanOrEqual(40);
    expect(long.toUpperCase().startsWith(reading.code)).toBe(true);
  });

  it('imports a 53-character full name and a long unknown one without "too long"', async () => {
    const long = 'Certified Ambulatory Surgery Center Coding and Reimbursement Specialist';
    const file = tempFile('long.csv', `Employee ID,Name,Certification\n1,Ann Lee,Certified Documentation Integrity Practitioner (CDIP)\n2,Bo Kim,${long}\n`);
    const p = await plan(file);
    expect(errors(p)).toEqual([]);
    expect(codes(p.next, '1')).toEqual(['CDIP']);
    expect(p.next.customCredentials).toEqual([expect.objectContaining({ name: long, userDefined: true })]);
  });
});

describe('delimited text whatever its extension', () => {
  const text = 'Employee ID|Name|Certification\n1|Ann Lee|CCS\n';
  for (const name of ['people.txt', 'people.tsv', 'people.psv', 'people.dat', 'people', 'people.xls']) {
    it(`reads ${name}`, async () => {
      const tab = name.endsWith('.tsv') ? text.replace(/\|/g, '\t') : text;
      const table = await readTable(tempFile(name, tab));
      expect(table.headers).toEqual(['Employee ID', 'Name', 'Certification']);
      expect(table.rows).toEqual([['1', 'Ann Lee', 'CCS']]);
    });
  }
});

describe('credential or experience columns left out are refused before anything is written', () => {
  it('refuses a file whose credential-like and experience-like columns are all unmapped, naming them', async () => {
    const p = await plan(hr('unmapped-credentials.csv'));
    expect(p.preview.canCommit).toBe(false);
    const messages = errors(p).map((e) => e.message);
    expect(messages).toEqual([
      expect.stringMatching(/look like credentials \("Licensure\/Certs"\) but none is imported as Credential/),
      expect.stringMatching(/look like coding experience \("Years of Coding Experience"\)/),
    ]);
  });

  it('accepts the file once the columns are ignored on purpose', async () => {
    const p = await plan(hr('unmapped-credentials.csv'), { mapping: { 'Licensure/Certs': '', 'Years of Coding Experience': '' } });
    expect(errors(p)).toEqual([]);
    expect(p.preview.canCommit).toBe(true);
  });
});

describe('experience periods without a direct-coding column', () => {
  it('count as direct coding by default, and the summary says how many', async () => {
    const p = await plan(hr('workday-coding-experience.csv'));
    expect(p.preview.files[0]!.periodsWithoutDirectCoding).toBe(4);
    expect(findPerson(p.next, '032448').experience.map((e) => e.directCoding)).toEqual([true, true]);
  });

  it('are recorded as not direct coding when the user says so', async () => {
    const p = await plan(hr('workday-coding-experience.csv'), { directCoding: false });
    expect(findPerson(p.next, '032448').experience.map((e) => e.directCoding)).toEqual([false, false]);
  });

  it('a file with the column is not counted', async () => {
    const p = await plan(hr('kronos-person-export.csv'));
    expect(p.preview.files[0]!.periodsWithoutDirectCoding).toBe(0);
  });
});

describe('a file with no employee ID column', () => {
  it('names each column it found and the closest field', async () => {
    const p = await plan(hr('no-id-column.csv'));
    const message = errors(p)[0]?.message ?? '';
    expect(message).toMatch(/has no employee ID column/);
    expect(message).toContain('"Assoc Nbr" (closest: Employee ID, employee_id)');
    expect(message).toContain('"Dept" (imported as Unit)');
    expect(message).toContain('"Certification Nm" (imported as Credential)');
    // The window has its own controls for this: the command-line remedy travels beside the message.
    expect(message).not.toContain('--map');
    expect(errors(p)[0]?.commandLine).toBe('--map "COLUMN=employee_id"');
  });

  it('imports once the ID column is mapped', async () => {
    const p = await plan(hr('no-id-column.csv'), { mapping: { 'Assoc Nbr': 'employee_id', Nm: 'full_name' } });
    expect(errors(p)).toEqual([]);
    expect(codes(p.next, 'A001')).toEqual(['CPC']);
  });

  it('closestField ranks a near spelling', () => {
    expect(closestField('Emplyee Nmbr').field).toBe('employee_id');
    expect(closestField('Certificaton').field).toBe('credential');
  });
});

describe('the value step', () => {
  const file = hr('unknown-values.csv');

  it('lists each unknown value once with its count and columns; "Inactive" is asked, not read as terminated', async () => {
    const p = await plan(file);
    expect(p.preview.valueQuestions).toEqual([
      { kind: 'credential', value: 'Coding Specialist II', key: 'codingspecialistii', count: 2, columns: ['Certification'], answer: null, ownCode: 'CODING SPECIALIST II' },
      { kind: 'employment_status', value: 'Inactive', key: 'inactive', count: 2, columns: ['Status'], answer: null, ownCode: null },
      { kind: 'yes_no', value: 'Equivalent', key: 'equivalent', count: 1, columns: ['HS Diploma'], answer: null, ownCode: null },
      { kind: 'yes_no', value: 'GED', key: 'ged', count: 1, columns: ['HS Diploma'], answer: null, ownCode: null },
    ]);
    expect(p.preview.canCommit).toBe(false);
    expect(errors(p).filter((e) => e.value === 'Inactive').map((e) => e.row)).toEqual([3, 4]);
  });

  it('applies this import\'s answers: a catalog credential, a status, yes/no words', async () => {
    const p = await plan(file, {
      valueMappings: {
        credential: { codingspecialistii: 'CCS' },
        employment_status: { inactive: 'leave' },
        yes_no: { ged: true, equivalent: true },
      },
    });
    expect(errors(p)).toEqual([]);
    expect(findPerson(p.next, '082459')).toMatchObject({ employmentStatus: 'leave', hsDiploma: true, credentials: [expect.objectContaining({ code: 'CCS' })] });
    expect(findPerson(p.next, '016613').hsDiploma).toBe(true);
    expect(p.next.customCredentials).toEqual([]);
    expect(p.preview.valueQuestions.find((q) => q.kind === 'employment_status')?.answer).toBe('leave');
  });

  it('uses answers remembered in the roster\'s settings, and this import\'s answers win over them', async () => {
    const base = emptyRoster();
    const roster: RosterData = {
      ...base,
      settings: { ...base.settings, importValueMappings: { employment_status: { inactive: 'terminated' }, yes_no: { ged: true, equivalent: false }, credential: { codingspecialistii: '' } } },
    };
    const p = await plan(file, { valueMappings: { yes_no: { equivalent: true } } }, roster);
    expect(errors(p)).toEqual([]);
    expect(findPerson(p.next, '082459').employmentStatus).toBe('terminated');
    expect(findPerson(p.next, '032448').hsDiploma).toBe(true);
    // Kept as the user's own on purpose: a user-defined entry, and the question shows the answer.
    expect(p.next.customCredentials.map((c) => c.code)).toEqual(['CODING SPECIALIST II']);
    expect(p.preview.valueQuestions[0]?.answer).toBe('');
  });
});

describe('a roster export imports back from its data sheets', () => {
  it('reads People, Credentials and Experience, not the About sheet, and keeps a user-defined credential\'s name', async () => {
    const { writeReport } = await import('../../electron/export/index');
    const { reportContext } = await import('../fixtures/export/read-workbook');
    const base = emptyRoster();
    const roster: RosterData = {
      ...base,
      customCredentials: [{ code: 'CCC', name: 'Certified Cardiology Coder', body: 'ACC', coding: true, difAccepted: false, userDefined: true }],
      people: [{
        employeeId: '007', firstName: 'Ann', lastName: 'Lee', employmentStatus: 'active',
        credentials: [{ id: 'c1', code: 'CCC', earnedOn: '2020-01-01' }, { id: 'c2', code: 'CCS', earnedOn: '2021-01-01', expiresOn: '2027-01-01' }],
        experience: [{ id: 'e1', start: '2019-01-01', directCoding: true }], education: [],
      }],
    };
    const file = path.join(tempDir(), 'roster.xlsx');
    await writeReport('roster', file, reportContext({ roster }));
    const p = await plan(file);
    expect(errors(p)).toEqual([]);
    expect(p.preview.files.map((f) => f.file)).toEqual(['roster.xlsx [People]', 'roster.xlsx [Credentials]', 'roster.xlsx [Experience]']);
    const ann = findPerson(p.next, '007');
    expect(ann.credentials.map((c) => c.code).sort()).toEqual(['CCC', 'CCS']);
    expect(ann.experience).toEqual([expect.objectContaining({ start: '2019-01-01', directCoding: true })]);
    expect(p.next.customCredentials).toEqual([expect.objectContaining({ code: 'CCC', name: 'Certified Cardiology Coder', userDefined: true })]);
    // Into the roster it came from, nothing changes.
    const again = await plan(file, {}, roster);
    expect(again.preview).toMatchObject({ toCreate: 0, toUpdate: 0, unchanged: 1, newCredentialCodes: [] });
    // One sheet by name.
    const one = await plan(file, { sheet: 'Credentials' });
    expect(one.preview.files.map((f) => f.file)).toEqual(['roster.xlsx']);
    expect(fs.existsSync(file)).toBe(true);
  });
});

describe('problem messages speak the window\'s words', () => {
  it('no message from any HR export names a command-line flag; the flags travel as the problem\'s command-line remedy', async () => {
    const dir = path.dirname(hr('adp-workforce-now.csv'));
    const messages: string[] = [];
    for (const name of fs.readdirSync(dir)) {
      const p = await plan(path.join(dir, name));
      messages.push(...p.preview.problems.map((x) => x.message));
    }
    expect(messages.length).toBeGreaterThan(3);
    expect(messages.filter((m) => /--[a-z]|command line/.test(m))).toEqual([]);
  });
});
