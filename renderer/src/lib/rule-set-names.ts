import type { RuleSetId } from '../../../shared/types';
import { RULE_SETS } from '../../../shared/rule-sets';

/** The short name of a rule set ("Pathway required"), the one the pickers and headings show. */
export function ruleSetName(id: RuleSetId): string {
  return RULE_SETS[id]?.shortName ?? id;
}

/** The rule set's long text, for a description under a picker. */
export function ruleSetDescription(id: RuleSetId): string {
  const set = RULE_SETS[id];
  return set ? `${set.title} (version ${set.version}). ${set.description}` : id;
}
