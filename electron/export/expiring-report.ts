import { includedInReport } from '../../shared/dif';
import { catalogIndex, mergeCatalog, normaliseCredentialKey } from '../../shared/catalog';
import { credentialStatus } from '../../shared/credential-status';
import { latestPerCode } from '../../shared/views/latest-credentials';
import type { CredentialFacts } from '../../shared/views/person-facts';
import { displayName } from '../../shared/views/person-facts';
import { NO_UNIT } from '../../shared/views/dashboard';
import type { Person } from '../../shared/types';
import type { CeuStatus, CeuSummary } from '../../shared/recert/types';
import { ceuSummariesWith } from '../../shared/views/ceu';
import { CEU_STATUS_WORDS } from '../../shared/recert/ceus';
import { aboutTable } from './about-sheet';
import { stateLabel } from './state-label';
import { filterLines, filterSummary, type ReportBuild, type ReportContext } from './report-context';
import type { Row, Table } from './table';
import { date, decimal, id, integer, text } from './table';

export const DEFAULT_WINDOWS: readonly number[] = [30, 60, 90];
export const EXPIRING_SHEET = 'Expiring';
export const EXPIRED_BUCKET = 'Expired';

interface Line {
  readonly person: Person;
  readonly name: string;
  readonly facts: CredentialFacts;
  readonly expiresOn: string;
  readonly daysLeft: number;
  /** The CEU cycle of the credential's certifying body; null when the body has no CEU rule. */
  readonly ceu: CeuSummary | null;
}

/** Credentials already lapsed or expiring within the widest window, soonest expiry first. */
export function buildExpiringReport(ctx: ReportContext): ReportBuild {
  const windows = normaliseWindows(ctx.windows ?? DEFAULT_WINDOWS);
  const widest = windows[windows.length - 1] ?? 0;
  const catalog = mergeCatalog(ctx.roster.customCredentials);
  const index = catalogIndex(catalog);
  const warningDays = ctx.roster.settings.expiryWarningDays;
  const lines: Line[] = [];
  for (const person of ctx.roster.people) {
    if (!includedInReport(person, ctx)) continue;
    const facts = person.credentials.map((credential): CredentialFacts => {
      const definition = index.get(normaliseCredentialKey(credential.code));
      return {
        credential,
        definition,
        code: definition?.code ?? credential.code.trim().toUpperCase(),
        status: credentialStatus(credential, definition, ctx.asOf, warningDays),
      };
    });
    // CEUs are worked out only for people with a line, and once per person.
    let summaries: readonly CeuSummary[] | null = null;
    // A renewal is a new record: only the latest record per code can be expiring or lapsed.
    for (const f of latestPerCode(facts)) {
      const expiresOn = f.credential.expiresOn;
      const daysLeft = f.status.daysLeft;
      if (f.status.state === 'pending' || expiresOn === undefined || daysLeft === null || daysLeft > widest) continue;
      summaries ??= ceuSummariesWith(person, catalog, index, ctx.asOf);
      const ceu = ceuFor(f, summaries);
      lines.push({ person, name: displayName(person), facts: f, expiresOn, daysLeft, ceu });
    }
  }
  lines.sort((a, b) => (a.expiresOn < b.expiresOn ? -1 : a.expiresOn > b.expiresOn ? 1 : 0) || a.name.localeCompare(b.name, 'en') || (a.facts.code < b.facts.code ? -1 : 1));
  const title = 'Expiring and expired credentials';
  const about = aboutTable(ctx, {
    title,
    purpose: 'Credentials already expired, inactive or revoked, and those that expire within the report windows, soonest first, so renewals can be chased before they lapse.',
    rules: [
      ['Windows', `${windows.map((w) => `${w} days`).join(', ')} after the as-of date; days left counts calendar days from the as-of date to the expiry date.`],
      ['Records', 'One record per person and credential: the latest (a renewal entered as a new record replaces the old one). Credentials with no expiry date on record are not listed.'],
      ['Statuses', 'AHIMA credentials are inactive for 180 days after the cycle ends, then revoked; other bodies\' credentials expire.'],
      ['CEUs', 'CEUs required and earned are for the certifying body\'s current cycle (one pool per person and body, from dated CEU entries inside the cycle, else the total on record). CEU status, the same as on the person page, the dashboard and the reminders: complete (the hours, AHIMA\'s share from AHIMA resources and, for CCA, CCS and CCS-P, the two mandatory coding self-reviews); on track; hours reached but not complete; behind the pace expected by the as-of date; not tracked (no CEUs recorded); short, inactive or revoked once a cycle ended without them. Blank when the body has no CEU rule.'],
    ],
    filters: filterLines(ctx),
    sheets: [[EXPIRING_SHEET, 'One row per credential, with the window it falls in and its status on the as-of date.']],
  });
  const table: Table = {
    name: EXPIRING_SHEET,
    columns: [
      text('Name'),
      id('Employee ID'),
      text('Unit'),
      text('Credential'),
      text('Full name'),
      date('Expires on'),
      integer('Days left'),
      text('Window'),
      text('Status'),
      decimal('CEUs required'),
      decimal('CEUs earned'),
      text('CEU status'),
    ],
    rows: lines.map((l): Row => [
      l.name,
      l.person.employeeId,
      l.person.unit?.trim() || NO_UNIT,
      l.facts.code,
      l.facts.definition?.name ?? null,
      l.expiresOn,
      l.daysLeft,
      bucketOf(l.daysLeft, windows),
      stateLabel(l.facts.status),
      l.ceu?.requirement.hours ?? null,
      l.ceu?.earned ?? null,
      l.ceu === null ? null : ceuStatusLabel(l.ceu.status),
    ]),
  };
  return {
    title,
    subject: `Expiring credentials as of ${ctx.asOf}`,
    basis: `Windows of ${windows.join(', ')} days; ${filterSummary(ctx)}`,
    tables: [about, table],
    primary: EXPIRING_SHEET,
    rows: lines.length,
  };
}

/** The summary whose requirement counts the credential, else the one of its certifying body. */
function ceuFor(facts: CredentialFacts, summaries: readonly CeuSummary[]): CeuSummary | null {
  const counted = summaries.find((s) => s.credentialIds.includes(facts.credential.id));
  if (counted !== undefined) return counted;
  const body = facts.definition?.body.toUpperCase();
  return summaries.find((s) => s.body === body) ?? null;
}

export function ceuStatusLabel(status: CeuStatus): string {
  return CEU_STATUS_WORDS[status];
}

/** Ascending, whole, positive, each once. */
export function normaliseWindows(windows: readonly number[]): number[] {
  const clean = [...new Set(windows.filter((w) => Number.isInteger(w) && w > 0))].sort((a, b) => a - b);
  if (clean.length === 0) throw new Error('At least one expiry window (a whole number of days above 0) is needed');
  return clean;
}

/** "Expired", or the first window the days left fit in: "0–30 days", "31–60 days"… */
export function bucketOf(daysLeft: number, windows: readonly number[]): string {
  if (daysLeft < 0) return EXPIRED_BUCKET;
  let lower = 0;
  for (const w of windows) {
    if (daysLeft <= w) return `${lower}–${w} days`;
    lower = w + 1;
  }
  return `more than ${windows[windows.length - 1] ?? 0} days`;
}
