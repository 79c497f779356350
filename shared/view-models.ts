/** What the window shows: the answers the services send back, shaped for the screens. */
import type { Acknowledgement, CcsStatus, Credential, CredentialState, EligibilityResult, EmploymentStatus, ExamApplication, IsoDate, Person, ReminderSettings, RuleSet, RuleSetId, Settings } from './types';
import type { CeuSummary, ExamFacts, ExamWarning, ReminderDigest } from './recert/types';

export interface BulkResult {
  /** People whose record (or reminders) changed; people already so are not counted. */
  readonly changed: number;
  /** Reminder items acknowledged (the acknowledge change only). */
  readonly acknowledged: number;
}

export interface CredentialBadge {
  readonly id: string;
  readonly code: string;
  readonly state: CredentialState;
  readonly expiresOn: IsoDate | null;
  readonly daysLeft: number | null;
}

/** Kinds of gap in a record; see `shared/views/problems.ts` for which change a person's answers. */
export type RecordProblemKind =
  | 'unknown-credential'
  | 'credential-no-earned-date'
  | 'credential-no-expiry'
  | 'experience-ends-before-start'
  | 'no-unit'
  | 'no-fte';

/** One thing to fix in a record, in plain words. */
export interface RecordProblem {
  readonly kind: RecordProblemKind;
  readonly text: string;
  /**
   * True when it can change this person's answers (CCS status, the date they qualify, a
   * credential's state); false for gaps only a report uses (unit, FTE), which the window counts
   * by kind instead of marking every row.
   */
  readonly changesAnswers: boolean;
}

export interface PersonSummary {
  readonly employeeId: string;
  readonly firstName: string;
  readonly lastName: string;
  /** "Last, First" */
  readonly name: string;
  readonly unit: string;
  readonly jobTitle: string;
  readonly employmentStatus: EmploymentStatus;
  readonly isRn: boolean;
  readonly fte: number | null;
  readonly credentials: readonly CredentialBadge[];
  readonly ccsStatus: CcsStatus;
  readonly eligibleOn: IsoDate | null;
  /** Under `ccs-recommended`: when the recommended preparation is or will be met. */
  readonly preparedOn: IsoDate | null;
  /** Under `ccs-recommended`: a diploma on record (`true`/`false`); null under `ccs-required`. */
  readonly diplomaOnRecord: boolean | null;
  readonly diplomaAssumed: boolean;
  /** Inactive credentials that can still be reinstated, e.g. "CCS inactive — reinstate by 2027-05-03, revoked after". */
  readonly inactiveNotes: readonly string[];
  /** Pathways met on or before the as-of date. */
  readonly pathwaysMet: readonly string[];
  readonly ccsSummary: string;
  /** Years of direct coding experience before the as-of date (days / 365.25, one decimal). */
  readonly experienceYears: number;
  /** Problems with the record a manager should fix (e.g. a credential with no expiry date). */
  readonly problems: readonly RecordProblem[];
}

export interface RosterView {
  readonly asOf: IsoDate;
  readonly ruleSet: RuleSetId;
  readonly ruleSetVersion: string;
  readonly expiryWarningDays: number;
  readonly people: readonly PersonSummary[];
  readonly units: readonly string[];
  readonly credentialCodes: readonly string[];
}

export interface TimelineSpan {
  readonly start: IsoDate;
  /** null: ongoing */
  readonly end: IsoDate | null;
}

export interface PersonDetail {
  readonly person: Person;
  readonly eligibility: EligibilityResult;
  readonly credentialStatuses: readonly CredentialBadge[];
  /** Merged direct-coding spans, the ones the experience count rests on. */
  readonly codingSpans: readonly TimelineSpan[];
  /** CEUs per certifying body for the current cycle (bodies with a CEU rule only). */
  readonly ceu?: readonly CeuSummary[];
}

export interface DashboardData {
  readonly asOf: IsoDate;
  readonly ruleSet: RuleSetId;
  readonly headline: {
    readonly people: number;
    readonly certified: number;
    readonly eligibleNow: number;
    readonly eligibleNext90: number;
    readonly expiring30: number;
    readonly expiring60: number;
    readonly expiring90: number;
    readonly expired: number;
    /** Under `ccs-recommended`: current staff with no diploma recorded (0 under `ccs-required`). */
    readonly diplomaNotRecorded: number;
    /** Under `ccs-recommended`: current staff counted eligible on an assumed diploma. */
    readonly diplomaAssumed: number;
  };
  /** `notYet`: not yet eligible, or under `ccs-recommended` diploma not recorded. */
  readonly byUnit: readonly { unit: string; certified: number; eligible: number; notYet: number }[];
  /** Month by month for the next 12 months: how many become eligible in that month. */
  readonly forecast: readonly { month: string; newlyEligible: number; cumulativeEligible: number }[];
  readonly credentialMix: readonly { code: string; active: number; expiring: number; expired: number }[];
  /**
   * Gaps that change no one's answers, by kind, with how many current staff have each (unit and
   * FTE, which only the DIF uses); listed once with a count instead of an action per person.
   */
  readonly recordGaps: readonly { readonly kind: RecordProblemKind; readonly people: number; readonly text: string }[];
  readonly actions: readonly {
    readonly kind: 'expiring' | 'expired' | 'newly-eligible' | 'problem';
    readonly employeeId: string;
    readonly name: string;
    readonly text: string;
    readonly date: IsoDate | null;
  }[];
  /**
   * Current staff by CEU status (`CeuStatus`): a running cycle behind pace or with the hours but not
   * complete; no CEUs recorded; a cycle ended short (short, inactive, revoked).
   */
  readonly ceu?: { readonly behind: number; readonly short: number; readonly notTracked: number };
}

/** The stored settings with the values in use: defaults merged with the user's changes. */
export interface SettingsView extends Settings {
  /** The CCS exam facts in use, each with its source; `edited` names the ones the user changed. */
  readonly examFactsInUse: ExamFacts;
  readonly remindersInUse: ReminderSettings;
}

/** The reminders digest, with the acknowledgements on record (newest last). */
export interface RemindersView extends ReminderDigest {
  readonly acknowledgements: readonly Acknowledgement[];
}

export interface ExamSaveResult {
  readonly person: Person;
  readonly application: ExamApplication;
  /** Things to know before going ahead (not eligible, already certified, refund fee); saved anyway. */
  readonly warnings: readonly ExamWarning[];
}

export interface ExamResultOutcome {
  readonly person: Person;
  readonly application: ExamApplication;
  readonly passed: boolean;
  /** On a pass: the credential added to the person. */
  readonly credential: Credential | null;
}

export interface BackupInfo {
  readonly name: string;
  readonly createdAt: string;
  readonly sizeBytes: number;
  readonly people: number | null;
  /** Why it was taken, in words ("before import of roster.csv"). */
  readonly reason: string;
}

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly dataDir: string;
  readonly ruleSets: readonly RuleSet[];
}

export interface ImportProgress {
  readonly phase: 'reading' | 'validating' | 'writing' | 'done';
  readonly done: number;
  readonly total: number;
}
