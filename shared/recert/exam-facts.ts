import { z } from 'zod';
import { isIsoDate } from '../dates';
import { valueMessage } from '../messages';
import type { ExamFacts, FactSource } from './types';
import { AHIMA_CCS_PAGE, AHIMA_POLICIES, SECONDARY_SCORING } from './sources';
import type { ExamFactKey, ExamFactOverrides, ExamFactValues } from '../types';

/**
 * CCS exam facts (docs/domain.md, CCS eligibility). They change between exam versions and policy updates, so
 * they are editable settings; these are the defaults, each with where it comes from.
 */
export const EXAM_FACTS_VERSION = '2026-11-01';

export const DEFAULT_EXAM_FACT_VALUES: ExamFactValues = {
  examCode: 'CCS',
  durationHours: 4,
  scoreMin: 100,
  scoreMax: 400,
  passingScore: 300,
  questionCount: '107',
  windowDays: 120,
  refundFeeUsd: 75,
  retakeWaitDays: 30,
  retakeWaitSince: '2023-09-11',
  retakeWaitCodes: ['CCA', 'CCS'],
};

const QUESTION_COUNT: FactSource = {
  ...AHIMA_CCS_PAGE,
  note: '107 questions in recent sources; older text gave 115–140. Kept as text.',
};

export const EXAM_FACT_SOURCES: Readonly<Record<ExamFactKey, FactSource>> = {
  examCode: AHIMA_CCS_PAGE,
  durationHours: AHIMA_CCS_PAGE,
  scoreMin: SECONDARY_SCORING,
  scoreMax: SECONDARY_SCORING,
  passingScore: SECONDARY_SCORING,
  questionCount: QUESTION_COUNT,
  windowDays: { ...AHIMA_POLICIES, note: 'The exam must be taken within 120 days of application approval.' },
  refundFeeUsd: { ...AHIMA_POLICIES, note: 'Refund requests carry a processing fee.' },
  retakeWaitDays: { ...AHIMA_POLICIES, note: 'CCA and CCS retakes: 30 days after the failed attempt, since 2023-09-11.' },
  retakeWaitSince: AHIMA_POLICIES,
  retakeWaitCodes: AHIMA_POLICIES,
};

/** What a user may store to change the facts; every field optional. */
export const examFactOverridesSchema = z
  .object({
    examCode: z.string().trim().min(1).max(20),
    durationHours: z.number().positive().max(24),
    scoreMin: z.number().int().min(0),
    scoreMax: z.number().int().positive(),
    passingScore: z.number().int().positive(),
    questionCount: z.string().trim().min(1).max(40),
    windowDays: z.number().int().positive().max(3650),
    refundFeeUsd: z.number().min(0).max(10000),
    retakeWaitDays: z.number().int().min(0).max(3650),
    retakeWaitSince: z.string().refine(isIsoDate, 'must be a date written YYYY-MM-DD'),
    retakeWaitCodes: z.array(z.string().trim().min(1)).max(50).readonly(),
  })
  .partial()
  .strict() satisfies z.ZodType<ExamFactOverrides>;


/** The facts in use: defaults with the user's overrides; throws with the field named when the overrides are invalid. */
export function resolveExamFacts(overrides: ExamFactOverrides = {}): ExamFacts {
  const parsed = examFactOverridesSchema.safeParse(overrides);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(issue ? valueMessage(`Exam facts: ${issue.path.join('.') || 'value'}`, issue) : 'Exam facts: not valid.');
  }
  const given = parsed.data;
  const values: ExamFactValues = { ...DEFAULT_EXAM_FACT_VALUES, ...given };
  if (!(values.scoreMin < values.passingScore && values.passingScore <= values.scoreMax)) {
    throw new Error(
      `Exam facts: passing score ${values.passingScore} must lie within the scale ${values.scoreMin}–${values.scoreMax}`,
    );
  }
  const edited = (Object.keys(given) as ExamFactKey[]).filter((k) => given[k] !== undefined);
  return { ...values, version: EXAM_FACTS_VERSION, sources: EXAM_FACT_SOURCES, edited };
}

export const DEFAULT_EXAM_FACTS: ExamFacts = resolveExamFacts();
