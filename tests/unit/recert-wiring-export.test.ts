/** The expiring report's CEU columns: required, earned and status for the credential's body. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Person } from '../../shared/types';
import { emptyRoster } from '../../electron/store/schema';
import { writeReport } from '../../electron/export/index';
import { EXPIRING_SHEET } from '../../electron/export/expiring-report';
import { about, headers, readWorkbook, records, reportContext, sheet, tempDir } from '../fixtures/export/read-workbook';

const AS_OF = '2026-01-15';

const people: Person[] = [
  {
    employeeId: '00123', firstName: 'Ann', lastName: 'Lee', employmentStatus: 'active',
    // RHIA + CCS: AHIMA needs 30 + 10 = 40; the cycle ends with the expiry 2026-02-28.
    credentials: [
      { id: 'c1', code: 'RHIA', earnedOn: '2018-03-01', expiresOn: '2026-02-28', ceuEntries: [{ date: '2025-01-10', title: 'Webinar', hours: 12.5 }] },
      { id: 'c2', code: 'CCS', earnedOn: '2019-03-01', expiresOn: '2026-02-28' },
    ],
    experience: [], education: [],
  },
  {
    employeeId: '00456', firstName: 'Bo', lastName: 'Kim', employmentStatus: 'active',
    credentials: [{ id: 'c3', code: 'CPC', earnedOn: '2020-01-01', expiresOn: '2026-01-31', ceusEarned: 36 }],
    experience: [], education: [],
  },
  {
    employeeId: '00789', firstName: 'Cy', lastName: 'Diaz', employmentStatus: 'active',
    credentials: [{ id: 'c4', code: 'XYZ', earnedOn: '2020-01-01', expiresOn: '2026-02-01' }],
    experience: [], education: [],
  },
];

describe('expiring report CEU columns', () => {
  it('gives each expiring credential its body\'s CEUs required, earned and status', async () => {
    const file = path.join(tempDir('roster-recert-export-'), 'expiring.xlsx');
    await writeReport('expiring', file, reportContext({ roster: { ...emptyRoster(), people }, asOf: AS_OF }));
    const wb = await readWorkbook(file);
    const ws = sheet(wb, EXPIRING_SHEET);
    expect(headers(ws).slice(-3)).toEqual(['CEUs required', 'CEUs earned', 'CEU status']);
    const rows = records(ws).map((r) => [r['Employee ID'], r.Credential, r['CEUs required'], r['CEUs earned'], r['CEU status']]);
    expect(rows).toEqual([
      ['00456', 'CPC', 36, 36, 'Complete'],
      ['00789', 'XYZ', null, null, null],
      ['00123', 'CCS', 40, 12.5, 'Behind'],
      ['00123', 'RHIA', 40, 12.5, 'Behind'],
    ]);
    expect(String(about(wb).get('CEUs'))).toContain('current cycle');
  });
});
