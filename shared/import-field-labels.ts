import type { ImportField } from './types';

/**
 * The words a manager sees for each import field: the same words the person screen and the
 * reports use ("Employee ID", "FTE", "RN"), never the template's machine names.
 */
export const IMPORT_FIELD_LABELS: Readonly<Record<ImportField, string>> = {
  employee_id: 'Employee ID',
  first_name: 'First name',
  last_name: 'Last name',
  full_name: 'Full name (Last, First)',
  unit: 'Unit',
  job_title: 'Job title',
  employment_status: 'Employment status',
  hire_date: 'Hire date',
  fte: 'FTE',
  email: 'Email',
  is_rn: 'RN',
  hs_diploma: 'High-school diploma',
  credential: 'Credential',
  credential_number: 'Credential number',
  issuer: 'Credential issuer',
  earned_on: 'Credential date earned',
  expires_on: 'Credential expiry date',
  verified_on: 'Credential date verified',
  ceus_earned: 'CEUs earned',
  experience_start: 'Experience start date',
  experience_end: 'Experience end date',
  employer: 'Employer',
  direct_coding: 'Direct coding (yes/no)',
  program_name: 'Training program',
  completed_on: 'Program completion date',
  components: 'Program subjects covered',
  cahiim_accredited: 'CAHIIM-accredited program',
};
