import type { Credential, CredentialDefinition, IsoDate, Person, RosterData } from './types';
import { catalogIndex, mergeCatalog, normaliseCredentialKey } from './catalog';
import { isCredentialActive } from './credential-status';
import { displayName } from './views/person-facts';
import { NO_UNIT } from './views/dashboard';

/**
 * The Magnet DIF/DDCT counting rule (docs/domain.md, the Magnet DIF): one certification per person, counted at
 * the person's FTE, among the accepted certifications active on the organisation's as-of date.
 */

export interface DifOptions {
  readonly asOf: IsoDate;
  /** Count registered nurses only. */
  readonly rnOnly?: boolean;
  /** Include terminated staff; by default only current staff (active or on leave) are counted. */
  readonly allEmployees?: boolean;
  /** The FTE to use for a person with none recorded (the organisation's setting); none is assumed when absent. */
  readonly assumedFte?: number | null;
}

export interface CountedCertification {
  readonly credential: Credential;
  readonly definition: CredentialDefinition;
}

export interface DifRow {
  readonly employeeId: string;
  /** "Last, First" */
  readonly name: string;
  readonly unit: string;
  /** The FTE the person is counted at: recorded, or the organisation's assumed FTE; null when neither (never 0 for "unknown"). */
  readonly fte: number | null;
  readonly fteRecorded: boolean;
  /** The FTE is the organisation's assumed FTE, not a recorded one. */
  readonly fteAssumed: boolean;
  /** null: not recorded. */
  readonly isRn: boolean | null;
  /** The one certification the DIF counts for this person, or null when none is accepted and active. */
  readonly counted: CountedCertification | null;
  /** The other accepted certifications active on the as-of date, one per code. */
  readonly others: readonly Credential[];
}

export interface DifUnitSummary {
  readonly unit: string;
  readonly headcount: number;
  /** Sum of the FTEs known (recorded or assumed); null when no one's FTE is known. */
  readonly fte: number | null;
  readonly certifiedHeadcount: number;
  /** Sum of the known FTEs of the certified; null when no certified person's FTE is known (or no one is certified and no FTE is known). */
  readonly certifiedFte: number | null;
  /** People counted whose FTE is not known: the FTE figures leave them out. */
  readonly fteNotRecorded: number;
  /** Fractions 0..1 (a spreadsheet shows them with a percent format); null when there is nothing to divide by. */
  readonly pctHeadcount: number | null;
  /** Over the people whose FTE is known; null when no FTE is known: 0/0 is not 0%. */
  readonly pctFte: number | null;
}

/** Headcount and FTE per unit and counted certification: the figures keyed into the DDCT. */
export interface DifUnitCertification {
  readonly unit: string;
  readonly code: string;
  readonly headcount: number;
  readonly fte: number | null;
  readonly fteNotRecorded: number;
}

/** The label for the summary's total line. */
export const DIF_TOTAL_LABEL = 'Total';

/** The rule used to pick the one counted certification, in words for the report's front sheet. */
export const DIF_COUNTING_RULE =
  'One certification is counted per person: among the accepted certifications active on the as-of date, the one ' +
  'with the latest expiry date (a certification with no expiry date on record ranks after any with a known expiry, ' +
  'and is flagged "no expiry recorded"); on a tie, the one earned first; on a further tie, the one listed first in ' +
  'the accepted-certifications list.';

/** The accepted codes in the order the settings list them, upper case, each once. */
export function difAcceptedCodes(roster: RosterData): readonly string[] {
  const seen = new Set<string>();
  for (const code of roster.settings.difAccepted) {
    const upper = code.trim().toUpperCase();
    if (upper) seen.add(upper);
  }
  return [...seen];
}

/** The catalog entries for the accepted codes, in list order; codes the catalog lacks are left out. */
export function difAcceptedDefinitions(roster: RosterData): readonly CredentialDefinition[] {
  const index = catalogIndex(mergeCatalog(roster.customCredentials));
  const out: CredentialDefinition[] = [];
  for (const code of difAcceptedCodes(roster)) {
    const def = index.get(normaliseCredentialKey(code));
    if (def && !out.includes(def)) out.push(def);
  }
  return out;
}

/** Current staff are the people still employed, including those on leave; terminated staff only on request. */
export function includedInReport(person: Person, opts: { readonly rnOnly?: boolean; readonly allEmployees?: boolean }): boolean {
  if (opts.allEmployees !== true && person.employmentStatus === 'terminated') return false;
  if (opts.rnOnly === true && person.isRn !== true) return false;
  return true;
}

/** One row per person in scope, ordered by unit, then name, then employee id. */
export function difRows(roster: RosterData, opts: DifOptions): DifRow[] {
  const index = catalogIndex(mergeCatalog(roster.customCredentials));
  // Settings may name a credential by an alias; the order is kept by catalog code.
  const acceptedOrder = new Map<string, number>();
  difAcceptedCodes(roster).forEach((code, i) => {
    const key = index.get(normaliseCredentialKey(code))?.code ?? code;
    if (!acceptedOrder.has(key)) acceptedOrder.set(key, i);
  });
  const rows: DifRow[] = [];
  for (const person of roster.people) {
    if (!includedInReport(person, opts)) continue;
    const held: CountedCertification[] = [];
    for (const credential of person.credentials) {
      const definition = index.get(normaliseCredentialKey(credential.code));
      if (definition === undefined || !acceptedOrder.has(definition.code)) continue;
      if (!isCredentialActive(credential, definition, opts.asOf)) continue;
      held.push({ credential, definition });
    }
    held.sort((a, b) => compareForCounting(a, b, acceptedOrder));
    const counted = held[0] ?? null;
    const otherCodes = new Set<string>(counted ? [counted.definition.code] : []);
    const others: Credential[] = [];
    for (const h of held) {
      if (otherCodes.has(h.definition.code)) continue;
      otherCodes.add(h.definition.code);
      others.push(h.credential);
    }
    const fteRecorded = person.fte !== undefined && person.fte !== null;
    const assumed = opts.assumedFte ?? null;
    rows.push({
      employeeId: person.employeeId,
      name: displayName(person),
      unit: person.unit?.trim() || NO_UNIT,
      fte: fteRecorded ? person.fte! : assumed,
      fteRecorded,
      fteAssumed: !fteRecorded && assumed !== null,
      isRn: person.isRn ?? null,
      counted,
      others,
    });
  }
  return rows.sort(compareRows);
}

/** Per unit (alphabetical, no-unit last) and the total; totals are sums of the units. */
export function difSummary(rows: readonly DifRow[]): { units: DifUnitSummary[]; total: DifUnitSummary } {
  const byUnit = new Map<string, DifRow[]>();
  for (const row of rows) {
    const list = byUnit.get(row.unit);
    if (list) list.push(row);
    else byUnit.set(row.unit, [row]);
  }
  const units = [...byUnit.entries()].sort(([a], [b]) => compareUnits(a, b)).map(([unit, list]) => summarise(unit, list));
  return { units, total: summarise(DIF_TOTAL_LABEL, rows) };
}

function summarise(unit: string, rows: readonly DifRow[]): DifUnitSummary {
  let fte = 0;
  let certifiedFte = 0;
  let certifiedHeadcount = 0;
  let known = 0;
  for (const row of rows) {
    if (row.fte !== null) {
      known += 1;
      fte += row.fte;
    }
    if (row.counted) {
      certifiedHeadcount += 1;
      if (row.fte !== null) certifiedFte += row.fte;
    }
  }
  const headcount = rows.length;
  // FTEs are decimals such as 0.9; rounding the sums keeps 0.1 + 0.2 from showing as 0.30000000000000004.
  const fteTotal = known === 0 ? null : roundFte(fte);
  const certifiedTotal = known === 0 ? null : roundFte(certifiedFte);
  return {
    unit,
    headcount,
    fte: fteTotal,
    certifiedHeadcount,
    certifiedFte: certifiedTotal,
    fteNotRecorded: headcount - known,
    pctHeadcount: headcount === 0 ? null : certifiedHeadcount / headcount,
    pctFte: fteTotal === null || certifiedTotal === null || fteTotal === 0 ? null : certifiedTotal / fteTotal,
  };
}

/** Per unit (in summary order), then per counted certification (by code): headcount and known FTE. */
export function difByUnitAndCertification(rows: readonly DifRow[]): DifUnitCertification[] {
  const groups = new Map<string, { unit: string; code: string; headcount: number; fte: number; known: number }>();
  for (const row of rows) {
    if (row.counted === null) continue;
    const code = row.counted.definition.code;
    const key = `${row.unit}\u0000${code}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { unit: row.unit, code, headcount: 0, fte: 0, known: 0 };
      groups.set(key, group);
    }
    group.headcount += 1;
    if (row.fte !== null) {
      group.known += 1;
      group.fte += row.fte;
    }
  }
  return [...groups.values()]
    .sort((a, b) => compareUnits(a.unit, b.unit) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((g) => ({ unit: g.unit, code: g.code, headcount: g.headcount, fte: g.known === 0 ? null : roundFte(g.fte), fteNotRecorded: g.headcount - g.known }));
}

function roundFte(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function compareForCounting(a: CountedCertification, b: CountedCertification, order: ReadonlyMap<string, number>): number {
  const expiry = compareKnownExpiryFirst(a.credential, b.credential);
  if (expiry !== 0) return expiry;
  const ea = a.credential.earnedOn;
  const eb = b.credential.earnedOn;
  if (ea !== eb) {
    // A missing earned date cannot win a tie on "earned first".
    if (ea === undefined) return 1;
    if (eb === undefined) return -1;
    return ea < eb ? -1 : 1;
  }
  const oa = order.get(a.definition.code) ?? Number.MAX_SAFE_INTEGER;
  const ob = order.get(b.definition.code) ?? Number.MAX_SAFE_INTEGER;
  if (oa !== ob) return oa - ob;
  return a.credential.id < b.credential.id ? -1 : a.credential.id > b.credential.id ? 1 : 0;
}

/**
 * Later expiry first, and a credential with no expiry recorded after any known one: "active forever"
 * is a gap in the record, not a reason to be counted.
 */
function compareKnownExpiryFirst(a: Credential, b: Credential): number {
  const ea = a.expiresOn;
  const eb = b.expiresOn;
  if (ea === eb) return 0;
  if (ea === undefined) return 1;
  if (eb === undefined) return -1;
  return ea > eb ? -1 : 1;
}

/** Units alphabetically, with the people who have no unit gathered at the end. */
export function compareUnits(a: string, b: string): number {
  if (a === b) return 0;
  if (a === NO_UNIT) return 1;
  if (b === NO_UNIT) return -1;
  return a.localeCompare(b, 'en');
}

function compareRows(a: DifRow, b: DifRow): number {
  return (
    compareUnits(a.unit, b.unit) ||
    a.name.localeCompare(b.name, 'en') ||
    (a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0)
  );
}

/** What to know before a DIF report is written: the people in scope and the gaps that change its figures. */
export interface DifCheck {
  readonly people: number;
  /** People in scope with no FTE on record (counted at the assumed FTE when one is set). */
  readonly noFte: number;
  readonly assumedFte: number | null;
  /** People in scope whose RN status is not recorded (left out of an RN-only report). */
  readonly rnNotRecorded: number;
  /** Counted certifications with no expiry recorded. */
  readonly noExpiry: number;
  /** The accepted list the report will use, in its order. */
  readonly accepted: readonly string[];
}

export function difCheck(rows: readonly DifRow[], roster: RosterData): DifCheck {
  let noFte = 0;
  let rnNotRecorded = 0;
  let noExpiry = 0;
  for (const row of rows) {
    if (!row.fteRecorded) noFte += 1;
    if (row.isRn === null) rnNotRecorded += 1;
    if (row.counted !== null && row.counted.credential.expiresOn === undefined) noExpiry += 1;
  }
  return { people: rows.length, noFte, assumedFte: roster.settings.difAssumedFte ?? null, rnNotRecorded, noExpiry, accepted: difAcceptedCodes(roster) };
}

/** The warning line about missing FTEs, the same words in the CLI and the window; null when every FTE is recorded. */
export function difFteWarning(check: DifCheck): string | null {
  if (check.noFte === 0) return null;
  const who = check.noFte === 1 ? '1 person in the report has' : `${check.noFte} of ${check.people} people in the report have`;
  return check.assumedFte === null
    ? `${who} no FTE recorded: the FTE figures leave them out and percentages with no recorded FTE are blank. Set "FTE to use when none is recorded" in Settings, or import an FTE column.`
    : `${who} no FTE recorded and will be counted at the assumed FTE of ${check.assumedFte} (Settings), as the About sheet states.`;
}
