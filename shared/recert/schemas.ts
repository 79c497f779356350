import { z } from 'zod';
import { isIsoDate } from '../dates';
import { isOneLine, NOT_ONE_LINE } from '../plain-text';

/**
 * Schemas for the recertification data a store persists (credential, person and settings fields).
 * Messages name the field and the expected form, for import and settings errors.
 */
const isoDate = z.string().refine(isIsoDate, 'must be a date written YYYY-MM-DD');

export const ceuEntrySchema = z
  .object({
    date: isoDate,
    title: z.string().trim().min(1, 'needs a title').max(300).refine(isOneLine, NOT_ONE_LINE),
    hours: z.number().positive('must be more than 0 hours').max(1000),
    provider: z.string().trim().max(200).refine(isOneLine, NOT_ONE_LINE).optional(),
    selfReview: z.boolean().optional(),
    hiimDomain: z.boolean().optional(),
  })
  .strict();

export const credentialRecertFieldsSchema = z
  .object({
    cycleStart: isoDate.optional(),
    cycleEnd: isoDate.optional(),
    ceuEntries: z.array(ceuEntrySchema).max(5000).optional(),
  })
  .refine((v) => v.cycleStart === undefined || v.cycleEnd === undefined || v.cycleStart <= v.cycleEnd, {
    message: 'cycle start must not be after cycle end',
    path: ['cycleEnd'],
  });

export const examApplicationSchema = z
  .object({
    id: z.string().min(1),
    exam: z.string().trim().min(1).max(20).optional(),
    appliedOn: isoDate,
    approvedOn: isoDate.optional(),
    windowEndsOn: isoDate.optional(),
    extensions: z.array(z.object({ grantedOn: isoDate, newEnd: isoDate }).strict()).max(20),
    scheduledOn: isoDate.optional(),
    result: z.enum(['pass', 'fail', 'no-show', 'withdrawn']).optional(),
    scaledScore: z.number().finite().optional(),
    resultOn: isoDate.optional(),
  })
  .strict()
  .refine((a) => a.approvedOn === undefined || a.approvedOn >= a.appliedOn, {
    message: 'approval date must not be before the application date',
    path: ['approvedOn'],
  });

export const personRecertFieldsSchema = z.object({
  aapcMembershipRenewsOn: isoDate.optional(),
  examApplications: z.array(examApplicationSchema).max(100).optional(),
});

export const acknowledgementSchema = z
  .object({ itemKey: z.string().min(1).max(500), at: z.string().min(10).max(40), note: z.string().max(2000).optional() })
  .strict();

const leadDays = z.array(z.number().int().min(0).max(3650)).min(1).max(10);

export const reminderSettingsSchema = z
  .object({
    leadDays,
    leadDaysByCode: z.record(z.string().min(1), leadDays),
    examWindowDays: z.number().int().min(0).max(365),
    bodyItems: z.number().int().min(0).max(50),
  })
  .partial()
  .strict();
