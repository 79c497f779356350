/**
 * Domain types shared by the main process, the CLI and the window.
 * Plain readonly data: functions take values and return values.
 * Dates are calendar dates written `YYYY-MM-DD` (see `dates.ts`); never `Date` objects.
 */

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export const EMPLOYMENT_STATUSES = ['active', 'leave', 'terminated'] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];

/** The seven subjects a coding training program must cover for the education pathway. */
export const EDUCATION_COMPONENTS = [
  'anatomy-physiology',
  'pathophysiology',
  'pharmacology',
  'medical-terminology',
  'reimbursement-methodology',
  'icd-coding',
  'cpt-coding',
] as const;
export type EducationComponent = (typeof EDUCATION_COMPONENTS)[number];

export const EDUCATION_COMPONENT_LABELS: Readonly<Record<EducationComponent, string>> = {
  'anatomy-physiology': 'Anatomy & physiology',
  pathophysiology: 'Pathophysiology',
  pharmacology: 'Pharmacology',
  'medical-terminology': 'Medical terminology',
  'reimbursement-methodology': 'Reimbursement methodology',
  'icd-coding': 'Intermediate/advanced ICD diagnostic/procedural coding',
  'cpt-coding': 'CPT coding',
};

/** One credential a person holds (or held). */
export interface Credential {
  readonly id: string;
  /** Catalog code, upper case (`CCS`, `CCS-P`, or a user-defined code). */
  readonly code: string;
  readonly number?: string;
  readonly issuer?: string;
  readonly earnedOn?: IsoDate;
  /** Expiry date, or the end of the current certification cycle. */
  readonly expiresOn?: IsoDate;
  readonly verifiedOn?: IsoDate;
  /** CEUs earned in the current cycle. */
  readonly ceusEarned?: number;
  /** The user's recertification cycle dates; they win over the certifying body's rule. */
  readonly cycleStart?: IsoDate;
  readonly cycleEnd?: IsoDate;
  /** Dated CEU activities; when present they win over `ceusEarned`. */
  readonly ceuEntries?: readonly CeuEntry[];
}

/** A period of coding work. Both ends are included; no `end` means ongoing. */
export interface ExperiencePeriod {
  readonly id: string;
  readonly employer?: string;
  readonly start: IsoDate;
  readonly end?: IsoDate;
  /** Only periods spent directly applying codes count toward eligibility. */
  readonly directCoding: boolean;
}

export interface Education {
  readonly id: string;
  readonly program: string;
  readonly completedOn?: IsoDate;
  readonly components: readonly EducationComponent[];
  readonly cahiimAccredited?: boolean;
}

export interface Person {
  /** Employee id as text: leading zeros are significant. */
  readonly employeeId: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly unit?: string;
  readonly jobTitle?: string;
  readonly employmentStatus: EmploymentStatus;
  readonly hireDate?: IsoDate;
  /** Full-time equivalent, 0..1.5. */
  readonly fte?: number;
  readonly email?: string;
  readonly isRn?: boolean;
  /** High-school diploma (or equivalent) on record. */
  readonly hsDiploma?: boolean;
  readonly notes?: string;
  /** AAPC membership renewal date: AAPC cycles end on it and its 2-year anniversaries. */
  readonly aapcMembershipRenewsOn?: IsoDate;
  /** CCS (or other) exam applications, oldest first. */
  readonly examApplications?: readonly ExamApplication[];
  readonly credentials: readonly Credential[];
  readonly experience: readonly ExperiencePeriod[];
  readonly education: readonly Education[];
}

// ---------------------------------------------------------------------------
// Recertification records: what a person, a credential and the settings carry. The rules that
// read them (cycles, CEU requirements, reminders, exam checks) are in `recert/`.

/** One continuing-education activity. */
export interface CeuEntry {
  readonly date: IsoDate;
  readonly title: string;
  readonly hours: number;
  /** Who provided it (e.g. `AHIMA`, `FHIMA`, `AAPC`); needed for AHIMA's provider-share rule. */
  readonly provider?: string;
  /** One of AHIMA's mandatory annual coding self-reviews (CCA, CCS and CCS-P holders). */
  readonly selfReview?: boolean;
  /** Within AHIMA's HIIM domains (its domain-share rule); absent: not recorded, as for entries made before it was asked. */
  readonly hiimDomain?: boolean;
}

export interface ReminderSettings {
  /** Days before a cycle end or expiry when a reminder starts; default 90/60/30/7. */
  readonly leadDays: readonly number[];
  /** Per credential code lead times, replacing `leadDays` for that code. */
  readonly leadDaysByCode: Readonly<Record<string, readonly number[]>>;
  /** Exam windows closing within this many days are listed. */
  readonly examWindowDays: number;
  /** How many items the digest body names before "and N more". */
  readonly bodyItems: number;
}

export interface Acknowledgement {
  readonly itemKey: string;
  /** When it was acknowledged: a date or an ISO timestamp. */
  readonly at: string;
  readonly note?: string;
}

export type ExamResult = 'pass' | 'fail' | 'no-show' | 'withdrawn';

export interface WindowExtension {
  readonly grantedOn: IsoDate;
  readonly newEnd: IsoDate;
}

export interface ExamApplication {
  readonly id: string;
  /** The exam applied for; the exam facts' code (CCS) when absent. */
  readonly exam?: string;
  readonly appliedOn: IsoDate;
  readonly approvedOn?: IsoDate;
  /** The window end printed on the approval, when it differs from approval + window days. */
  readonly windowEndsOn?: IsoDate;
  readonly extensions: readonly WindowExtension[];
  readonly scheduledOn?: IsoDate;
  readonly result?: ExamResult;
  readonly scaledScore?: number;
  readonly resultOn?: IsoDate;
}

/** Exam facts that change over time: editable, each with its source. */
export interface ExamFactValues {
  readonly examCode: string;
  readonly durationHours: number;
  readonly scoreMin: number;
  readonly scoreMax: number;
  readonly passingScore: number;
  /** Text: it differs between exam versions ("107"; "115–140"). */
  readonly questionCount: string;
  /** Days from approval within which the exam must be taken. */
  readonly windowDays: number;
  readonly refundFeeUsd: number;
  readonly retakeWaitDays: number;
  /** The waiting period applies to retakes on or after this date. */
  readonly retakeWaitSince: IsoDate;
  readonly retakeWaitCodes: readonly string[];
}

export type ExamFactKey = keyof ExamFactValues;

/** What a user may store to change the exam facts; every field optional. */
export type ExamFactOverrides = Partial<ExamFactValues>;

// ---------------------------------------------------------------------------
// Credential catalog

/** An entry in the credential catalog. */
export interface CredentialDefinition {
  readonly code: string;
  readonly name: string;
  /** Certifying body, e.g. `AHIMA`, `AAPC`, `ACDIS`. */
  readonly body: string;
  /** A coding credential: counts for the other-credential-with-experience pathway when not AHIMA's. */
  readonly coding: boolean;
  /** Accepted on the Magnet DIF/DDCT by default. */
  readonly difAccepted: boolean;
  readonly ceusPerCycle?: number;
  readonly cycleYears?: number;
  /** Other spellings met in HR exports (full names, former names). */
  readonly aliases?: readonly string[];
  /** Added by the user or met in an import; not part of the built-in catalog. */
  readonly userDefined?: boolean;
}

// ---------------------------------------------------------------------------
// Credential status

export type CredentialState =
  | 'pending' // earned date after the as-of date
  | 'active'
  | 'expiring' // active, but expires within the warning window
  | 'expired' // past its expiry (non-AHIMA bodies)
  | 'inactive' // AHIMA: cycle ended, less than 180 days ago
  | 'revoked'; // AHIMA: more than 180 days after the cycle ended

export interface CredentialStatus {
  readonly credentialId: string;
  readonly code: string;
  readonly state: CredentialState;
  /** Days from the as-of date to expiry (negative once past); null when no expiry is recorded. */
  readonly daysLeft: number | null;
}

// ---------------------------------------------------------------------------
// CCS eligibility

export type RuleSetId = 'ccs-required' | 'ccs-recommended';
export const RULE_SET_IDS: readonly RuleSetId[] = ['ccs-required', 'ccs-recommended'];

export type PathwayId =
  | 'by-credential'
  | 'by-education'
  | 'by-experience'
  | 'by-cca-with-experience'
  | 'by-other-credential-with-experience';

/** One pathway of a rule set, as data. */
export type PathwayRule =
  | { readonly id: 'by-credential'; readonly kind: 'credential'; readonly anyOf: readonly string[] }
  | {
      readonly id: 'by-education';
      readonly kind: 'education';
      readonly components: readonly EducationComponent[];
      /** Years of direct coding experience also needed (0 under `ccs-required`). */
      readonly experienceYears: number;
    }
  | { readonly id: 'by-experience'; readonly kind: 'experience'; readonly years: number }
  | {
      readonly id: 'by-cca-with-experience';
      readonly kind: 'credential-and-experience';
      readonly anyOf: readonly string[];
      readonly experienceYears: number;
    }
  | {
      readonly id: 'by-other-credential-with-experience';
      readonly kind: 'other-coding-credential-and-experience';
      /** Coding credentials of these bodies do not count (the exam's own body). */
      readonly excludeBodies: readonly string[];
      readonly experienceYears: number;
    };

export interface RuleSource {
  readonly title: string;
  readonly url: string;
  readonly retrieved: IsoDate;
}

export interface RuleSet {
  readonly id: RuleSetId;
  readonly version: string;
  /** A few words for pickers and headings ("Pathway required"); `title` and `description` say the rest. */
  readonly shortName: string;
  readonly title: string;
  /** `pathway`: one pathway must be met. `diploma`: a diploma is required; pathways are recommended preparation. */
  readonly requirement: 'pathway' | 'diploma';
  readonly description: string;
  readonly sources: readonly RuleSource[];
  readonly pathways: readonly PathwayRule[];
}

/**
 * `diploma-not-recorded`: under a rule set that requires a high-school diploma, none is on record
 * (and none is assumed). It is not "not yet": nothing but the record is missing.
 */
export type CcsStatus = 'certified' | 'eligible' | 'not-yet' | 'diploma-not-recorded';

export type PathwayState = 'met' | 'will-meet' | 'cannot-meet';

export interface PathwayResult {
  readonly id: PathwayId;
  readonly label: string;
  readonly state: PathwayState;
  /** The date it was met, or will be met if ongoing experience continues; null when it cannot be met. */
  readonly metOn: IsoDate | null;
  /** Plain words: how it was met, or what is missing. */
  readonly detail: string;
  /** What is missing, one item each (empty when met). */
  readonly missing: readonly string[];
  /** The records it rests on. */
  readonly basis: {
    readonly credentialIds: readonly string[];
    readonly educationIds: readonly string[];
    readonly experienceIds: readonly string[];
  };
}

export interface EligibilityResult {
  readonly employeeId: string;
  readonly ruleSet: RuleSetId;
  readonly ruleSetVersion: string;
  readonly asOf: IsoDate;
  readonly status: CcsStatus;
  /**
   * A date on which the person is eligible under the rule set: under `ccs-required` the earliest
   * pathway date (past, or future if current work continues); null when none can be met, and under
   * `ccs-recommended` (a diploma's date is never recorded) and for the certified. Never a preparation date.
   */
  readonly eligibleOn: IsoDate | null;
  /** Under `ccs-recommended`: the date the recommended preparation is or will be met; null when it cannot be, and under `ccs-required`. */
  readonly preparedOn: IsoDate | null;
  /** The active CCS credential that makes the person certified. */
  readonly certifiedBy: string | null;
  readonly pathways: readonly PathwayResult[];
  /** Distinct days of direct coding experience before the as-of date. */
  readonly experienceDays: number;
  /** Under `ccs-recommended`: whether the required diploma is on record; null under `ccs-required`. */
  readonly diplomaOnRecord: boolean | null;
  /** The diploma is assumed, not on record: the organisation makes one a condition of employment and the person is current staff. */
  readonly diplomaAssumed: boolean;
  /** Inactive credentials (AHIMA: cycle ended, can still be reinstated), e.g. "CCS inactive — reinstate by 2027-05-03, revoked after". */
  readonly inactiveNotes: readonly string[];
  /** A one-line summary a manager can read. */
  readonly summary: string;
}

// ---------------------------------------------------------------------------
// The stored roster

export interface Settings {
  readonly ruleSet: RuleSetId;
  /** Credentials expiring within this many days are flagged as expiring. */
  readonly expiryWarningDays: number;
  readonly organisationName: string;
  /** Codes accepted on the Magnet DIF; defaults to the catalog's `difAccepted` entries. */
  readonly difAccepted: readonly string[];
  /** Import column mappings remembered by header signature. */
  readonly importMappings: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Answers given in the import's value step (credential spellings, status words, yes/no words), kept for the next file. */
  readonly importValueMappings?: ImportValueMappings;
  /** Reminder lead times and digest options; missing keys take the defaults. */
  readonly reminders?: Partial<ReminderSettings>;
  /** The user's changes to the CCS exam facts; missing keys take the defaults. */
  readonly examFacts?: ExamFactOverrides;
  /**
   * The organisation makes a high-school diploma (or equivalent) a condition of employment for its
   * coding positions: current staff with no diploma recorded count as having one, shown as assumed.
   */
  readonly diplomaConditionOfEmployment?: boolean;
  /** The FTE the Magnet DIF uses for a person with none recorded; absent or null: none is assumed. */
  readonly difAssumedFte?: number | null;
}

export interface ImportRecord {
  readonly id: string;
  readonly at: string; // ISO timestamp
  readonly files: readonly string[];
  /** The backup taken just before the import. */
  readonly backupFile: string;
  readonly created: number;
  readonly updated: number;
  /** The change-log entry of the import's own write: undo reverts exactly what it changed. */
  readonly changeId?: number;
}

export interface RosterData {
  readonly schemaVersion: number;
  readonly people: readonly Person[];
  readonly customCredentials: readonly CredentialDefinition[];
  readonly settings: Settings;
  readonly imports: readonly ImportRecord[];
  /** Reminder items the user has seen and dealt with. */
  readonly acknowledgements?: readonly Acknowledgement[];
}

// ---------------------------------------------------------------------------
// Import

/** A canonical import field; also the import template's header. */
export const IMPORT_FIELDS = [
  'employee_id',
  'first_name',
  'last_name',
  'full_name',
  'unit',
  'job_title',
  'employment_status',
  'hire_date',
  'fte',
  'email',
  'is_rn',
  'hs_diploma',
  'credential',
  'credential_number',
  'issuer',
  'earned_on',
  'expires_on',
  'verified_on',
  'ceus_earned',
  'experience_start',
  'experience_end',
  'employer',
  'direct_coding',
  'program_name',
  'completed_on',
  'components',
  'cahiim_accredited',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export interface ImportOptions {
  /** Read ambiguous dates as day-first (DD/MM/YYYY). */
  readonly dayFirst?: boolean;
  /** Commit the valid rows and leave out the invalid ones. */
  readonly skipInvalid?: boolean;
  /** XLSX: the sheet to read (name); the first sheet when absent. */
  readonly sheet?: string;
  /** Header → field overrides chosen by the user (header text as in the file). Empty string = ignore column. */
  readonly mapping?: Readonly<Record<string, ImportField | ''>>;
  /** Today, from the caller's clock: dates after it are warned about. Not sent by the window; the main process adds it. */
  readonly today?: IsoDate;
  /** Answers to the value step for this import; they win over the remembered ones. */
  readonly valueMappings?: ImportValueMappings;
  /**
   * What experience periods from a file with no direct-coding column are recorded as: direct
   * coding (true, the default) or not.
   */
  readonly directCoding?: boolean;
}

/** The kinds of cell value the import asks about when it cannot read them by itself. */
export const IMPORT_VALUE_KINDS = ['credential', 'employment_status', 'yes_no'] as const;
export type ImportValueKind = (typeof IMPORT_VALUE_KINDS)[number];

/** Answers to the value step, by kind, keyed by the value folded (case, spaces and punctuation ignored). */
export interface ImportValueMappings {
  /** A catalog code, or '' to keep the value as a user-defined credential of its own. */
  readonly credential?: Readonly<Record<string, string>>;
  readonly employment_status?: Readonly<Record<string, EmploymentStatus>>;
  readonly yes_no?: Readonly<Record<string, boolean>>;
}

/** A value the import could not read by itself, with how often it occurs and the answer in use. */
export interface ImportValueQuestion {
  readonly kind: ImportValueKind;
  /** The value as first written in the files. */
  readonly value: string;
  /** The key its answer is kept under (see ImportValueMappings). */
  readonly key: string;
  /** How many rows carry it. */
  readonly count: number;
  readonly columns: readonly string[];
  /** The answer in use (this import's choice, else a remembered one); null while unanswered. */
  readonly answer: string | boolean | null;
  /** Credentials only: the code a user-defined entry gets when the value is kept as its own credential. */
  readonly ownCode: string | null;
}

export interface ImportProblem {
  readonly file: string;
  /** Row number as the user sees it in the file (header = row 1). 0 for a file-level problem. */
  readonly row: number;
  readonly column: string;
  readonly value: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
  /** The same remedy typed on the command line (`--map "Dept=unit"`); the window has its own controls and never shows it. */
  readonly commandLine?: string;
}

export interface ColumnMatch {
  readonly header: string;
  readonly field: ImportField | null;
  /** Numbered group (wide layouts), e.g. 2 for `License Type 2`. */
  readonly group: number | null;
  readonly samples: readonly string[];
}

export interface ImportFileSummary {
  readonly file: string;
  readonly rows: number;
  readonly columns: readonly ColumnMatch[];
  readonly dayFirst: boolean;
  /** Date columns where nothing settles day/month order (e.g. only 03/04/2024-like values). */
  readonly ambiguousDateColumns: readonly string[];
  /** Experience periods read from this file while it has no column saying whether the work was direct coding. */
  readonly periodsWithoutDirectCoding: number;
}

/** One value an import changes, written as the window shows it (dates as `YYYY-MM-DD`); null: not recorded. */
export interface ImportFieldChange {
  readonly field: string;
  readonly before: string | null;
  readonly after: string | null;
}

/** One person an import creates or updates, with each value before and after. */
export interface ImportPersonChange {
  readonly employeeId: string;
  /** "Last, First" as it will be after the import. */
  readonly name: string;
  readonly action: 'create' | 'update';
  readonly changes: readonly ImportFieldChange[];
}

export interface ImportPreview {
  readonly files: readonly ImportFileSummary[];
  /**
   * Who will be created and updated, new people first, each in file order; at most
   * `MAX_PREVIEW_CHANGES` (the counts above stay exact), with `changesLeftOut` saying how many more.
   */
  readonly changes: readonly ImportPersonChange[];
  readonly changesLeftOut: number;
  readonly toCreate: number;
  readonly toUpdate: number;
  readonly unchanged: number;
  readonly invalidRows: number;
  readonly problems: readonly ImportProblem[];
  /** Codes met in the file that are not in the catalog; they become user-defined entries. */
  readonly newCredentialCodes: readonly string[];
  /** Values the import could not read by itself: the value step asks about each. */
  readonly valueQuestions: readonly ImportValueQuestion[];
  /** True when the import may be committed with the given options. */
  readonly canCommit: boolean;
}

export interface ImportResult {
  readonly importId: string;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly skippedRows: number;
  readonly backupFile: string;
}
