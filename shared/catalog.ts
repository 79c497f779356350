import type { CredentialDefinition } from './types';

/**
 * The built-in credential catalog (docs/domain.md, the credential catalog), as data.
 * CEU figures are per 2-year cycle. DIF acceptance follows AHIMA's statement that CCS and CCA
 * are on ANCC's list; the user can change the accepted list in settings.
 */
export const CATALOG_VERSION = '2026-11';

const ahima = (code: string, name: string, coding: boolean, ceus: number, extra: Partial<CredentialDefinition> = {}): CredentialDefinition => ({
  code, name, body: 'AHIMA', coding, difAccepted: false, ceusPerCycle: ceus, cycleYears: 2, ...extra,
});
const aapc = (code: string, name: string, coding: boolean, extra: Partial<CredentialDefinition> = {}): CredentialDefinition => ({
  code, name, body: 'AAPC', coding, difAccepted: false, cycleYears: 2, ...extra,
});

export const BUILT_IN_CATALOG: readonly CredentialDefinition[] = [
  ahima('RHIA', 'Registered Health Information Administrator', false, 30),
  ahima('RHIT', 'Registered Health Information Technician', false, 20),
  ahima('CCA', 'Certified Coding Associate', true, 20, { difAccepted: true }),
  ahima('CCS', 'Certified Coding Specialist', true, 20, { difAccepted: true }),
  ahima('CCS-P', 'Certified Coding Specialist – Physician-based', true, 20, {
    aliases: ['Certified Coding Specialist - Physician-based', 'Certified Coding Specialist Physician-based', 'Certified Coding Specialist-Physician Based', 'CCSP'],
  }),
  ahima('CDIP', 'Certified Documentation Integrity Practitioner', false, 30, {
    aliases: ['Certified Documentation Improvement Practitioner'],
  }),
  ahima('CHDA', 'Certified Health Data Analyst', false, 30),
  ahima('CHPS', 'Certified in Healthcare Privacy and Security', false, 30),
  ahima('CPHI', 'Certified Professional in Health Informatics', false, 30),
  aapc('CPC', 'Certified Professional Coder', true),
  aapc('CPC-A', 'Certified Professional Coder – Apprentice', true, {
    aliases: ['Certified Professional Coder - Apprentice', 'Certified Professional Coder Apprentice', 'CPCA'],
  }),
  aapc('COC', 'Certified Outpatient Coder', true, { aliases: ['CPC-H', 'Certified Professional Coder - Hospital'] }),
  aapc('COC-A', 'Certified Outpatient Coder – Apprentice', true, {
    aliases: ['Certified Outpatient Coder - Apprentice', 'Certified Outpatient Coder Apprentice', 'COCA'],
  }),
  aapc('CIC', 'Certified Inpatient Coder', true),
  aapc('CRC', 'Certified Risk Adjustment Coder', true),
  aapc('CPB', 'Certified Professional Biller', false),
  aapc('CPMA', 'Certified Professional Medical Auditor', false),
  aapc('CPCO', 'Certified Professional Compliance Officer', false),
  aapc('CPPM', 'Certified Physician Practice Manager', false),
  aapc('CDEO', 'Certified Documentation Expert Outpatient', false),
  aapc('CIRCC', 'Certified Interventional Radiology Cardiovascular Coder', true),
  aapc('CPC-P', 'Certified Professional Coder – Payer', true, {
    aliases: ['Certified Professional Coder - Payer'],
  }),
  { code: 'CCDS', name: 'Certified Clinical Documentation Specialist', body: 'ACDIS', coding: false, difAccepted: false, ceusPerCycle: 30, cycleYears: 2 },
  { code: 'CCDS-O', name: 'Certified Clinical Documentation Specialist – Outpatient', body: 'ACDIS', coding: false, difAccepted: false, ceusPerCycle: 30, cycleYears: 2,
    aliases: ['Certified Clinical Documentation Specialist - Outpatient', 'Certified Clinical Documentation Specialist Outpatient'] },
];

/** Folds case, spaces, punctuation and dash variants so `ccs-p`, `CCS P` and `CCS–P` meet. */
export function normaliseCredentialKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The catalog in use: the built-in entries plus the user's own. */
export function mergeCatalog(custom: readonly CredentialDefinition[]): readonly CredentialDefinition[] {
  const builtIn = new Set(BUILT_IN_CATALOG.map((c) => c.code));
  return [...BUILT_IN_CATALOG, ...custom.filter((c) => !builtIn.has(c.code))];
}

/** Indexes built so far, per catalog array: catalogs are immutable, and lookups run per credential. */
const indexes = new WeakMap<readonly CredentialDefinition[], ReadonlyMap<string, CredentialDefinition>>();

/** Index by code, full name and alias, with folded keys. */
export function catalogIndex(catalog: readonly CredentialDefinition[]): ReadonlyMap<string, CredentialDefinition> {
  const known = indexes.get(catalog);
  if (known) return known;
  const index = new Map<string, CredentialDefinition>();
  for (const def of catalog) {
    for (const key of [def.code, def.name, ...(def.aliases ?? [])]) {
      const folded = normaliseCredentialKey(key);
      if (folded && !index.has(folded)) index.set(folded, def);
    }
  }
  indexes.set(catalog, index);
  return index;
}

/** Finds a credential by code, full name or alias; undefined when unknown. */
export function lookupCredential(
  catalog: readonly CredentialDefinition[],
  codeOrName: string,
): CredentialDefinition | undefined {
  return catalogIndex(catalog).get(normaliseCredentialKey(codeOrName));
}

/** The code a user-defined credential gets from an unknown value: upper case, trimmed. */
export function userDefinedCode(value: string): string {
  return value.normalize('NFKC').trim().toUpperCase().replace(/\s+/g, ' ');
}
