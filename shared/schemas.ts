/**
 * The schemas of every field and input the window sends: the IPC channels validate requests with
 * them, the store checks what it writes with them, and the window's forms check input with them.
 */
import { z } from 'zod';
import type { RuleSetId } from './types';
import { EDUCATION_COMPONENTS, EMPLOYMENT_STATUSES, IMPORT_FIELDS, RULE_SET_IDS } from './types';
import { isIsoDate } from './dates';
import { reminderSettingsSchema } from './recert/schemas';
import { examFactOverridesSchema } from './recert/exam-facts';

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

export const filePathSchema = z.string().min(1).max(4096);
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

/** The most people one bulk change or one selection export may name: the roster's own bound. */
export const MAX_SELECTION = 100_000;
export const selectionSchema = z
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
