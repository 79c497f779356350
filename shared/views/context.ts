import type { CredentialDefinition, IsoDate, RosterData, RuleSet, RuleSetId } from '../types';
import { catalogIndex, mergeCatalog } from '../catalog';
import { getRuleSet } from '../rule-sets';

/** Everything a view needs that is the same for every person: built once per view, never per person. */
export interface ViewContext {
  readonly asOf: IsoDate;
  readonly ruleSet: RuleSet;
  readonly warningDays: number;
  /** One array for the whole view, so the eligibility engine's per-catalog index is built once. */
  readonly catalog: readonly CredentialDefinition[];
  readonly index: ReadonlyMap<string, CredentialDefinition>;
}

export function viewContext(data: RosterData, asOf: IsoDate, ruleSetId?: RuleSetId): ViewContext {
  const catalog = mergeCatalog(data.customCredentials);
  return {
    asOf,
    ruleSet: getRuleSet(ruleSetId ?? data.settings.ruleSet),
    warningDays: data.settings.expiryWarningDays,
    catalog,
    index: catalogIndex(catalog),
  };
}
