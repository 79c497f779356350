/**
 * The one contract between the window and the services: every channel, its input schema and its
 * output type. The main process registers handlers only through this table, and the preload builds
 * `window.roster` from it. The events the window hears are in `events.ts`.
 */
import { z } from 'zod';
import type { Acknowledgement, CredentialDefinition, ImportPreview, ImportResult, Person } from './types';
import type { ChangeLogEntry } from './change-log';
import { ceuEntrySchema } from './recert/schemas';
import type { DifCheck } from './dif';
import {
  bulkChangeSchema,
  credentialSaveSchema,
  customCredentialSchema,
  educationInputSchema,
  employeeIdSchema,
  examApplicationInputSchema,
  examResultInputSchema,
  EXPORT_KINDS,
  experienceInputSchema,
  exportOptionsSchema,
  filePathSchema,
  importOptionsSchema,
  isoDateSchema,
  newPersonSchema,
  personPatchSchema,
  ruleSetIdSchema,
  selectionSchema,
  settingsPatchSchema,
} from './schemas';
import type {
  AppInfo,
  BackupInfo,
  BulkResult,
  DashboardData,
  ExamResultOutcome,
  ExamSaveResult,
  PersonDetail,
  RemindersView,
  RosterView,
  SettingsView,
} from './view-models';
import type { MainEventName, MainEvents } from './events';

const viewQuery = z.strictObject({ asOf: isoDateSchema, ruleSet: ruleSetIdSchema.optional() });

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
    z.strictObject({ files: z.array(filePathSchema).min(1).max(20), options: importOptionsSchema }),
  ),
  'import:commit': channel<ImportResult>()(
    z.strictObject({ files: z.array(filePathSchema).min(1).max(20), options: importOptionsSchema }),
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
  'shell:showInFolder': channel<null>()(z.strictObject({ file: filePathSchema })),
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
