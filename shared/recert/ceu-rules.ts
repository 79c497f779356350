import type { CeuRule } from './types';
import { AAPC_CEUS, ACDIS_CCDS, AHIMA_PROVIDER_SHARE, AHIMA_RECERTIFICATION } from './sources';
import { AHIMA_PROVIDERS } from './providers';

/**
 * CEU requirements per certifying body and 2-year cycle (docs/domain.md, recertification), as data.
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
    providers: AHIMA_PROVIDERS,
    description: 'From 2025, at least 40% of CEUs must come from AHIMA resources (AHIMA, HCPro and its brands) or its component state associations.',
    source: AHIMA_PROVIDER_SHARE,
  },
  domainShare: {
    minShare: 0.8,
    appliesToCyclesEndingFrom: '2025-01-01',
    domains: 'the HIIM domains',
    description: 'At least 80% of the CEUs must fall within the HIIM (health information and informatics management) domains.',
    source: AHIMA_PROVIDER_SHARE,
  },
  selfReviews: {
    codes: ['CCA', 'CCS', 'CCS-P'],
    perCycle: 2,
    hoursEach: 5,
    description: 'CCA, CCS and CCS-P holders complete the two mandatory annual coding self-reviews, 5 CEUs each, within the cycle.',
    source: AHIMA_RECERTIFICATION,
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
