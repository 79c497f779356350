import type { EducationComponent, EmploymentStatus } from '../../shared/types';
import { EDUCATION_COMPONENTS, EDUCATION_COMPONENT_LABELS } from '../../shared/types';
import type { Parsed } from './parse-dates';
import type { RawCell } from './read-table';
import { employeeIdSchema } from '../../shared/schemas';

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });
const fold = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[^a-z0-9]/g, '');

const TRUE_WORDS: ReadonlySet<string> = new Set(['y', 'yes', 'true', 't', '1', 'x', 'on', 'checked']);
const FALSE_WORDS: ReadonlySet<string> = new Set(['n', 'no', 'false', 'f', '0', 'off', 'unchecked']);

export function parseBoolean(cell: RawCell): Parsed<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  if (typeof cell === 'number') {
    if (cell === 1) return ok(true);
    if (cell === 0) return ok(false);
  }
  const word = typeof cell === 'string' ? cell.trim().toLowerCase() : '';
  if (TRUE_WORDS.has(word)) return ok(true);
  if (FALSE_WORDS.has(word)) return ok(false);
  return fail('is not a yes/no value (use Y or N)');
}

const STATUS_WORDS: Readonly<Record<string, EmploymentStatus>> = {
  active: 'active', a: 'active', act: 'active', current: 'active', employed: 'active', activeassignment: 'active',
  fulltime: 'active', parttime: 'active', perdiem: 'active', prn: 'active', paidleave: 'leave',
  loa: 'leave', leave: 'leave', onleave: 'leave', leaveofabsence: 'leave', l: 'leave', suspended: 'leave',
  fmla: 'leave', unpaidleave: 'leave', suspendassignment: 'leave',
  terminated: 'terminated', term: 'terminated', t: 'terminated', termed: 'terminated',
  separated: 'terminated', resigned: 'terminated', retired: 'terminated', former: 'terminated',
  withdrawn: 'terminated', ended: 'terminated', terminate: 'terminated', terminatedassignment: 'terminated',
  // "Inactive" is left out on purpose: it means on leave at one hospital and gone at the next, so the import asks.
};

export function parseEmploymentStatus(cell: RawCell): Parsed<EmploymentStatus> {
  const status = STATUS_WORDS[fold(String(cell ?? ''))];
  return status ? ok(status) : fail('is not an employment status (use Active, Leave or Terminated)');
}

/** A plain number; accepts `1,5` written with a decimal comma. */
export function parseNumber(cell: RawCell): Parsed<number> {
  if (typeof cell === 'number') return ok(cell);
  if (typeof cell !== 'string') return fail('is not a number');
  const text = cell.trim().replace(/^(\d+),(\d+)$/, '$1.$2');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return fail('is not a number');
  return ok(Number(text));
}

/** FTE as a fraction; `80%` reads as 0.8. */
export function parseFte(cell: RawCell): Parsed<number> {
  const percent = typeof cell === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(cell) : null;
  const parsed = percent ? ok(Number(percent[1]) / 100) : parseNumber(cell);
  if (!parsed.ok) return fail('is not an FTE (a number from 0 to 1.5, like 1.0 or 0.8)');
  if (parsed.value < 0 || parsed.value > 1.5) return fail('is not an FTE: it must be between 0 and 1.5');
  return ok(Math.round(parsed.value * 10_000) / 10_000);
}

const COMPONENT_WORDS: ReadonlyMap<string, EducationComponent> = (() => {
  const words = new Map<string, EducationComponent>();
  const add = (component: EducationComponent, ...names: string[]): void => {
    for (const name of names) words.set(fold(name), component);
  };
  for (const c of EDUCATION_COMPONENTS) add(c, c, EDUCATION_COMPONENT_LABELS[c]);
  add('anatomy-physiology', 'Anatomy & Physiology', 'Anatomy and Physiology', 'Anatomy', 'A&P', 'AP');
  add('pathophysiology', 'Pathophysiology', 'Patho', 'Pathology');
  add('pharmacology', 'Pharmacology', 'Pharm');
  add('medical-terminology', 'Medical Terminology', 'Med Term', 'Terminology');
  add('reimbursement-methodology', 'Reimbursement Methodology', 'Reimbursement', 'Reimbursement Methodologies');
  add('icd-coding', 'ICD', 'ICD Coding', 'ICD-10', 'ICD-10-CM', 'ICD-10-PCS', 'ICD-10-CM/PCS', 'ICD-10-CM & PCS', 'Diagnostic Coding',
    'Intermediate/Advanced ICD Coding', 'Advanced ICD Coding', 'ICD Diagnostic/Procedural Coding');
  add('cpt-coding', 'CPT', 'CPT Coding', 'CPT/HCPCS', 'Procedural Coding');
  return words;
})();

/** A `;`, `,` or `|` separated list of the seven subjects, or `all`. */
export function parseComponents(cell: RawCell): Parsed<EducationComponent[]> {
  const text = typeof cell === 'string' ? cell : String(cell ?? '');
  const found = new Set<EducationComponent>();
  for (const part of text.split(/[;,|\n]/)) {
    const key = fold(part);
    if (key === '') continue;
    if (key === 'all' || key === 'allseven' || key === 'allcomponents') {
      for (const c of EDUCATION_COMPONENTS) found.add(c);
      continue;
    }
    const component = COMPONENT_WORDS.get(key);
    if (!component) {
      return fail(`lists "${part.trim()}", which is not one of the seven subjects (Anatomy & Physiology, Pathophysiology, Pharmacology, Medical Terminology, Reimbursement, ICD, CPT, or "all")`);
    }
    found.add(component);
  }
  return ok(EDUCATION_COMPONENTS.filter((c) => found.has(c)));
}

/** Plain text of a cell (numbers without a trailing `.0`). */
export function parseText(cell: RawCell): string {
  if (cell === null) return '';
  // exceljs gives an Invalid Date for a date-formatted number beyond its range.
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return numberText(cell);
  return String(cell).trim();
}

function numberText(n: number): string {
  return Number.isInteger(n) ? BigInt(n).toString() : String(n);
}

/** employeeIdSchema's longest ID. */
const EMPLOYEE_ID_MAX = 64;
const ID_TOO_LONG = 'is too long for an employee ID (64 characters at most)';

/** Employee id as text; a workbook number keeps its digits but its leading zeros may be gone. */
export function parseEmployeeId(cell: RawCell): Parsed<{ id: string; fromNumber: boolean }> {
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 0) return fail('is not an employee ID (a whole number or text was expected)');
    const id = numberText(cell);
    // A huge number (1e64) is an integer too; its digits must still fit the roster's ID rule.
    if (!employeeIdSchema.safeParse(id).success) return fail(ID_TOO_LONG);
    return ok({ id, fromNumber: true });
  }
  const id = parseText(cell);
  if (id === '') return fail('Employee ID is missing');
  // Already trimmed and not empty, so the schema's length rule is all that is left to check.
  if (id.length > EMPLOYEE_ID_MAX && !employeeIdSchema.safeParse(id).success) return fail(ID_TOO_LONG);
  return ok({ id, fromNumber: false });
}

/**
 * "Last, First" or "First Last" (the last word is the family name). Workday writes a worker as
 * "Kofi Quispe (016613)": a trailing bracket holding a number is the ID, not part of the name.
 */
export function splitFullName(text: string): Parsed<{ firstName: string; lastName: string }> {
  const name = text.replace(/\s*\([^()]*\d[^()]*\)\s*$/, '').replace(/\s+/g, ' ').trim();
  const comma = name.indexOf(',');
  if (comma >= 0) {
    const lastName = name.slice(0, comma).trim();
    const firstName = name.slice(comma + 1).trim();
    if (lastName && firstName) return ok({ firstName, lastName });
    return fail('is not a full name (write "Last, First" or "First Last")');
  }
  const space = name.lastIndexOf(' ');
  if (space <= 0) return fail('is only one word: a full name needs a first and a last name');
  return ok({ firstName: name.slice(0, space), lastName: name.slice(space + 1) });
}
