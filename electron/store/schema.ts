/**
 * The stored roster file: its full validation, the empty roster, and the schema-version
 * migrations. Field rules are the same ones the window's input goes through (shared/ipc.ts),
 * so whatever a handler accepted can be stored and whatever is stored can be edited.
 */
import { z } from 'zod';
import type { RosterData } from '../../shared/types';
import { BUILT_IN_CATALOG } from '../../shared/catalog';
import { isIsoDate } from '../../shared/dates';
import {
  credentialCodeSchema,
  credentialInputSchema,
  customCredentialSchema,
  educationInputSchema,
  employeeIdSchema,
  experienceInputSchema,
  importValueMappingsSchema,
  personFieldsSchema,
  ruleSetIdSchema,
} from '../../shared/schemas';
import {
  acknowledgementSchema,
  credentialRecertFieldsSchema,
  personRecertFieldsSchema,
  reminderSettingsSchema,
} from '../../shared/recert/schemas';
import { examFactOverridesSchema, resolveExamFacts } from '../../shared/recert/exam-facts';
import { NewerVersionError, StoreError } from './errors';
import { describeIssues } from './describe-issues';
import { issueWords } from '../../shared/messages';
import { canonicalPersonCheck } from './canonical-person';

export const CURRENT_SCHEMA_VERSION = 1;

const recordId = z.string().min(1, 'is missing').max(64);

/** The same rule as the shared isoDateSchema: a real calendar date written YYYY-MM-DD. */
const storedDate = z.string().refine(isIsoDate, { message: 'must be a date written YYYY-MM-DD' });

/** The one calendar-date check, shared with the window's input schemas. */
export const isCalendarDate = isIsoDate;

/**
 * Checks the optional recertification fields with their own schema, and only when one is present:
 * most records have none, and a large roster should not pay for them.
 */
function optionalFieldsCheck(schema: z.ZodType, keys: readonly string[]) {
  return (value: Readonly<Record<string, unknown>>, ctx: z.RefinementCtx): void => {
    const present = keys.filter((k) => value[k] !== undefined);
    if (present.length === 0) return;
    const checked = schema.safeParse(Object.fromEntries(present.map((k) => [k, value[k]])));
    if (checked.success) return;
    for (const issue of checked.error.issues) ctx.addIssue({ code: 'custom', message: issueWords(issue), path: [...issue.path] });
  };
}

// Loose objects: a field added later by a newer build of the same schema version is kept, not dropped.
const storedCredential = z
  .looseObject({
    ...credentialInputSchema.shape,
    id: recordId,
    earnedOn: storedDate.optional(),
    expiresOn: storedDate.optional(),
    verifiedOn: storedDate.optional(),
  })
  .superRefine(optionalFieldsCheck(credentialRecertFieldsSchema, ['cycleStart', 'cycleEnd', 'ceuEntries']));

const storedExperience = z
  .looseObject({ ...experienceInputSchema.shape, id: recordId, start: storedDate, end: storedDate.optional() })
  .refine((p) => p.end === undefined || p.end >= p.start, {
    message: 'The end date is before the start date',
    path: ['end'],
  });

const storedEducation = z.looseObject({ ...educationInputSchema.shape, id: recordId, completedOn: storedDate.optional() });

const storedPerson = z
  .looseObject({
    ...personFieldsSchema.shape,
    hireDate: storedDate.optional(),
    aapcMembershipRenewsOn: storedDate.optional(),
    employeeId: employeeIdSchema,
    credentials: z.array(storedCredential),
    experience: z.array(storedExperience),
    education: z.array(storedEducation),
  })
  .superRefine(optionalFieldsCheck(personRecertFieldsSchema, ['examApplications']));

const storedCustomCredential = z.looseObject({
  ...customCredentialSchema.shape,
  aliases: z.array(z.string().max(200)).max(50).optional(),
  userDefined: z.boolean().optional(),
});

const storedSettings = z
  .looseObject({
    ruleSet: ruleSetIdSchema,
    expiryWarningDays: z.number().int().min(1).max(365),
    organisationName: z.string().max(200),
    difAccepted: z.array(credentialCodeSchema).max(500),
    importMappings: z.record(z.string(), z.record(z.string(), z.string())),
    importValueMappings: importValueMappingsSchema.optional(),
    reminders: reminderSettingsSchema.optional(),
    examFacts: examFactOverridesSchema.optional(),
    diplomaConditionOfEmployment: z.boolean().optional(),
    difAssumedFte: z.number().min(0.01).max(1.5).nullable().optional(),
  })
  .superRefine((settings, ctx) => {
    // Field by field the facts may be fine and still contradict each other (a pass mark off the scale).
    if (settings.examFacts === undefined) return;
    try {
      resolveExamFacts(settings.examFacts);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error), path: ['examFacts'] });
    }
  });

const storedImport = z.looseObject({
  id: z.string().min(1),
  at: z.string().min(1),
  files: z.array(z.string()),
  backupFile: z.string().min(1),
  created: z.number().int().min(0),
  updated: z.number().int().min(0),
  changeId: z.number().int().min(1).optional(),
});

const rosterFields = {
  schemaVersion: z.number().int().min(1),
  people: z.array(storedPerson),
  customCredentials: z.array(storedCustomCredential),
  settings: storedSettings,
  imports: z.array(storedImport),
  acknowledgements: z.array(acknowledgementSchema).optional(),
};

function checkUniqueIds(people: readonly { readonly employeeId: string }[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  people.forEach((person, index) => {
    if (seen.has(person.employeeId)) {
      ctx.addIssue({
        code: 'custom',
        message: `Employee ID ${person.employeeId} appears more than once`,
        path: ['people', index, 'employeeId'],
      });
    }
    seen.add(person.employeeId);
  });
}

/** Full validation of the stored file: shapes, field rules, and one record per employee ID. */
export const rosterDataSchema: z.ZodType<RosterData> = z.looseObject(rosterFields).superRefine((data, ctx) => checkUniqueIds(data.people, ctx));

// Everything but the people, whose records validateRoster checks one by one.
const rosterShell = z.looseObject({ ...rosterFields, people: z.array(z.unknown()) });

export type RosterValidation =
  | { readonly success: true; readonly data: RosterData }
  | { readonly success: false; readonly issues: readonly z.core.$ZodIssue[] };

/**
 * The same check as rosterDataSchema, person by person. Records in `trusted` (records that already
 * passed, unchanged since: the operations keep untouched records by reference) are not checked
 * again, so one edit checks one person (docs/performance.md, Store). A record already in stored form
 * passes a quick check (canonical-person.ts); only the others go through zod, which is what turns
 * a loaded file back into the records it was saved from.
 */
export function validateRoster(data: unknown, trusted?: WeakSet<object>): RosterValidation {
  const rawPeople = typeof data === 'object' && data !== null ? (data as { people?: unknown }).people : undefined;
  // With the people left out of the shell's input, zod does not copy the whole roster for nothing.
  const shell = rosterShell.safeParse(Array.isArray(rawPeople) ? { ...(data as object), people: [] } : data);
  const issues: z.core.$ZodIssue[] = shell.success ? [] : [...shell.error.issues];
  const people: unknown[] = [];
  if (Array.isArray(rawPeople)) {
    const isCanonical = canonicalPersonCheck();
    const duplicates: z.core.$ZodIssue[] = [];
    const seenIds = new Set<string>();
    for (let index = 0; index < rawPeople.length; index++) {
      const person: unknown = rawPeople[index];
      let stored = person;
      const known = typeof person === 'object' && person !== null && trusted !== undefined && trusted.has(person);
      if (!known && !isCanonical(person)) {
        const checked = storedPerson.safeParse(person);
        if (checked.success) stored = checked.data;
        else for (const issue of checked.error.issues) issues.push({ ...issue, path: ['people', index, ...issue.path] });
      }
      people.push(stored);
      const id = typeof stored === 'object' && stored !== null ? (stored as { employeeId?: unknown }).employeeId : undefined;
      if (typeof id !== 'string') continue;
      if (seenIds.has(id)) duplicates.push(duplicateIdIssue(id, index));
      seenIds.add(id);
    }
    // After every field problem, as the whole-file schema reports them.
    for (const issue of duplicates) issues.push(issue);
  }
  if (!shell.success || issues.length > 0) return { success: false, issues };
  return { success: true, data: { ...shell.data, people } as unknown as RosterData };
}

function duplicateIdIssue(id: string, index: number): z.core.$ZodIssue {
  return { code: 'custom', message: `Employee ID ${id} appears more than once`, path: ['people', index, 'employeeId'], input: id };
}

/** A new, empty roster with the default settings. */
export function emptyRoster(): RosterData {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    people: [],
    customCredentials: [],
    settings: {
      ruleSet: 'ccs-required',
      expiryWarningDays: 90,
      organisationName: '',
      difAccepted: BUILT_IN_CATALOG.filter((c) => c.difAccepted).map((c) => c.code),
      importMappings: {},
    },
    imports: [],
  };
}

/** One step of the data format: takes a file of version n and returns it as version n + 1. */
export type MigrationStep = (data: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/**
 * Steps by the version they start from. Version 1 is the first format, so there are none yet;
 * the next format adds `1: migrateV1ToV2` here, plus a test for that step.
 */
export const MIGRATIONS: Readonly<Record<number, MigrationStep>> = {};

export interface MigrateOptions {
  readonly steps?: Readonly<Record<number, MigrationStep>>;
  /** The version to reach; defaults to CURRENT_SCHEMA_VERSION. */
  readonly target?: number;
}

/**
 * Brings a parsed data file up to the current format and validates it.
 * Throws NewerVersionError for a file from a newer app, StoreError for anything else unusable.
 */
export function migrate(raw: unknown, options: MigrateOptions = {}): { data: RosterData; fromVersion: number } {
  const steps = options.steps ?? MIGRATIONS;
  const target = options.target ?? CURRENT_SCHEMA_VERSION;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new StoreError('The file is not a roster: it does not hold roster data.');
  }
  const fromVersion = (raw as Record<string, unknown>).schemaVersion;
  if (typeof fromVersion !== 'number' || !Number.isInteger(fromVersion) || fromVersion < 1) {
    throw new StoreError('The file is not a roster: it has no valid data format number (schemaVersion).');
  }
  if (fromVersion > target) throw new NewerVersionError(fromVersion, target);

  let current = raw as Record<string, unknown>;
  for (let version = fromVersion; version < target; version += 1) {
    const step = steps[version];
    if (!step) {
      throw new StoreError(
        `The roster uses data format ${fromVersion}, which this version of Credential Roster cannot convert (no step from format ${version}).`,
      );
    }
    current = { ...step(current), schemaVersion: version + 1 };
  }

  const parsed = validateRoster(current);
  if (!parsed.success) {
    throw new StoreError(`The roster data is not valid: ${describeIssues(parsed.issues, current)}`);
  }
  return { data: parsed.data, fromVersion };
}
