/**
 * Turns validation issues on roster data into sentences that name the person, the record and
 * the field, e.g. "employee ID 00123 (Tanaka, Aaliyah), credential CCS, expiry date: must be a
 * date written YYYY-MM-DD (value '2024-13-01')".
 */
import { FIELD_LABELS, ITEM_LABELS, midSentence } from '../../shared/field-labels';
import { issueWords, type SchemaIssue } from '../../shared/messages';

const MAX_LISTED = 5;

/** Plain-words description of the first few issues, with a count of the rest. */
export function describeIssues(issues: readonly SchemaIssue[], data: unknown): string {
  const listed = issues.slice(0, MAX_LISTED).map((issue) => describeIssue(issue, data));
  const more = issues.length - listed.length;
  return listed.join('; ') + (more > 0 ? `; and ${more} more problem${more === 1 ? '' : 's'}` : '') + '.';
}

function describeIssue(issue: SchemaIssue, data: unknown): string {
  const parts: string[] = [];
  let node: unknown = data;
  const path = issue.path;
  for (let i = 0; i < path.length; i += 1) {
    const key = path[i];
    const next = child(node, key);
    if (key === 'people' && typeof path[i + 1] === 'number') {
      const person = child(next, path[i + 1]);
      parts.push(personLabel(person, path[i + 1] as number));
      node = person;
      i += 1;
      continue;
    }
    if (typeof key === 'string' && key in ITEM_LABELS && typeof path[i + 1] === 'number') {
      const item = child(next, path[i + 1]);
      parts.push(`${ITEM_LABELS[key]} ${itemLabel(item, path[i + 1] as number)}`);
      node = item;
      i += 1;
      continue;
    }
    if (typeof key === 'string') parts.push(midSentence(FIELD_LABELS[key] ?? key));
    else if (typeof key === 'number') parts.push(`item ${key + 1}`);
    node = next;
  }
  const where = parts.length > 0 ? `${parts.join(', ')}: ` : '';
  const value = issue.path.length > 0 ? shownValue(node) : '';
  return `${where}${issueWords(issue)}${value}`;
}

function child(node: unknown, key: PropertyKey | undefined): unknown {
  if (key === undefined || typeof node !== 'object' || node === null) return undefined;
  return (node as Record<PropertyKey, unknown>)[key];
}

function personLabel(person: unknown, index: number): string {
  const id = child(person, 'employeeId');
  const last = child(person, 'lastName');
  const first = child(person, 'firstName');
  const name = typeof last === 'string' && typeof first === 'string' && (last || first) ? ` (${last}, ${first})` : '';
  return typeof id === 'string' && id ? `employee ID ${id}${name}` : `person ${index + 1}${name}`;
}

function itemLabel(item: unknown, index: number): string {
  for (const key of ['code', 'program', 'employer', 'id']) {
    const value = child(item, key);
    if (typeof value === 'string' && value) return value;
  }
  return String(index + 1);
}

function shownValue(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return ` (value '${value.length > 60 ? `${value.slice(0, 57)}...` : value}')`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return ` (value ${String(value)})`;
  return '';
}
