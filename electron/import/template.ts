import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { toDate } from '../../shared/dates';
import type { ImportField } from '../../shared/types';
import { IMPORT_FIELDS } from '../../shared/types';
import { CSV_LINE_END, csvLine } from './csv-cell';

/** One readable example: a CCS holder with a coding job and a completed coding program. */
export const TEMPLATE_EXAMPLE_ROW: Readonly<Record<ImportField, string>> = {
  employee_id: '000123',
  first_name: 'Maria',
  last_name: 'Lopez',
  full_name: 'Lopez, Maria',
  unit: 'Inpatient Coding',
  job_title: 'Coder II',
  employment_status: 'Active',
  hire_date: '2019-06-03',
  fte: '1.0',
  email: 'maria.lopez@example.org',
  is_rn: 'N',
  hs_diploma: 'Y',
  credential: 'CCS',
  credential_number: 'AH-123456',
  issuer: 'AHIMA',
  earned_on: '2021-04-15',
  expires_on: '2027-04-14',
  verified_on: '2025-05-01',
  ceus_earned: '12',
  experience_start: '2019-06-03',
  experience_end: '',
  employer: 'Mercy General',
  direct_coding: 'Y',
  program_name: 'Medical Coding Certificate',
  completed_on: '2019-05-17',
  components: 'all',
  cahiim_accredited: 'Y',
};

const DATE_FIELDS: ReadonlySet<ImportField> = new Set<ImportField>([
  'hire_date', 'earned_on', 'expires_on', 'verified_on', 'experience_start', 'experience_end', 'completed_on',
]);

/** Writes the import template: exactly the canonical headers and one example row. */
export async function writeImportTemplate(format: 'csv' | 'xlsx', outFile: string): Promise<void> {
  if (format === 'csv') {
    const lines = [csvLine(IMPORT_FIELDS), csvLine(IMPORT_FIELDS.map((f) => TEMPLATE_EXAMPLE_ROW[f]))];
    await writeFile(outFile, '\uFEFF' + lines.join(CSV_LINE_END) + CSV_LINE_END, 'utf8');
    return;
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Import', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = IMPORT_FIELDS.map((field) => ({
    header: field,
    key: field,
    width: Math.max(field.length, TEMPLATE_EXAMPLE_ROW[field].length) + 2,
    // Text format keeps IDs' leading zeros when users type more rows.
    style: field === 'employee_id' ? { numFmt: '@' } : DATE_FIELDS.has(field) ? { numFmt: 'yyyy-mm-dd' } : {},
  }));
  const example: Record<string, string | Date | number | null> = {};
  for (const field of IMPORT_FIELDS) {
    const text = TEMPLATE_EXAMPLE_ROW[field];
    if (text === '') example[field] = null;
    else if (DATE_FIELDS.has(field)) example[field] = excelDate(text);
    else example[field] = text;
  }
  sheet.addRow(example);
  sheet.getRow(1).font = { bold: true };
  await workbook.xlsx.writeFile(outFile);
}

/** Excel date cells carry no time zone: write the calendar date as UTC midnight. */
function excelDate(iso: string): Date {
  const local = toDate(iso);
  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
}
