import type { CycleRule } from './types';
import { AAPC_CEUS, ACDIS_CCDS, AHIMA_RECERTIFICATION } from './sources';

/**
 * Where each certifying body puts its recertification cycles, as data. A credential of a body not
 * listed here uses `FALLBACK_CYCLE_RULE` with its catalog `cycleYears`.
 */
export const CYCLE_RULES_VERSION = '2026-11-01';

export const CYCLE_RULES: readonly CycleRule[] = [
  {
    body: 'AHIMA',
    version: CYCLE_RULES_VERSION,
    years: 2,
    anchor: 'earned',
    description: 'Two-year cycles; the first starts on the day the exam was passed.',
    source: AHIMA_RECERTIFICATION,
  },
  {
    body: 'AAPC',
    version: CYCLE_RULES_VERSION,
    years: 2,
    anchor: 'membership-or-earned',
    description:
      'Two-year cycles ending on the membership renewal date; without one on record, on the anniversaries of the earned date.',
    source: AAPC_CEUS,
  },
  {
    body: 'ACDIS',
    version: CYCLE_RULES_VERSION,
    years: 2,
    anchor: 'earned',
    description: 'Two-year cycles from the exam date; recertification is due by the exam anniversary.',
    source: ACDIS_CCDS,
  },
];

export const FALLBACK_CYCLE_RULE: Omit<CycleRule, 'body' | 'years'> = {
  version: CYCLE_RULES_VERSION,
  anchor: 'earned',
  description: 'Cycles of the catalog length, starting on the earned date.',
  source: { title: 'Credential catalog (cycle length)', url: '', retrieved: CYCLE_RULES_VERSION },
};

/** The cycle rule for a body, or for an unlisted body with a known cycle length; null when neither. */
export function cycleRuleFor(body: string | undefined, cycleYears: number | undefined): CycleRule | null {
  const listed = CYCLE_RULES.find((r) => r.body.toUpperCase() === body?.toUpperCase());
  const years = cycleYears ?? listed?.years;
  if (years === undefined || !(years > 0)) return null;
  if (listed) return { ...listed, years };
  return { ...FALLBACK_CYCLE_RULE, body: body ?? 'unknown', years };
}
