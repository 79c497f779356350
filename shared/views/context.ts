import type { CredentialDefinition, IsoDate, RosterData, RuleSet, RuleSetId } from '../types';
import { catalogIndex, mergeCatalog, normaliseCredentialKey } from '../catalog';
import { getRuleSet } from '../rule-sets';

/** Everything a view needs that is the same for every person: built once per view, never per person. */
export interface ViewContext {
  readonly asOf: IsoDate;
  readonly ruleSet: RuleSet;
  readonly warningDays: number;
  /** One array for the whole view, so the eligibility engine's per-catalog index is built once. */
  readonly catalog: readonly CredentialDefinition[];
  readonly index: ReadonlyMap<string, CredentialDefinition>;
  /** The catalog entry for a code as recorded; each distinct spelling is normalised only once per view. */
  readonly definitionOf: (code: string) => CredentialDefinition | undefined;
  /** The organisation's setting: current staff with no diploma recorded count as having one. */
  readonly diplomaConditionOfEmployment: boolean;
}

export function viewContext(data: RosterData, asOf: IsoDate, ruleSetId?: RuleSetId): ViewContext {
  const catalog = mergeCatalog(data.customCredentials);
  const index = catalogIndex(catalog);
  // A roster holds a handful of codes many thousands of times over.
  const byCode = new Map<string, CredentialDefinition | undefined>();
  const definitionOf = (code: string): CredentialDefinition | undefined => {
    if (byCode.has(code)) return byCode.get(code);
    const definition = index.get(normaliseCredentialKey(code));
    byCode.set(code, definition);
    return definition;
  };
  return {
    asOf,
    ruleSet: getRuleSet(ruleSetId ?? data.settings.ruleSet),
    warningDays: data.settings.expiryWarningDays,
    catalog,
    index,
    definitionOf,
    diplomaConditionOfEmployment: data.settings.diplomaConditionOfEmployment === true,
  };
}
