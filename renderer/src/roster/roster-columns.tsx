import { createColumnHelper, createSortedRowModel, rowSortingFeature, sortFn_text, tableFeatures } from '@tanstack/react-table';
import type { PersonSummary } from '../../../shared/ipc';
import { EMPLOYMENT_LABELS, formatYears } from '../lib/format';
import { CredentialBadge } from './credential-badge';
import { CcsStatusCell } from './ccs-status-cell';

export const rosterFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { text: sortFn_text },
});

const helper = createColumnHelper<typeof rosterFeatures, PersonSummary>();
const STATUS_RANK = { certified: '0', eligible: '1', 'not-yet': '2' } as const;

/** Column layout: CSS grid track per column, shared by the header and the virtual rows. */
export const ROSTER_GRID = 'minmax(11rem,1.5fr) 8.5rem minmax(8rem,1fr) minmax(8rem,1fr) 6.5rem minmax(12rem,1.8fr) minmax(13rem,1.7fr) 7.5rem';

export const rosterColumns = helper.columns([
  helper.accessor('name', { header: 'Name', sortFn: 'text' }),
  helper.accessor('employeeId', { header: 'Employee ID', sortFn: 'text' }),
  helper.accessor('unit', { header: 'Unit', sortFn: 'text' }),
  helper.accessor('jobTitle', { header: 'Job title', sortFn: 'text' }),
  helper.accessor('employmentStatus', {
    header: 'Status',
    sortFn: 'text',
    cell: (info) => EMPLOYMENT_LABELS[info.getValue()],
  }),
  helper.accessor((p) => p.credentials.map((c) => c.code).join(' '), {
    id: 'credentials',
    header: 'Credentials',
    sortFn: 'text',
    cell: (info) => {
      const badges = info.row.original.credentials;
      if (badges.length === 0) return <span className="muted">None</span>;
      return (
        <span className="badges">
          {badges.map((b) => (
            <CredentialBadge key={b.id} badge={b} />
          ))}
        </span>
      );
    },
  }),
  // Certified first, then eligible, then by the date they will qualify.
  helper.accessor((p) => `${STATUS_RANK[p.ccsStatus]}${p.eligibleOn ?? '9999-99-99'}`, {
    id: 'ccs',
    header: 'CCS status',
    sortFn: 'text',
    cell: (info) => <CcsStatusCell person={info.row.original} />,
  }),
  helper.accessor('experienceYears', {
    header: 'Coding exp.',
    sortDescFirst: true,
    cell: (info) => formatYears(info.getValue()),
  }),
]);
