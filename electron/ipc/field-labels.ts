/** The words a manager sees for each input field named in a validation message. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
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
  program: 'Program name',
  completedOn: 'Completion date',
  components: 'Subjects covered',
  cahiimAccredited: 'CAHIIM accredited',
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
};

/** "Credential ▸ Expiry date", "Files ▸ item 2"; the whole request when the path is empty. */
export function labelForPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'The request';
  return path
    .map((key) => {
      if (typeof key === 'number') return `item ${key + 1}`;
      const name = String(key);
      return FIELD_LABELS[name] ?? `"${name}"`;
    })
    .join(' ▸ ');
}
