import type { PersonSummary } from '../../../shared/view-models';
import type { CcsStatus, EmploymentStatus } from '../../../shared/types';

/** What the manager has chosen to look at; view state only. */
export interface RosterFilters {
  readonly search: string;
  readonly unit: string;
  /** `current`: active or on leave, the staff the dashboard and the reports count. */
  readonly employmentStatus: EmploymentStatus | 'current' | '';
  readonly ccsStatus: CcsStatus | '';
  readonly credential: string;
  /** Show people with a credential whose expiry falls within this many days; null = no filter. */
  readonly expiringWithinDays: number | null;
}

export const NO_FILTERS: RosterFilters = {
  search: '',
  unit: '',
  employmentStatus: '',
  ccsStatus: '',
  credential: '',
  expiringWithinDays: null,
};

export function hasActiveFilters(f: RosterFilters): boolean {
  return f.search.trim() !== '' || f.unit !== '' || f.employmentStatus !== '' || f.ccsStatus !== '' || f.credential !== '' || f.expiringWithinDays !== null;
}

/** Lower-cased "name id first last" per person, built once per roster so each keystroke is a substring scan. */
export function buildSearchIndex(people: readonly PersonSummary[]): readonly string[] {
  return people.map((p) => `${p.name} ${p.firstName} ${p.lastName} ${p.employeeId}`.toLowerCase());
}

function expiresWithin(person: PersonSummary, days: number): boolean {
  // Uses the days-left figure the main process computed; no status is re-derived here.
  return person.credentials.some(
    (c) => c.daysLeft !== null && c.daysLeft >= 0 && c.daysLeft <= days && (c.state === 'active' || c.state === 'expiring'),
  );
}

/** The people matching every chosen filter, in roster order. */
export function filterRoster(
  people: readonly PersonSummary[],
  index: readonly string[],
  filters: RosterFilters,
): readonly PersonSummary[] {
  const terms = filters.search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (!hasActiveFilters(filters)) return people;
  const out: PersonSummary[] = [];
  for (let i = 0; i < people.length; i += 1) {
    const p = people[i] as PersonSummary;
    if (terms.length > 0) {
      const key = index[i] ?? '';
      if (!terms.every((t) => key.includes(t.replace(/,$/, '')))) continue;
    }
    if (filters.unit && p.unit !== filters.unit) continue;
    if (filters.employmentStatus === 'current' ? p.employmentStatus === 'terminated' : filters.employmentStatus && p.employmentStatus !== filters.employmentStatus) continue;
    if (filters.ccsStatus && p.ccsStatus !== filters.ccsStatus) continue;
    if (filters.credential && !p.credentials.some((c) => c.code === filters.credential)) continue;
    if (filters.expiringWithinDays !== null && !expiresWithin(p, filters.expiringWithinDays)) continue;
    out.push(p);
  }
  return out;
}
