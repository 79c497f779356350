import { InlineField } from '../common/field';
import type { CcsStatus } from '../../../shared/types';
import { EMPLOYMENT_STATUSES } from '../../../shared/types';
import { ccsStatusLabel, EMPLOYMENT_LABELS } from '../lib/format';
import { hasActiveFilters, NO_FILTERS, type RosterFilters } from '../lib/filter-roster';

interface RosterFiltersProps {
  readonly filters: RosterFilters;
  readonly onChange: (filters: RosterFilters) => void;
  readonly units: readonly string[];
  readonly credentialCodes: readonly string[];
  /** The CCS statuses to offer: the known ones, and any other the roster holds. */
  readonly ccsStatuses: readonly CcsStatus[];
}

const EXPIRY_WINDOWS = [30, 60, 90, 180] as const;

/** Search box and filters over the loaded roster. */
export function RosterFilterBar({ filters, onChange, units, credentialCodes, ccsStatuses }: RosterFiltersProps) {
  const set = <K extends keyof RosterFilters>(key: K, value: RosterFilters[K]) => onChange({ ...filters, [key]: value });
  return (
    <search className="filters" aria-label="Search and filter the roster">
      <InlineField label="Search" className="search-field">
        <input
          type="search"
          placeholder="Name or employee ID"
          value={filters.search}
          onChange={(e) => set('search', e.target.value)}
        />
      </InlineField>
      <InlineField label="Unit">
        <select value={filters.unit} onChange={(e) => set('unit', e.target.value)}>
          <option value="">All units</option>
          {units.map((u) => (
            <option key={u} value={u}>
              {u || '(no unit)'}
            </option>
          ))}
        </select>
      </InlineField>
      <InlineField label="Employment">
        <select value={filters.employmentStatus} onChange={(e) => set('employmentStatus', e.target.value as RosterFilters['employmentStatus'])}>
          <option value="">Any</option>
          <option value="current">Current staff (active or on leave)</option>
          {EMPLOYMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {EMPLOYMENT_LABELS[s]}
            </option>
          ))}
        </select>
      </InlineField>
      <InlineField label="CCS status">
        <select value={filters.ccsStatus} onChange={(e) => set('ccsStatus', e.target.value as CcsStatus | '')}>
          <option value="">Any</option>
          {ccsStatuses.map((s) => (
            <option key={s} value={s}>
              {ccsStatusLabel(s)}
            </option>
          ))}
        </select>
      </InlineField>
      <InlineField label="Credential">
        <select value={filters.credential} onChange={(e) => set('credential', e.target.value)}>
          <option value="">Any</option>
          {credentialCodes.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </InlineField>
      <InlineField label="Expiring within">
        <select
          value={filters.expiringWithinDays ?? ''}
          onChange={(e) => set('expiringWithinDays', e.target.value === '' ? null : Number(e.target.value))}
        >
          <option value="">Any time</option>
          {EXPIRY_WINDOWS.map((d) => (
            <option key={d} value={d}>
              {d} days
            </option>
          ))}
        </select>
      </InlineField>
      {hasActiveFilters(filters) ? (
        <button type="button" className="small" onClick={() => onChange(NO_FILTERS)}>
          Clear filters
        </button>
      ) : null}
    </search>
  );
}
