import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RosterStore } from './electron/store/roster-store';
import { emptyRoster } from './electron/store/schema';
import { updatePerson } from './electron/store/operations';
import type { Person } from './shared/types';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
const people: Person[] = Array.from({ length: 50_000 }, (_, i) => ({
  employeeId: String(i).padStart(6, '0'), firstName: 'First' + i, lastName: 'Last' + i, unit: 'Inpatient Coding', jobTitle: 'Coder II',
  employmentStatus: 'active', hireDate: '2015-03-01', fte: 1, isRn: false,
  credentials: [{ id: `c${i}a`, code: 'CCS', earnedOn: '2018-01-01', expiresOn: '2026-12-31', number: 'AH-123' }, { id: `c${i}b`, code: 'CPC', earnedOn: '2016-01-01', expiresOn: '2027-01-31' }],
  experience: [{ id: `e${i}`, employer: 'Mercy', start: '2015-03-01', directCoding: true }],
  education: [],
}));
const t = (label: string, f: () => void) => { const s = performance.now(); f(); console.log(label, Math.round(performance.now() - s), 'ms'); };
const { store } = RosterStore.open({ dataDir: dir });
t('first write 50k', () => store.write({ ...emptyRoster(), people }));
console.log('file MB', (fs.statSync(store.dataFile).size / 1e6).toFixed(1));
t('reopen (read+validate)', () => RosterStore.open({ dataDir: dir }));
t('update one person', () => store.update((d) => updatePerson(d, '012345', { unit: 'CDI' })));
t('update one person again', () => store.update((d) => updatePerson(d, '012346', { unit: 'CDI' })));
t('backup', () => store.backup('bench'));
fs.rmSync(dir, { recursive: true });
