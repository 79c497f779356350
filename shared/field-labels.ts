/**
 * The words a manager sees for each field, in one table: request and form messages, the store's
 * messages, the import's columns and its preview of changes. Labels start with a capital; inside a
 * sentence `midSentence` lowers it ("employee ID", but "FTE").
 */
import type { ImportField } from './types';

const LABELS = {
  employeeId: 'Employee ID',
  firstName: 'First name',
  lastName: 'Last name',
  unit: 'Unit',
  jobTitle: 'Job title',
  employmentStatus: 'Employment status',
  hireDate: 'Hire date',
  fte: 'FTE',
  email: 'Email',
  isRn: 'RN',
  hsDiploma: 'High-school diploma',
  notes: 'Notes',
  person: 'Person',
  changes: 'Changes',
  credential: 'Credential',
  code: 'Credential',
  number: 'Credential number',
  issuer: 'Issuer',
  earnedOn: 'Date earned',
  expiresOn: 'Expiry date',
  verifiedOn: 'Date verified',
  ceusEarned: 'CEUs earned',
  experience: 'Experience',
  employer: 'Employer',
  start: 'Start date',
  end: 'End date',
  directCoding: 'Direct coding',
  education: 'Education',
  program: 'Training program',
  completedOn: 'Completion date',
  components: 'Subjects covered',
  cahiimAccredited: 'CAHIIM-accredited program',
  ruleSet: 'Rule set',
  expiryWarningDays: 'Expiry warning (days)',
  organisationName: 'Organisation name',
  difAccepted: 'Credentials accepted on the DIF',
  name: 'Name',
  body: 'Certifying body',
  coding: 'Coding credential',
  ceusPerCycle: 'CEUs per cycle',
  cycleYears: 'Cycle length (years)',
  files: 'Files',
  options: 'Options',
  dayFirst: 'Day-first dates',
  skipInvalid: 'Skip invalid rows',
  sheet: 'Sheet',
  mapping: 'Column mapping',
  asOf: 'As-of date',
  kind: 'Report',
  rnOnly: 'RNs only',
  allEmployees: 'All employees',
  windows: 'Expiry windows',
  format: 'Format',
  file: 'File',
  url: 'Web address',
  id: 'Record',
  cycleStart: 'Cycle start date',
  cycleEnd: 'Cycle end date',
  ceuEntries: 'CEU entries',
  aapcMembershipRenewsOn: 'AAPC membership renewal date',
  examApplications: 'Exam applications',
  reminders: 'Reminder settings',
  examFacts: 'Exam facts',
  leadDays: 'Reminder lead days',
  leadDaysByCode: 'Reminder lead days by credential',
  acknowledgements: 'Acknowledgements',
  importMappings: 'Remembered import mappings',
  customCredentials: 'Custom credential',
  schemaVersion: 'Data format number',
} as const;

/** Labels by field name, for a name that comes from a path or a change at run time. */
export const FIELD_LABELS: Readonly<Record<string, string>> = LABELS;

/** A label inside a sentence: the first letter lowered unless the label starts with an abbreviation. */
export function midSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) || /^[A-Z]$/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** What one item of a stored list is called: "credential CCS", "experience period 2". */
export const ITEM_LABELS: Readonly<Record<string, string>> = {
  credentials: 'credential',
  experience: 'experience period',
  education: 'education',
  customCredentials: 'custom credential',
  imports: 'import record',
  ceuEntries: 'CEU entry',
  examApplications: 'exam application',
  acknowledgements: 'acknowledgement',
};

const ofRecord = (record: string, field: keyof typeof LABELS): string => `${record} ${midSentence(LABELS[field])}`;

/**
 * The import's columns, in the same words: a column of a credential or a program says whose field
 * it is ("Credential expiry date"), since an import row holds several records side by side.
 */
export const IMPORT_FIELD_LABELS: Readonly<Record<ImportField, string>> = {
  employee_id: LABELS.employeeId,
  first_name: LABELS.firstName,
  last_name: LABELS.lastName,
  full_name: 'Full name (Last, First)',
  unit: LABELS.unit,
  job_title: LABELS.jobTitle,
  employment_status: LABELS.employmentStatus,
  hire_date: LABELS.hireDate,
  fte: LABELS.fte,
  email: LABELS.email,
  is_rn: LABELS.isRn,
  hs_diploma: LABELS.hsDiploma,
  credential: LABELS.credential,
  credential_number: LABELS.number,
  issuer: ofRecord('Credential', 'issuer'),
  earned_on: ofRecord('Credential', 'earnedOn'),
  expires_on: ofRecord('Credential', 'expiresOn'),
  verified_on: ofRecord('Credential', 'verifiedOn'),
  ceus_earned: LABELS.ceusEarned,
  experience_start: ofRecord('Experience', 'start'),
  experience_end: ofRecord('Experience', 'end'),
  employer: LABELS.employer,
  direct_coding: `${LABELS.directCoding} (yes/no)`,
  program_name: LABELS.program,
  completed_on: ofRecord('Program', 'completedOn'),
  components: ofRecord('Program', 'components'),
  cahiim_accredited: LABELS.cahiimAccredited,
};

