import type { RosterFilters } from '../lib/filter-roster';
import { EMPLOYMENT_LABELS, formatCount } from '../lib/format';

/**
 * What the roster's count covers, in words: the dashboard and the reports count current staff, so
 * the roster says whether terminated people are in its figure and how many.
 */
export function scopeText(terminated: number, filters: RosterFilters): string {
  switch (filters.employmentStatus) {
    case '':
      return terminated === 0
        ? 'people: everyone on the roster'
        : `people: everyone on the roster, including ${formatCount(terminated)} terminated (the dashboard counts current staff only)`;
    case 'current':
      return 'people: current staff (active or on leave), as the dashboard counts';
    default:
      return `people: ${EMPLOYMENT_LABELS[filters.employmentStatus].toLowerCase()} only`;
  }
}
