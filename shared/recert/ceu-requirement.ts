import type { CredentialDefinition } from '../types';
import { assertNever } from '../assert-never';
import type { CeuRequirement, CeuRule } from './types';
import { CEU_RULES, ceuRuleFor } from './ceu-rules';

/**
 * The CEUs one person needs per cycle from one certifying body, given the codes they hold there.
 * Pure on codes: the caller decides which credentials are active (see `ceus.ts`).
 */
export function ceuRequirement(
  body: string,
  codes: readonly string[],
  catalog: readonly CredentialDefinition[],
  rules: readonly CeuRule[] = CEU_RULES,
): CeuRequirement | null {
  const rule = ceuRuleFor(body, rules);
  const distinct = [...new Set(codes.map((c) => c.toUpperCase()))];
  if (rule === undefined || distinct.length === 0) return null;
  switch (rule.kind) {
    case 'highest-plus-additional':
      return highestPlusAdditional(rule, distinct, catalog);
    case 'by-count': {
      const index = Math.min(distinct.length, rule.hoursByCount.length) - 1;
      const hours = rule.hoursByCount[index] ?? 0;
      return result(rule, hours, distinct, `${countText(distinct)}: ${hours} CEUs per cycle`);
    }
    case 'fixed':
      return result(rule, rule.hours, distinct, `${distinct.join(', ')}: ${rule.hours} CEUs per cycle`);
    default:
      return assertNever(rule);
  }
}

function highestPlusAdditional(
  rule: Extract<CeuRule, { kind: 'highest-plus-additional' }>,
  codes: readonly string[],
  catalog: readonly CredentialDefinition[],
): CeuRequirement | null {
  const notes: string[] = [];
  const replaced = new Set<string>();
  for (const { code, replaces } of rule.replacements) {
    if (codes.includes(code) && codes.includes(replaces)) {
      replaced.add(replaces);
      notes.push(`${replaces} not counted: ${code} replaces it`);
    }
  }
  const weighted: { code: string; hours: number }[] = [];
  for (const code of codes) {
    if (replaced.has(code)) continue;
    // A user-defined credential of the body falls back to the catalog's figure.
    const hours = rule.hoursByCode[code] ?? catalog.find((d) => d.code.toUpperCase() === code)?.ceusPerCycle;
    if (hours === undefined) notes.push(`${code} not counted: no CEU figure on record`);
    else weighted.push({ code, hours });
  }
  if (weighted.length === 0) return null;
  // Highest first; ties keep the rule table's order so the explanation is stable.
  const order = Object.keys(rule.hoursByCode);
  const rank = (code: string): number => (order.includes(code) ? order.indexOf(code) : order.length);
  weighted.sort((a, b) => b.hours - a.hours || rank(a.code) - rank(b.code) || a.code.localeCompare(b.code));
  const [top, ...others] = weighted as [{ code: string; hours: number }, ...{ code: string; hours: number }[]];
  const uncapped = top.hours + rule.additionalEach * others.length;
  const hours = Math.min(uncapped, rule.cap);
  let text = `${top.code} ${top.hours}`;
  if (others.length > 0) {
    text += ` + ${rule.additionalEach} × ${others.length} more (${others.map((o) => o.code).join(', ')}) = ${uncapped}`;
  }
  if (uncapped > rule.cap) text += `, capped at ${rule.cap}`;
  text += ' CEUs per cycle';
  if (notes.length > 0) text += `; ${notes.join('; ')}`;
  return result(rule, hours, weighted.map((w) => w.code), text);
}

function result(rule: CeuRule, hours: number, codes: readonly string[], explanation: string): CeuRequirement {
  return { body: rule.body, hours, countedCodes: codes, explanation, ruleVersion: rule.version, source: rule.source };
}

function countText(codes: readonly string[]): string {
  return `${codes.length} ${codes.length === 1 ? 'credential' : 'credentials'} (${codes.join(', ')})`;
}
