import type { ReactNode } from 'react';
import { createColumnHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table';
import type { PersonSummary } from '../../../shared/view-models';
import { EMPLOYMENT_LABELS, formatYears } from '../lib/format';
import { CredentialBadge } from './credential-badge';
import { CcsStatusCell } from './ccs-status-cell';
import { ccsOrder, credentialCodes } from './roster-sort';

// The table keeps the sorting state and draws the headers. The rows arrive sorted (roster-sort.ts) and
// are drawn straight from the people (ROSTER_CELLS), so the table never builds a row per person.
export const rosterFeatures = tableFeatures({ rowSortingFeature });

const helper = createColumnHelper<typeof rosterFeatures, PersonSummary>();

// Column layout: one CSS grid track per column, shared by the header and the virtual rows, is
// `.roster-row`'s grid-template-columns in styles.css (a class, not a style on every row drawn).

// Column ids are the keys of ROSTER_SORT_KEYS, which says how each one sorts.
export const rosterColumns = helper.columns([
  helper.accessor('name', { header: 'Name' }),
  helper.accessor('employeeId', { header: 'Employee ID' }),
  helper.accessor('unit', { header: 'Unit' }),
  helper.accessor('jobTitle', { header: 'Job title' }),
  helper.accessor('employmentStatus', { header: 'Status' }),
  helper.accessor(credentialCodes, { id: 'credentials', header: 'Credentials' }),
  // Certified first, then eligible, then by the date they will qualify.
  helper.accessor(ccsOrder, { id: 'ccs', header: 'CCS status' }),
  helper.accessor('experienceYears', { header: 'Coding exp.', sortDescFirst: true }),
]);

function credentialsCell(person: PersonSummary): ReactNode {
  const badges = person.credentials;
  if (badges.length === 0) return <span className="muted">None</span>;
  return (
    <span className="badges">
      {badges.map((b) => (
        <CredentialBadge key={b.id} badge={b} />
      ))}
    </span>
  );
}

/** One body cell: its column and what it shows for a person. */
export interface RosterCell {
  readonly id: string;
  readonly render: (person: PersonSummary) => ReactNode;
}

/** The body cells after the name (a row header with its own button), in the columns' order. */
export const ROSTER_CELLS: readonly RosterCell[] = [
  { id: 'employeeId', render: (p) => p.employeeId },
  { id: 'unit', render: (p) => <span title={p.unit}>{p.unit}</span> },
  { id: 'jobTitle', render: (p) => <span title={p.jobTitle}>{p.jobTitle}</span> },
  { id: 'employmentStatus', render: (p) => EMPLOYMENT_LABELS[p.employmentStatus] },
  { id: 'credentials', render: credentialsCell },
  { id: 'ccs', render: (p) => <CcsStatusCell person={p} /> },
  { id: 'experienceYears', render: (p) => formatYears(p.experienceYears) },
];
