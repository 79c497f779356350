import type { ImportField } from '../../shared/types';

/**
 * Header spellings met in HR exports, per field: Oracle HCM, Workday, ADP Workforce Now, UKG
 * (Pro and Kronos Workforce Central/Dimensions), Infor/Lawson, Epic's employee extracts, Deltek
 * and hand-made sheets. Matching ignores case, spaces and punctuation, and reads `#` as "number";
 * the field's own name (`employee_id`) always matches too. Date columns named only by their role
 * ("Coding Start", "Credential Expires") are matched in `header-roles.ts`.
 */
export const FIELD_ALIASES: Readonly<Record<ImportField, readonly string[]>> = {
  employee_id: [
    'Employee ID', 'Emp ID', 'EmpID', 'Employee Number', 'Employee No', 'Employee #', 'Emp #', 'Emp No', 'Emp Nbr', 'Emp Number',
    'Person Number', 'Person ID', 'Worker ID', 'Unique ID', 'Badge Number', 'EEID', 'ID',
    // ADP
    'Associate ID', 'Associate Number', 'File Number', 'File #',
    // Workday
    'Employee_ID', 'Worker Number', 'Employee Reference ID',
    // UKG / Kronos
    'Employee Num', 'Person Num', 'Badge ID',
    // Infor / Lawson
    'Employee', 'Emp', 'Company Employee',
    // Epic
    'EMP ID', 'Employee Record ID', 'HR ID', 'Payroll ID', 'Payroll Number', 'Staff ID', 'Staff Number',
  ],
  first_name: ['First Name', 'Given Name', 'First', 'FName', 'Preferred First Name', 'Legal First Name', 'Legal Name - First Name', 'Employee First Name', 'Worker First Name'],
  last_name: ['Last Name', 'Surname', 'Family Name', 'Last', 'LName', 'Legal Last Name', 'Legal Name - Last Name', 'Employee Last Name', 'Worker Last Name'],
  full_name: [
    'Name', 'Full Name', 'Employee Name', 'Worker Name', 'Person Name', 'Display Name',
    'Worker', 'Associate Name', 'Employee Full Name', 'Legal Name', 'Preferred Name', 'Name (Last, First)', 'Emp Name', 'Staff Name',
  ],
  unit: [
    'Department', 'Dept', 'Unit', 'Cost Center', 'Cost Centre', 'Department Name', 'Organization', 'Work Unit',
    'Home Department', 'Home Department Description', 'Home Dept', 'Department Description', 'Dept Description', 'Dept Name',
    'Supervisory Organization', 'Cost Center Name', 'Home Labor Account', 'Primary Labor Account', 'Home Account',
    'Process Level', 'Nursing Unit', 'Department Long Name',
    // UKG Pro exports its organisation levels by number, and customers commonly keep the department at level 2;
    // lowest in rank, so a column named for the department still wins
    'Org Level 2 Description', 'Org Level 2 Desc', 'Org Level 2',
  ],
  job_title: [
    'Title', 'Job Title', 'Position', 'Position Title', 'Job', 'Job Name', 'Role',
    'Job Title Description', 'Business Title', 'Job Profile', 'Job Description', 'Job Code Description', 'Primary Job', 'Position Description',
  ],
  employment_status: [
    'Status', 'Employment Status', 'Assignment Status', 'Employee Status', 'Worker Status',
    'Position Status', 'Emp Status', 'Active Status', 'Employment Status Description', 'Person Status', 'Assignment Status Type',
  ],
  hire_date: [
    'Hire Date', 'Date of Hire', 'Hired', 'Hired On', 'Original Hire Date',
    'Hire/Rehire Date', 'Rehire Date', 'Most Recent Hire Date', 'Latest Hire Date', 'Seniority Date', 'Service Date', 'Start Date of Employment',
  ],
  fte: ['FTE', 'Full Time Equivalent', 'FTE Value', 'Scheduled FTE', 'Standard FTE', 'FTE %', 'Budgeted FTE', 'Scheduled Weekly Hours FTE'],
  email: ['Email', 'E-mail', 'Email Address', 'Work Email', 'Work Email Address', 'Primary Work Email', 'Business Email'],
  is_rn: ['RN', 'Is RN', 'Registered Nurse'],
  hs_diploma: [
    'High School Diploma', 'HS Diploma', 'Diploma', 'GED', 'High School Diploma/GED', 'HS Diploma/GED', 'Diploma/GED',
    'Diploma or Equivalent', 'High School Diploma or Equivalent', 'HS Diploma or Equivalent', 'High School Graduate', 'HS Graduate',
    'HS Grad', 'High School Completed', 'GED or Diploma',
  ],
  credential: [
    'Certification', 'Certification Name', 'Credential', 'Credential Name', 'Cert', 'Cert Name',
    'License Type', 'License', 'Registration', 'Qualification', 'Certification Code', 'Credential Code',
    // ADP, Lawson, UKG, Workday, Epic
    'License/Certification', 'License/Certification Code', 'License/Certification Description', 'License or Certification',
    'Lic/Cert', 'Lic/Cert Code', 'Lic/Cert Description', 'Lic Cert Code', 'License Code', 'License Description',
    'Certification Type', 'Certification Description', 'Credential Type', 'Credential Description', 'Professional Credential',
    'Certification/License', 'Certification/License Name', 'Competency', 'License Certification Type',
  ],
  credential_number: [
    'Certification Number', 'Cert Number', 'Cert #', 'Cert No', 'Credential Number', 'Credential #',
    'License Number', 'License #', 'License No', 'RegistrationNo', 'Registration Number', 'Member Number',
    'Lic/Cert Number', 'Lic/Cert #', 'Lic/Cert No', 'License/Certification Number', 'License/Certification ID', 'Certification ID',
    'Credential ID', 'Member ID', 'Membership Number', 'Certificate Number',
  ],
  issuer: [
    'Issued By', 'Issuer', 'Certifying Body', 'License Authority', 'Issuing Body', 'Issuing Organization', 'Certifying Organization',
    'Issuing Authority', 'Issuing Agency', 'Granting Body', 'Credentialing Body', 'Certifying Agency',
  ],
  earned_on: [
    'Issue Date', 'Issued Date', 'Issued', 'Issued On', 'Date Issued', 'Date Earned', 'DateEarned', 'Earned Date', 'Earned On',
    'Certification Date', 'Date Achieved', 'Valid From', 'License Issue Date', 'Date Certified',
    'Credential Earned', 'Date Acquired', 'Acquired Date', 'Obtained Date', 'Date Obtained', 'License Effective Date',
    'Certification Effective Date', 'Certification Start Date', 'Initial Certification Date', 'Original Issue Date',
  ],
  expires_on: [
    'Expiration Date', 'Expiration', 'Expiry', 'Expiry Date', 'Exp Date', 'Expires', 'Expires On', 'DateExpires',
    'Valid Until', 'Valid To', 'License Expiration Date', 'Cycle End',
    'Credential Expires', 'Exp Dt', 'Expire Date', 'Renewal Date', 'Renew Date', 'Renewal Due Date',
    'License Expiration', 'Certification Expiration', 'Certification Expiration Date', 'Certification End Date', 'License Exp Date',
  ],
  verified_on: ['Verified', 'Verified On', 'Verification Date', 'Date Verified', 'Last Verified', 'Primary Source Verified', 'PSV Date'],
  ceus_earned: ['CEUs', 'CEUs Earned', 'CEU', 'CEU Hours', 'Continuing Education Units', 'CE Hours', 'CEU Credits'],
  experience_start: [
    'Experience Start', 'Coding Experience Start', 'Coding Start Date', 'Experience Start Date', 'Period Start',
    'Coding Start', 'Coding From', 'Experience From', 'Coding Begin Date',
  ],
  experience_end: [
    'Experience End', 'Coding Experience End', 'Coding End Date', 'Experience End Date', 'Period End',
    'Coding End', 'Coding To', 'Experience To', 'Coding Through',
  ],
  employer: ['Employer', 'Employer Name', 'Company', 'Organization Name', 'Company Name'],
  direct_coding: [
    'Direct Coding', 'Directly Applying Codes', 'Coding Role', 'Direct Coding Experience',
    'Direct Coding (Y/N)', 'Direct Coder', 'Applies Codes', 'Coding Position',
  ],
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
