import type { CredentialDefinition, IsoDate, Person } from '../types';
import type { CeuSummary } from '../recert/types';
import { normaliseCredentialKey } from '../catalog';
import { personCeuSummaries } from '../recert/ceus';
import type { ViewContext } from './context';

/**
 * A person's CEU summaries for a view.
 *
 * The CEU rules look credentials up in the catalog they are given, and only ever the person's own
 * codes; handing them just those entries (found with the view's index, kept in catalog order so the
 * same entry wins) gives the same answer without re-indexing the whole catalog per person.
 * The cycle arithmetic still costs about 0.1 ms a person, so answers are remembered per stored
 * person record (the store keeps unchanged records by reference) for the as-of date and catalog:
 * opening the dashboard again only recomputes the people edited since.
 */
export function ceuSummariesFor(person: Person, ctx: ViewContext): readonly CeuSummary[] {
  return ceuSummariesWith(person, ctx.catalog, ctx.index, ctx.asOf);
}

/** The same, for callers that hold a catalog and its index but no view context (reports). */
export function ceuSummariesWith(
  person: Person,
  catalog: readonly CredentialDefinition[],
  index: ReadonlyMap<string, CredentialDefinition>,
  asOf: IsoDate,
): readonly CeuSummary[] {
  if (person.credentials.length === 0) return [];
  const key = memoKey(asOf, catalog);
  const remembered = memo.get(person);
  if (remembered !== undefined && remembered.key === key) return remembered.summaries;
  const held = new Set<CredentialDefinition>();
  for (const credential of person.credentials) {
    const definition = index.get(normaliseCredentialKey(credential.code));
    if (definition !== undefined) held.add(definition);
  }
  const summaries = held.size === 0 ? [] : personCeuSummaries(person, catalog.filter((d) => held.has(d)), asOf);
  memo.set(person, { key, summaries });
  return summaries;
}

const memo = new WeakMap<Person, { readonly key: object; readonly summaries: readonly CeuSummary[] }>();

/** One object per (as-of date, catalog content), so a remembered answer is checked by identity. */
const keysByCatalog = new WeakMap<readonly CredentialDefinition[], Map<IsoDate, object>>();
const keysByText = new Map<string, object>();
const MAX_KEYS = 16;

function memoKey(asOf: IsoDate, catalog: readonly CredentialDefinition[]): object {
  const byDate = keysByCatalog.get(catalog) ?? new Map<IsoDate, object>();
  keysByCatalog.set(catalog, byDate);
  const cached = byDate.get(asOf);
  if (cached !== undefined) return cached;
  const text = `${asOf}\n${JSON.stringify(catalog)}`;
  let key = keysByText.get(text);
  if (key === undefined) {
    if (keysByText.size >= MAX_KEYS) keysByText.clear();
    key = {};
    keysByText.set(text, key);
  }
  byDate.set(asOf, key);
  return key;
}
