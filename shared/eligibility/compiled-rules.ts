import type { CredentialDefinition, PathwayRule, RuleSet } from '../types';
import { assertNever } from '../assert-never';
import { catalogIndex, normaliseCredentialKey } from '../catalog';
import { orList, pathwayLabel, yearsText } from '../rule-sets';

/**
 * Everything about an evaluation that depends only on the rule set and the catalog: worked out once
 * per (rule set, catalog) pair and shared by every person of a roster, so the per-person work is
 * reading records and building the words that are about that person.
 */

/** How a missing credential is named: in the missing list, and in the detail. */
export interface Wanted {
  readonly item: string;
  readonly none: string;
  /** `[item]`, the missing list when only the credential is missing. */
  readonly items: readonly string[];
}

/** One pathway rule with its fixed words and lookups. */
export interface CompiledPathway {
  readonly rule: PathwayRule;
  readonly label: string;
  /** Years of direct coding experience the pathway needs; 0 when none. */
  readonly years: number;
  /** "2 years of direct coding experience"; empty when no experience is needed. */
  readonly need: string;
  /** "2 years"; empty when no experience is needed. */
  readonly yearsText: string;
  /** "2 years of coding experience", for the summary's reason; empty when no experience is needed. */
  readonly yearsOfCoding: string;
  /** The credential the pathway wants; null for pathways without one. */
  readonly want: Wanted | null;
  /** Catalog codes that count, for pathways naming their credentials; null otherwise. */
  readonly codes: readonly string[] | null;
  /** Catalog entries that count, for the other-body coding credential pathway; null otherwise. */
  readonly otherCoding: ReadonlySet<CredentialDefinition> | null;
}

export interface CatalogLookup {
  readonly byCode: ReadonlyMap<string, CredentialDefinition>;
  readonly byFoldedKey: ReadonlyMap<string, CredentialDefinition>;
}

export interface CompiledRuleSet {
  readonly lookup: CatalogLookup;
  readonly pathways: readonly CompiledPathway[];
}

// Rule sets and catalogs are immutable values, so their object identity is a sound cache key.
const compiledSets = new WeakMap<RuleSet, WeakMap<readonly CredentialDefinition[], CompiledRuleSet>>();
const lookups = new WeakMap<readonly CredentialDefinition[], CatalogLookup>();

/** The pair asked for last: a roster asks for the same one once per person. */
let last: { readonly ruleSet: RuleSet; readonly catalog: readonly CredentialDefinition[]; readonly compiled: CompiledRuleSet } | null = null;

export function compileRuleSet(ruleSet: RuleSet, catalog: readonly CredentialDefinition[]): CompiledRuleSet {
  if (last !== null && last.ruleSet === ruleSet && last.catalog === catalog) return last.compiled;
  const compiled = compiledFor(ruleSet, catalog);
  last = { ruleSet, catalog, compiled };
  return compiled;
}

function compiledFor(ruleSet: RuleSet, catalog: readonly CredentialDefinition[]): CompiledRuleSet {
  let byCatalog = compiledSets.get(ruleSet);
  if (byCatalog === undefined) {
    byCatalog = new WeakMap();
    compiledSets.set(ruleSet, byCatalog);
  }
  let compiled = byCatalog.get(catalog);
  if (compiled === undefined) {
    compiled = { lookup: lookupFor(catalog), pathways: ruleSet.pathways.map((rule) => compilePathway(rule, catalog)) };
    byCatalog.set(catalog, compiled);
  }
  return compiled;
}

function lookupFor(catalog: readonly CredentialDefinition[]): CatalogLookup {
  let lookup = lookups.get(catalog);
  if (lookup === undefined) {
    lookup = { byCode: new Map(catalog.map((d) => [d.code, d])), byFoldedKey: catalogIndex(catalog) };
    lookups.set(catalog, lookup);
  }
  return lookup;
}

/** Stored codes are normally catalog codes already; folding handles spelling variants. */
export function definitionOf(lookup: CatalogLookup, code: string): CredentialDefinition | undefined {
  return lookup.byCode.get(code) ?? lookup.byFoldedKey.get(normaliseCredentialKey(code));
}

function compilePathway(rule: PathwayRule, catalog: readonly CredentialDefinition[]): CompiledPathway {
  const label = pathwayLabel(rule);
  switch (rule.kind) {
    case 'credential':
      return plain(rule, label, 0, wantedCredential(rule.anyOf), rule.anyOf, null);
    case 'education':
      return plain(rule, label, rule.experienceYears, null, null, null);
    case 'experience':
      return plain(rule, label, rule.years, null, null, null);
    case 'credential-and-experience':
      return plain(rule, label, rule.experienceYears, wantedCredential(rule.anyOf), rule.anyOf, null);
    case 'other-coding-credential-and-experience': {
      const counting = new Set(catalog.filter((d) => countsAsOtherCoding(d, rule.excludeBodies)));
      return plain(rule, label, rule.experienceYears, wantedOtherCoding(catalog, counting, rule.excludeBodies), null, counting);
    }
    default:
      return assertNever(rule);
  }
}

function plain(
  rule: PathwayRule,
  label: string,
  years: number,
  want: Wanted | null,
  codes: readonly string[] | null,
  otherCoding: ReadonlySet<CredentialDefinition> | null,
): CompiledPathway {
  const need = years > 0 ? experienceNeed(years) : '';
  const words = years > 0 ? yearsText(years) : '';
  const yearsOfCoding = years > 0 ? `${words} of coding experience` : '';
  return { rule, label, years, need, yearsText: words, yearsOfCoding, want, codes, otherCoding };
}

function experienceNeed(years: number): string {
  return `${yearsText(years)} of direct coding experience`;
}

function wanted(what: string): Wanted {
  const item = `An active ${what}`;
  return { item, none: `No active ${what} on file`, items: Object.freeze([item]) };
}

function wantedCredential(codes: readonly string[]): Wanted {
  return wanted(`${orList(codes)} credential`);
}

/** Only catalog entries count: an unknown code says nothing about being a coding credential. */
function countsAsOtherCoding(definition: CredentialDefinition, excludeBodies: readonly string[]): boolean {
  if (!definition.coding) return false;
  const body = definition.body.toUpperCase();
  return !excludeBodies.some((b) => b.toUpperCase() === body);
}

/** Names examples from the catalog (e.g. CPC, COC, CIC, CRC). */
function wantedOtherCoding(
  catalog: readonly CredentialDefinition[],
  counting: ReadonlySet<CredentialDefinition>,
  excludeBodies: readonly string[],
): Wanted {
  // Apprentice levels are the same credential family, so name the full ones as examples.
  const codes = catalog
    .filter((d) => counting.has(d) && !/-A$/.test(d.code))
    .slice(0, 4)
    .map((d) => d.code);
  const examples = codes.length > 0 ? ` (e.g. ${codes.join(', ')})` : '';
  return wanted(`coding credential from a body other than ${orList(excludeBodies)}${examples}`);
}
