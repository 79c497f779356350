import type { FactSource } from './types';

/** The public pages the recertification and exam data come from (docs/domain.md, CCS eligibility and recertification). */
const RETRIEVED = '2026-11-01';

export const AHIMA_RECERTIFICATION: FactSource = {
  title: 'AHIMA: Recertification guide (cycles, CEU requirements, statuses since 2021)',
  url: 'https://www.ahima.org/certification-careers/recertification/',
  retrieved: RETRIEVED,
};

export const AHIMA_PROVIDER_SHARE: FactSource = {
  title: 'AHIMA: Recertification changes from 2025 (share of CEUs from AHIMA and its component associations)',
  url: 'https://www.ahima.org/certification-careers/recertification/',
  retrieved: RETRIEVED,
};

export const AAPC_CEUS: FactSource = {
  title: 'AAPC: CEU requirements for certification renewal',
  url: 'https://www.aapc.com/',
  retrieved: RETRIEVED,
  note: 'AAPC may prorate the first cycle; the table is the full-cycle requirement.',
};

export const ACDIS_CCDS: FactSource = {
  title: 'ACDIS: CCDS recertification (30 CEUs every 2 years, due on the exam anniversary)',
  url: 'https://acdis.org/',
  retrieved: RETRIEVED,
  note: 'Holding both CCDS and CCDS-O is treated as one requirement; confirm with ACDIS.',
};

export const AHIMA_CCS_PAGE: FactSource = {
  title: 'AHIMA: Certified Coding Specialist (CCS) exam page',
  url: 'https://www.ahima.org/certification-careers/certifications-overview/ccs/',
  retrieved: RETRIEVED,
};

export const AHIMA_POLICIES: FactSource = {
  title: 'AHIMA: Certification policies and appeals (refunds, retakes, testing window)',
  url: 'https://www.ahima.org/certification-careers/certification-policies/',
  retrieved: RETRIEVED,
};

export const SECONDARY_SCORING: FactSource = {
  title: 'Secondary sources on CCS scoring (exam preparation guides)',
  url: 'https://study.com/',
  retrieved: RETRIEVED,
  note: 'AHIMA does not publish the scale on its CCS page; secondary sources give 100–400 with 300 passing.',
};
