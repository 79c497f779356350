import type { ImportField } from '../../shared/types';

/**
 * Header spellings met in HR exports (Oracle HCM, Workday, Deltek, hand-made sheets), per field.
 * Matching ignores case, spaces and punctuation, and reads `#` as "number"; the field's own
 * name (`employee_id`) always matches too.
 */
export const FIELD_ALIASES: Readonly<Record<ImportField, readonly string[]>> = {
  employee_id: [
    'Employee ID', 'Emp ID', 'EmpID', 'Employee Number', 'Employee No', 'Employee #', 'Emp #', 'Emp No',
    'Person Number', 'Person ID', 'Worker ID', 'Unique ID', 'Badge Number', 'EEID', 'ID',
  ],
  first_name: ['First Name', 'Given Name', 'First', 'FName', 'Preferred First Name'],
  last_name: ['Last Name', 'Surname', 'Family Name', 'Last', 'LName'],
  full_name: ['Name', 'Full Name', 'Employee Name', 'Worker Name', 'Person Name', 'Display Name'],
  unit: ['Department', 'Dept', 'Unit', 'Cost Center', 'Cost Centre', 'Department Name', 'Organization', 'Work Unit'],
  job_title: ['Title', 'Job Title', 'Position', 'Position Title', 'Job', 'Job Name', 'Role'],
  employment_status: ['Status', 'Employment Status', 'Assignment Status', 'Employee Status', 'Worker Status'],
  hire_date: ['Hire Date', 'Date of Hire', 'Hired', 'Hired On', 'Original Hire Date'],
  fte: ['FTE', 'Full Time Equivalent', 'FTE Value', 'Scheduled FTE'],
  email: ['Email', 'E-mail', 'Email Address', 'Work Email'],
  is_rn: ['RN', 'Is RN', 'Registered Nurse'],
  hs_diploma: [
    'High School Diploma', 'HS Diploma', 'Diploma', 'GED', 'High School Diploma/GED', 'HS Diploma/GED', 'Diploma/GED',
    'Diploma or Equivalent', 'High School Diploma or Equivalent', 'HS Diploma or Equivalent', 'High School Graduate', 'HS Graduate',
    'HS Grad', 'High School Completed', 'GED or Diploma',
  ],
  credential: [
    'Certification', 'Certification Name', 'Credential', 'Credential Name', 'Cert', 'Cert Name',
    'License Type', 'License', 'Registration', 'Qualification', 'Certification Code', 'Credential Code',
  ],
  credential_number: [
    'Certification Number', 'Cert Number', 'Cert #', 'Cert No', 'Credential Number', 'Credential #',
    'License Number', 'License #', 'License No', 'RegistrationNo', 'Registration Number', 'Member Number',
  ],
  issuer: ['Issued By', 'Issuer', 'Certifying Body', 'License Authority', 'Issuing Body', 'Issuing Organization', 'Certifying Organization'],
  earned_on: [
    'Issue Date', 'Issued Date', 'Issued', 'Issued On', 'Date Issued', 'Date Earned', 'DateEarned', 'Earned Date', 'Earned On',
    'Certification Date', 'Date Achieved', 'Valid From', 'License Issue Date', 'Date Certified',
  ],
  expires_on: [
    'Expiration Date', 'Expiration', 'Expiry', 'Expiry Date', 'Exp Date', 'Expires', 'Expires On', 'DateExpires',
    'Valid Until', 'Valid To', 'License Expiration Date', 'Cycle End',
  ],
  verified_on: ['Verified', 'Verified On', 'Verification Date', 'Date Verified', 'Last Verified'],
  ceus_earned: ['CEUs', 'CEUs Earned', 'CEU', 'CEU Hours', 'Continuing Education Units'],
  experience_start: ['Experience Start', 'Coding Experience Start', 'Coding Start Date', 'Experience Start Date', 'Period Start'],
  experience_end: ['Experience End', 'Coding Experience End', 'Coding End Date', 'Experience End Date', 'Period End'],
  employer: ['Employer', 'Employer Name', 'Company', 'Organization Name'],
  direct_coding: ['Direct Coding', 'Directly Applying Codes', 'Coding Role', 'Direct Coding Experience'],
  program_name: ['Program', 'Training Program', 'Coding Program', 'Program Name', 'Education Program', 'School Program'],
  completed_on: ['Completion Date', 'Completed On', 'Completed', 'Date Completed', 'Program Completion Date', 'Graduation Date'],
  components: ['Components', 'Program Components', 'Subjects', 'Course Components', 'Topics Covered'],
  cahiim_accredited: ['CAHIIM Accredited', 'CAHIIM', 'Accredited', 'CAHIIM Accreditation'],
};

/** Fields that describe a credential, an experience period or an education record (may repeat in numbered groups). */
export const RECORD_FIELDS: ReadonlySet<ImportField> = new Set<ImportField>([
  'credential', 'credential_number', 'issuer', 'earned_on', 'expires_on', 'verified_on', 'ceus_earned',
  'experience_start', 'experience_end', 'employer', 'direct_coding',
  'program_name', 'completed_on', 'components', 'cahiim_accredited',
]);
