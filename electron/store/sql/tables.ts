/** Each stored record's table and columns (see schema-steps.ts for the tables themselves). */
import { recordCodec } from './record-codec';

export const PERSON = recordCodec(
  [
    ['employeeId', 'employee_id', 'text'],
    ['firstName', 'first_name', 'text'],
    ['lastName', 'last_name', 'text'],
    ['unit', 'unit', 'text'],
    ['jobTitle', 'job_title', 'text'],
    ['employmentStatus', 'employment_status', 'text'],
    ['hireDate', 'hire_date', 'text'],
    ['fte', 'fte', 'number'],
    ['email', 'email', 'text'],
    ['isRn', 'is_rn', 'bool'],
    ['hsDiploma', 'hs_diploma', 'bool'],
    ['notes', 'notes', 'text'],
    ['aapcMembershipRenewsOn', 'aapc_membership_renews_on', 'text'],
  ],
  ['credentials', 'experience', 'education', 'examApplications'],
);

export const CREDENTIAL = recordCodec(
  [
    ['id', 'id', 'text'],
    ['code', 'code', 'text'],
    ['number', 'number', 'text'],
    ['issuer', 'issuer', 'text'],
    ['earnedOn', 'earned_on', 'text'],
    ['expiresOn', 'expires_on', 'text'],
    ['verifiedOn', 'verified_on', 'text'],
    ['ceusEarned', 'ceus_earned', 'number'],
    ['cycleStart', 'cycle_start', 'text'],
    ['cycleEnd', 'cycle_end', 'text'],
  ],
  ['ceuEntries'],
);

export const CEU_ENTRY = recordCodec([
  ['date', 'done_on', 'text'],
  ['title', 'title', 'text'],
  ['hours', 'hours', 'number'],
  ['provider', 'provider', 'text'],
]);

export const EXPERIENCE = recordCodec([
  ['id', 'id', 'text'],
  ['employer', 'employer', 'text'],
  ['start', 'start_on', 'text'],
  ['end', 'end_on', 'text'],
  ['directCoding', 'direct_coding', 'bool'],
]);

export const EDUCATION = recordCodec([
  ['id', 'id', 'text'],
  ['program', 'program', 'text'],
  ['completedOn', 'completed_on', 'text'],
  ['components', 'components', 'json'],
  ['cahiimAccredited', 'cahiim_accredited', 'bool'],
]);

export const EXAM_APPLICATION = recordCodec([
  ['id', 'id', 'text'],
  ['exam', 'exam', 'text'],
  ['appliedOn', 'applied_on', 'text'],
  ['approvedOn', 'approved_on', 'text'],
  ['windowEndsOn', 'window_ends_on', 'text'],
  ['extensions', 'extensions', 'json'],
  ['scheduledOn', 'scheduled_on', 'text'],
  ['result', 'result', 'text'],
  ['scaledScore', 'scaled_score', 'number'],
  ['resultOn', 'result_on', 'text'],
]);

export const ACKNOWLEDGEMENT = recordCodec([
  ['itemKey', 'item_key', 'text'],
  ['at', 'at', 'text'],
  ['note', 'note', 'text'],
]);

export const IMPORT = recordCodec([
  ['id', 'id', 'text'],
  ['at', 'at', 'text'],
  ['files', 'files', 'json'],
  ['backupFile', 'backup_file', 'text'],
  ['created', 'created', 'number'],
  ['updated', 'updated', 'number'],
  ['changeId', 'change_id', 'number'],
]);

/** A person's lists kept in their own tables, with the codec and table of each. */
export const PERSON_LISTS = [
  { prop: 'credentials', table: 'credentials', codec: CREDENTIAL },
  { prop: 'experience', table: 'experience', codec: EXPERIENCE },
  { prop: 'education', table: 'education', codec: EDUCATION },
  { prop: 'examApplications', table: 'exam_applications', codec: EXAM_APPLICATION },
] as const;
