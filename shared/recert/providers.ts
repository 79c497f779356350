import type { ProviderList } from './types';
import { AHIMA_PROVIDER_SHARE } from './sources';

/**
 * Who counts as "AHIMA resources" for the 40% share of an AHIMA cycle (docs/domain.md,
 * recertification): AHIMA itself, HCPro and its brands, and AHIMA's component state associations.
 * A list, matched by whole words: a name that merely contains the letters (Kashima Training LLC)
 * does not count. The list is data; extend it when AHIMA's page names another brand.
 */
export const AHIMA_PROVIDERS: ProviderList = {
  names: [
    'AHIMA',
    'American Health Information Management Association',
    'AHIMA Foundation',
    'HCPro',
    'JustCoding',
    'ACDIS',
    'Association of Clinical Documentation Integrity Specialists',
    // Component state associations by the short names their members write; matched as whole words.
    'FHIMA', 'CHIA', 'OHIMA', 'TxHIMA', 'NYHIMA', 'GHIMA', 'NCHIMA', 'PHIMA', 'NJHIMA',
  ],
  regions: [
    'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia',
    'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine',
    'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
    'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon',
    'Pennsylvania', 'Puerto Rico', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont',
    'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming',
  ],
  associationNames: ['Health Information Management Association', 'Health Information Association'],
  source: AHIMA_PROVIDER_SHARE,
};

/** Words of a name, lower case, with ®, ™ and punctuation as spaces: "AHIMA®-approved" → ["ahima", "approved"]. */
function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** True when `phrase` occurs in `within` as consecutive whole words. */
function hasPhrase(within: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  for (let i = 0; i + phrase.length <= within.length; i++) {
    let all = true;
    for (let j = 0; j < phrase.length && all; j++) all = within[i + j] === phrase[j];
    if (all) return true;
  }
  return false;
}

/** Whether a provider, as written on a CEU entry, is on the list. */
export function isListedProvider(provider: string, list: ProviderList): boolean {
  const name = words(provider);
  if (name.length === 0) return false;
  if (list.names.some((n) => hasPhrase(name, words(n)))) return true;
  return list.regions.some((region) => list.associationNames.some((a) => hasPhrase(name, [...words(region), ...words(a)])));
}
