import type { IsoDate, RosterData } from '../../shared/types';
import type { PersonSummary } from '../../shared/view-models';
import { toDate } from '../../shared/dates';
import { buildRosterView } from '../../shared/views';

/** A plain row for the bare streaming writer: text, numbers and real dates, no styling. */
export type BaselineRow = readonly (string | number | Date | null)[];

const dateOrNull = (iso: IsoDate | null): Date | null => (iso === null ? null : toDate(iso));

/** The roster report's shape: one row per person with the columns a manager filters on. */
export function rosterBaselineRows(data: RosterData, asOf: IsoDate): BaselineRow[] {
  const header = ['Employee ID', 'Name', 'Unit', 'Job title', 'Status', 'RN', 'FTE', 'Credentials', 'CCS status', 'Eligible on', 'Experience (years)', 'Summary'];
  const rows: BaselineRow[] = [header];
  for (const p of buildRosterView(data, asOf).people) {
    rows.push([
      p.employeeId, p.name, p.unit, p.jobTitle, p.employmentStatus, p.isRn ? 'Yes' : 'No', p.fte,
      p.credentials.map((c) => `${c.code} (${c.state})`).join(', '), p.ccsStatus, dateOrNull(p.eligibleOn),
      p.experienceYears, p.ccsSummary,
    ]);
  }
  return rows;
}

/**
 * The DIF report's per-person shape: current staff, one counted certification each (the first
 * valid accepted one), its dates and status, and the other accepted ones held.
 */
export function difBaselineRows(data: RosterData, asOf: IsoDate): BaselineRow[] {
  const accepted = new Set(data.settings.difAccepted);
  const header = ['Unit', 'Employee ID', 'Name', 'RN', 'FTE', 'Certification', 'Certifying body', 'Earned', 'Expires', 'Status', 'Other accepted certifications'];
  const rows: BaselineRow[] = [header];
  const byId = new Map(data.people.map((p) => [p.employeeId, p]));
  for (const summary of buildRosterView(data, asOf).people) {
    if (summary.employmentStatus === 'terminated') continue;
    const person = byId.get(summary.employeeId)!;
    const valid = summary.credentials.filter((b) => accepted.has(b.code) && isValid(b));
    const counted = valid[0];
    const record = counted ? person.credentials.find((c) => c.id === counted.id) : undefined;
    rows.push([
      summary.unit || '(no unit)', summary.employeeId, summary.name, summary.isRn ? 'Yes' : 'No', summary.fte,
      counted?.code ?? '', record?.issuer ?? '', dateOrNull(record?.earnedOn ?? null), dateOrNull(counted?.expiresOn ?? null),
      counted?.state ?? '', valid.slice(1).map((b) => b.code).join(', '),
    ]);
  }
  return rows;
}

function isValid(badge: PersonSummary['credentials'][number]): boolean {
  return badge.state === 'active' || badge.state === 'expiring';
}
