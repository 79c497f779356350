/**
 * The one contract between the window and the main process: every channel, its input schema
 * and its output type. The main process registers handlers only through this table, and the
 * preload builds `window.roster` from it.
 */
import { z } from 'zod';
import type {
  CcsStatus,
  Credential,
  CredentialDefinition,
  CredentialState,
  EligibilityResult,
  EmploymentStatus,
  ImportPreview,
  ImportResult,
  IsoDate,
  Person,
  RuleSet,
  RuleSetId,
  Settings,
} from './types';
import { EDUCATION_COMPONENTS, EMPLOYMENT_STATUSES, IMPORT_FIELDS, RULE_SET_IDS } from './types';
import { isIsoDate } from './dates';
import type { ChangeLogEntry } from './change-log';
import type {
  Acknowledgement,
  CeuSummary,
  ExamApplication,
  ExamFacts,
  ExamWarning,
  ReminderDigest,
  ReminderSettings,
} from './recert/types';
import { ceuEntrySchema, reminderSettingsSchema } from './recert/schemas';
import type { DifCheck } from './dif';
import { examFactOverridesSchema } from './recert/exam-facts';

// ---------------------------------------------------------------------------
// Field schemas (also used by the store to validate what it writes)

const MAX_TEXT = 500;
export const isoDateSchema = z.string().refine(isIsoDate, { message: 'must be a date written YYYY-MM-DD' });
const text = (max = MAX_TEXT) => z.string().trim().max(max);
const optionalText = (max = MAX_TEXT) => text(max).optional();
export const employeeIdSchema = z
  .string()
  .trim()
  .min(1, 'Employee ID is required')
  .max(64, 'Employee ID is too long (64 characters at most)');
export const ruleSetIdSchema = z.enum(RULE_SET_IDS as [RuleSetId, ...RuleSetId[]]);
export const credentialCodeSchema = z
  .string()
  .trim()
  .min(1, 'Credential is required')
  .max(40)
  .transform((s) => s.toUpperCase());

export const credentialInputSchema = z.strictObject({
  id: z.string().max(64).optional(),
  code: credentialCodeSchema,
  number: optionalText(100),
  issuer: optionalText(100),
  earnedOn: isoDateSchema.optional(),
  expiresOn: isoDateSchema.optional(),
  verifiedOn: isoDateSchema.optional(),
  ceusEarned: z.number().min(0).max(1000).optional(),
});

/**
 * What `credential:save` takes: a credential plus its cycle dates. A cycle date left out keeps the
 * stored one; null clears it (back to the certifying body's rule). CEU entries are kept as stored:
 * `ceu:add` and `ceu:delete` change them.
 */
export const credentialSaveSchema = credentialInputSchema
  .extend({ cycleStart: isoDateSchema.nullable().optional(), cycleEnd: isoDateSchema.nullable().optional() })
  .refine((c) => !c.cycleStart || !c.cycleEnd || c.cycleStart <= c.cycleEnd, {
    message: 'The cycle end is before the cycle start',
    path: ['cycleEnd'],
  });

export const experienceInputSchema = z
  .strictObject({
    id: z.string().max(64).optional(),
    employer: optionalText(200),
    start: isoDateSchema,
    end: isoDateSchema.optional(),
    directCoding: z.boolean(),
  })
  .refine((p) => p.end === undefined || p.end >= p.start, {
    message: 'The end date is before the start date',
    path: ['end'],
  });

export const educationInputSchema = z.strictObject({
  id: z.string().max(64).optional(),
  program: text(200).min(1, 'Program name is required'),
  completedOn: isoDateSchema.optional(),
  components: z.array(z.enum(EDUCATION_COMPONENTS)).max(EDUCATION_COMPONENTS.length),
  cahiimAccredited: z.boolean().optional(),
});

export const personFieldsSchema = z.strictObject({
  firstName: text(100),
  lastName: text(100),
  unit: optionalText(100),
  jobTitle: optionalText(100),
  employmentStatus: z.enum(EMPLOYMENT_STATUSES),
  hireDate: isoDateSchema.optional(),
  fte: z.number().min(0).max(1.5).optional(),
  email: z.email().max(200).optional(),
  isRn: z.boolean().optional(),
  hsDiploma: z.boolean().optional(),
  notes: optionalText(5000),
  aapcMembershipRenewsOn: isoDateSchema.optional(),
});

export const newPersonSchema = personFieldsSchema.extend({ employeeId: employeeIdSchema });
/** An optional field that a patch may clear by sending `null`. */
const clearable = <T extends z.ZodType>(schema: z.ZodOptional<T>) => schema.unwrap().nullable().optional();
const personShape = personFieldsSchema.shape;
/** A change to a person: absent keys stay as stored; `null` clears an optional field. */
export const personPatchSchema = personFieldsSchema.partial().extend({
  unit: clearable(personShape.unit),
  jobTitle: clearable(personShape.jobTitle),
  hireDate: clearable(personShape.hireDate),
  fte: clearable(personShape.fte),
  email: clearable(personShape.email),
  isRn: clearable(personShape.isRn),
  hsDiploma: clearable(personShape.hsDiploma),
  notes: clearable(personShape.notes),
  aapcMembershipRenewsOn: clearable(personShape.aapcMembershipRenewsOn),
});

/** Value-step answers; keys are folded values, so a handful of characters each. */
const valueKeySchema = z.string().min(1).max(200);
const limitedRecord = <T extends z.ZodType>(value: T) =>
  z.record(valueKeySchema, value).refine((r) => Object.keys(r).length <= 5000, 'At most 5,000 remembered values');
export const importValueMappingsSchema = z.strictObject({
  credential: limitedRecord(z.union([z.literal(''), credentialCodeSchema])).optional(),
  employment_status: limitedRecord(z.enum(EMPLOYMENT_STATUSES)).optional(),
  yes_no: limitedRecord(z.boolean()).optional(),
});

export const settingsPatchSchema = z.strictObject({
  ruleSet: ruleSetIdSchema.optional(),
  expiryWarningDays: z.number().int().min(1).max(365).optional(),
  organisationName: text(200).optional(),
  difAccepted: z.array(credentialCodeSchema).max(500).optional(),
  /** Replaces the stored reminder settings; `{}` goes back to the defaults. */
  reminders: reminderSettingsSchema.optional(),
  /** Replaces the stored exam fact changes; `{}` goes back to the defaults. */
  examFacts: examFactOverridesSchema.optional(),
  diplomaConditionOfEmployment: z.boolean().optional(),
  /** `null` goes back to no assumed FTE. */
  difAssumedFte: z.number().min(0.01).max(1.5).nullable().optional(),
  /** Replaces the remembered value-step answers; `{}` forgets them. */
  importValueMappings: importValueMappingsSchema.optional(),
});

export const customCredentialSchema = z.strictObject({
  code: credentialCodeSchema,
  name: text(200).min(1),
  body: text(100).min(1),
  coding: z.boolean(),
  difAccepted: z.boolean(),
  ceusPerCycle: z.number().min(0).max(500).optional(),
  cycleYears: z.number().int().min(1).max(10).optional(),
});

const filePath = z.string().min(1).max(4096);
const importFieldOrIgnore = z.union([z.enum(IMPORT_FIELDS), z.literal('')]);
export const importOptionsSchema = z.strictObject({
  dayFirst: z.boolean().optional(),
  skipInvalid: z.boolean().optional(),
  sheet: z.string().max(200).optional(),
  mapping: z.record(z.string().max(500), importFieldOrIgnore).optional(),
  valueMappings: importValueMappingsSchema.optional(),
  directCoding: z.boolean().optional(),
});

/** An exam application as the window enters it; the result is recorded with `exam:result`. */
export const examApplicationInputSchema = z
  .strictObject({
    id: z.string().min(1).max(64).optional(),
    exam: z.string().trim().min(1).max(20).transform((s) => s.toUpperCase()).optional(),
    appliedOn: isoDateSchema,
    approvedOn: isoDateSchema.optional(),
    windowEndsOn: isoDateSchema.optional(),
    extensions: z
      .array(
        z
          .strictObject({ grantedOn: isoDateSchema, newEnd: isoDateSchema })
          .refine((e) => e.newEnd >= e.grantedOn, { message: 'The new window end is before the day it was granted', path: ['newEnd'] }),
      )
      .max(20)
      .default([]),
    scheduledOn: isoDateSchema.optional(),
  })
  .refine((a) => a.approvedOn === undefined || a.approvedOn >= a.appliedOn, {
    message: 'The approval date is before the application date',
    path: ['approvedOn'],
  });

export const examResultInputSchema = z
  .strictObject({
    employeeId: employeeIdSchema,
    applicationId: z.string().min(1).max(64),
    /** The scaled score: a pass or a fail by the exam facts' passing score. */
    score: z.number().finite().optional(),
    /** For an attempt with no score. */
    outcome: z.enum(['no-show', 'withdrawn']).optional(),
    /** The result date; the scheduled exam date when absent. */
    on: isoDateSchema.optional(),
  })
  .refine((r) => (r.score === undefined) !== (r.outcome === undefined), {
    message: 'Give either a scaled score or an outcome (no-show or withdrawn), not both',
    path: ['score'],
  });

const viewQuery = z.strictObject({ asOf: isoDateSchema, ruleSet: ruleSetIdSchema.optional() });

/** The most people one bulk change or one selection export may name: the roster's own bound. */
export const MAX_SELECTION = 100_000;
const selectionSchema = z
  .array(employeeIdSchema)
  .min(1, 'Select at least one person')
  .max(MAX_SELECTION)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'A person is selected twice' });

/**
 * One change to many people at once, written as one change to the roster. `null` clears the unit
 * or the FTE; `acknowledge` marks every open reminder of those people on the as-of date as seen.
 */
export const bulkChangeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('unit'), unit: text(100).min(1, 'Enter a unit, or clear it').nullable() }),
  z.strictObject({ kind: z.literal('fte'), fte: personShape.fte.unwrap().nullable() }),
  z.strictObject({ kind: z.literal('diploma'), hsDiploma: z.boolean() }),
  z.strictObject({ kind: z.literal('acknowledge'), asOf: isoDateSchema, note: z.string().trim().max(2000).optional() }),
]);
export type BulkChange = z.output<typeof bulkChangeSchema>;

export interface BulkResult {
  /** People whose record (or reminders) changed; people already so are not counted. */
  readonly changed: number;
  /** Reminder items acknowledged (the acknowledge change only). */
  readonly acknowledged: number;
}

export const EXPORT_KINDS = ['dif', 'eligibility', 'roster', 'expiring', 'change-log'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const exportOptionsSchema = z.strictObject({
  asOf: isoDateSchema,
  ruleSet: ruleSetIdSchema.optional(),
  rnOnly: z.boolean().optional(),
  allEmployees: z.boolean().optional(),
  /** Expiring report windows in days, e.g. [30, 60, 90]. */
  windows: z.array(z.number().int().min(1).max(730)).max(6).optional(),
  /** Only these people (chosen in the roster); everyone the report covers when absent. */
  employeeIds: selectionSchema.optional(),
});
export type ExportOptions = z.infer<typeof exportOptionsSchema>;

// ---------------------------------------------------------------------------
// View types sent to the window

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

// ---------------------------------------------------------------------------
// The channel table

interface Channel<I extends z.ZodType, O> {
  readonly input: I;
  /** Phantom: the output type. */
  readonly output?: O;
}
const channel = <O>() => <I extends z.ZodType>(input: I): Channel<I, O> => ({ input });
const none = z.strictObject({}).optional();
const byPerson = { employeeId: employeeIdSchema };
/**
 * An edit names the version of the person's records it was based on (from `person:get`); when
 * someone else changed them since, the edit is refused instead of overwriting their change.
 */
const byPersonEdit = { employeeId: employeeIdSchema, baseVersion: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional() };
const recordId = z.string().min(1).max(64);

export const contract = {
  'app:info': channel<AppInfo>()(none),
  'roster:list': channel<RosterView>()(viewQuery),
  'dashboard:get': channel<DashboardData>()(viewQuery),
  'person:get': channel<PersonDetail & { readonly version: number }>()(viewQuery.extend(byPerson)),
  /** The person's change log, newest first. */
  'person:history': channel<readonly ChangeLogEntry[]>()(z.strictObject(byPerson)),
  'person:create': channel<Person>()(z.strictObject({ person: newPersonSchema })),
  'person:update': channel<Person>()(z.strictObject({ ...byPersonEdit, changes: personPatchSchema })),
  'person:delete': channel<null>()(z.strictObject(byPersonEdit)),
  /** One change to the selected people, in one write. */
  'people:bulk': channel<BulkResult>()(z.strictObject({ employeeIds: selectionSchema, change: bulkChangeSchema })),
  'credential:save': channel<Person>()(z.strictObject({ ...byPersonEdit, credential: credentialSaveSchema })),
  'credential:delete': channel<Person>()(z.strictObject({ ...byPersonEdit, id: z.string().min(1).max(64) })),
  'experience:save': channel<Person>()(z.strictObject({ ...byPersonEdit, experience: experienceInputSchema })),
  'experience:delete': channel<Person>()(z.strictObject({ ...byPersonEdit, id: z.string().min(1).max(64) })),
  'education:save': channel<Person>()(z.strictObject({ ...byPersonEdit, education: educationInputSchema })),
  'education:delete': channel<Person>()(z.strictObject({ ...byPersonEdit, id: z.string().min(1).max(64) })),
  'ceu:add': channel<Person>()(z.strictObject({ ...byPersonEdit, credentialId: recordId, entry: ceuEntrySchema })),
  /** Removes one entry equal to `entry` (date, title, hours, provider). */
  'ceu:delete': channel<Person>()(z.strictObject({ ...byPersonEdit, credentialId: recordId, entry: ceuEntrySchema })),
  /** Replaces one entry equal to `entry` with `next`, in its place. */
  'ceu:update': channel<Person>()(z.strictObject({ ...byPersonEdit, credentialId: recordId, entry: ceuEntrySchema, next: ceuEntrySchema })),
  /** `checkOnly`: answer the warnings without writing, so the window can ask before anything is saved. */
  'exam:save': channel<ExamSaveResult>()(
    z.strictObject({
      ...byPerson,
      application: examApplicationInputSchema,
      ruleSet: ruleSetIdSchema.optional(),
      checkOnly: z.boolean().optional(),
    }),
  ),
  'exam:result': channel<ExamResultOutcome>()(examResultInputSchema),
  'exam:delete': channel<Person>()(z.strictObject({ ...byPersonEdit, applicationId: recordId })),
  'reminders:get': channel<RemindersView>()(z.strictObject({ asOf: isoDateSchema })),
  'reminders:acknowledge': channel<Acknowledgement>()(
    z.strictObject({ itemKey: z.string().min(1).max(500), note: z.string().trim().max(2000).optional() }),
  ),
  'catalog:list': channel<readonly CredentialDefinition[]>()(none),
  'catalog:add': channel<readonly CredentialDefinition[]>()(z.strictObject({ credential: customCredentialSchema })),
  /** Opens the OS file dialog; null when the user cancels. */
  'import:pick': channel<readonly string[] | null>()(none),
  'import:preview': channel<ImportPreview>()(
    z.strictObject({ files: z.array(filePath).min(1).max(20), options: importOptionsSchema }),
  ),
  'import:commit': channel<ImportResult>()(
    z.strictObject({ files: z.array(filePath).min(1).max(20), options: importOptionsSchema }),
  ),
  'import:undo': channel<{ readonly importId: string; readonly restoredPeople: number }>()(none),
  /** Saves the import template through a save dialog; null when cancelled. */
  'import:template': channel<{ readonly file: string } | null>()(z.strictObject({ format: z.enum(['csv', 'xlsx']) })),
  /** Asks where to save, writes the report; null when cancelled. */
  'export:difCheck': channel<DifCheck>()(exportOptionsSchema),
  'export:run': channel<{ readonly file: string; readonly rows: number } | null>()(
    z.strictObject({ kind: z.enum(EXPORT_KINDS), options: exportOptionsSchema }),
  ),
  'settings:get': channel<SettingsView>()(none),
  'settings:update': channel<SettingsView>()(settingsPatchSchema),
  'backups:list': channel<readonly BackupInfo[]>()(none),
  'backups:restore': channel<{ readonly people: number }>()(z.strictObject({ name: z.string().min(1).max(255) })),
  'shell:showInFolder': channel<null>()(z.strictObject({ file: filePath })),
  'shell:openExternal': channel<null>()(z.strictObject({ url: z.string().max(2048) })),
} as const;

export type ChannelName = keyof typeof contract;
export type ChannelInput<C extends ChannelName> = z.input<(typeof contract)[C]['input']>;
export type ChannelParsedInput<C extends ChannelName> = z.output<(typeof contract)[C]['input']>;
export type ChannelOutput<C extends ChannelName> = NonNullable<(typeof contract)[C]['output']> extends never
  ? null
  : Exclude<(typeof contract)[C]['output'], undefined>;

/** Every handler answers with a value or a message a manager understands. */
export type IpcResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** Events the main process sends to the window. */
export interface MainEvents {
  'import:progress': ImportProgress;
  'export:progress': ImportProgress;
  /** A menu item the window carries out (Import…, Export ▸ …, Backups…). */
  'menu:command': { readonly command: MenuCommand };
  /** Files dropped on the window or opened with the app. */
  'files:opened': { readonly files: readonly string[] };
  /** The data file was unreadable at start-up; what happened, in plain words. */
  'store:recovered': { readonly message: string };
  /** Another process (the command line, a second window) committed a change to the roster. */
  'roster:changed': Record<string, never>;
}
export type MainEventName = keyof MainEvents;
export const MAIN_EVENTS: readonly MainEventName[] = [
  'import:progress',
  'export:progress',
  'menu:command',
  'files:opened',
  'store:recovered',
  'roster:changed',
];

export type MenuCommand =
  | 'import'
  | 'export-change-log'
  | 'export-dif'
  | 'export-eligibility'
  | 'export-roster'
  | 'export-expiring'
  | 'backups'
  | 'new-person'
  | 'show-roster'
  | 'show-dashboard';

/** The API the preload exposes as `window.roster`. */
export type RosterApi = {
  readonly [C in ChannelName]: (input: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>;
} & {
  /** Subscribes to a main-process event; returns the unsubscribe function. */
  readonly on: <E extends MainEventName>(event: E, listener: (payload: MainEvents[E]) => void) => () => void;
  /** The file-system path of a dropped file (Electron's webUtils); null when unavailable. */
  readonly pathForFile: (file: File) => string | null;
};

export const CHANNELS = Object.keys(contract) as ChannelName[];
