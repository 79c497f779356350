import type { CeuRule } from './types';
import { AAPC_CEUS, ACDIS_CCDS, AHIMA_PROVIDER_SHARE, AHIMA_RECERTIFICATION } from './sources';

/**
 * CEU requirements per certifying body and 2-year cycle (DOMAIN.md section 4), as data.
 * The engine in `ceu-requirement.ts` only reads these tables.
 */
export const CEU_RULES_VERSION = '2026-11-01';

export const AHIMA_CEU_RULE: CeuRule = {
  body: 'AHIMA',
  version: CEU_RULES_VERSION,
  kind: 'highest-plus-additional',
  hoursByCode: {
    RHIA: 30,
    CDIP: 30,
    CHDA: 30,
    CHPS: 30,
    CPHI: 30,
    RHIT: 20,
    CCA: 20,
    CCS: 20,
    'CCS-P': 20,
  },
  additionalEach: 10,
  cap: 50,
  replacements: [{ code: 'RHIA', replaces: 'RHIT' }],
  providerShare: {
    minShare: 0.4,
    appliesToCyclesEndingFrom: '2025-01-01',
    providerPatterns: ['AHIMA', 'HIMA'],
    description: 'From 2025, at least 40% of CEUs must come from AHIMA or its component state associations.',
    source: AHIMA_PROVIDER_SHARE,
  },
  source: AHIMA_RECERTIFICATION,
};

export const AAPC_CEU_RULE: CeuRule = {
  body: 'AAPC',
  version: CEU_RULES_VERSION,
  kind: 'by-count',
  hoursByCount: [36, 40, 44, 48, 52],
  source: AAPC_CEUS,
};

export const ACDIS_CEU_RULE: CeuRule = {
  body: 'ACDIS',
  version: CEU_RULES_VERSION,
  kind: 'fixed',
  hours: 30,
  source: ACDIS_CCDS,
};

export const CEU_RULES: readonly CeuRule[] = [AHIMA_CEU_RULE, AAPC_CEU_RULE, ACDIS_CEU_RULE];

export function ceuRuleFor(body: string, rules: readonly CeuRule[] = CEU_RULES): CeuRule | undefined {
  return rules.find((r) => r.body.toUpperCase() === body.toUpperCase());
}
